import { XMLParser } from 'fast-xml-parser';
import { mergeStyles } from '../../../../src/io/xlsx/opc/mergeStyles';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** ExcelJS's styles part, trimmed: a custom date format, a bold font, a fill, a dxf. */
const SOURCE =
  `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf></cellXfs>' +
  '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>';

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

describe('mergeStyles', () => {
  it('appends to a prefixed styles part in its own prefix, reusing what it already has', () => {
    // As some generators write it: every element prefixed, formats 164 taken, no dxfs section.
    const target =
      `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts>` +
      '<x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>' +
      '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
      '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
      '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
      '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs>' +
      '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles></x:styleSheet>';
    const merged = mergeStyles(target, SOURCE);
    expect(merged.xml).not.toMatch(/<(?!\/?x:)[a-zA-Z]/);
    const sheet = parser.parse(merged.xml).styleSheet[0];
    // 0.0% already had id 164; dd-mm-yyyy gets the next free id.
    expect(sheet.numFmts[0].numFmt.map((f: Record<string, string>) => [f['@_numFmtId'], f['@_formatCode']])).toEqual([['164', '0.0%'], ['165', 'dd-mm-yyyy']]);
    expect(sheet.numFmts[0]['@_count']).toBe('2');
    // The none and gray125 fills and the border are shared; the two fonts and the blue fill are new.
    expect(sheet.fonts[0].font).toHaveLength(3);
    expect(sheet.fills[0].fill).toHaveLength(3);
    expect(sheet.borders[0].border).toHaveLength(1);
    const xfs = sheet.cellXfs[0].xf.map((x: Record<string, string>) => [x['@_numFmtId'], x['@_fontId'], x['@_fillId'], x['@_borderId']]);
    expect(xfs).toEqual([['0', '0', '0', '0'], ['0', '1', '0', '0'], ['165', '2', '2', '0'], ['164', '1', '0', '0']]);
    expect(merged.xf).toEqual([1, 2, 3]);
    // A dxfs section is created where the schema puts it: after cellStyles.
    expect(merged.xml.indexOf('<x:dxfs count="1">')).toBeGreaterThan(merged.xml.indexOf('</x:cellStyles>'));
    expect(merged.dxf).toEqual([0]);
  });
});
