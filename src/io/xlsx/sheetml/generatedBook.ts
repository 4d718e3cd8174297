import { SheetSpec } from '../../../sheets/spec';
import { addCharts } from '../chart/addCharts';
import { PartCompressor, WrittenPart } from '../opc/compressAhead';
import { CONTENT_TYPE, OpcPackage, REL_NS, REL_TYPE } from '../opc/opcPackage';
import { escapeXml } from '../opc/xml';
import { cellLooks, CellLooks } from './cellLooks';
import { printArea, printTitles } from './printXml';
import { StyleTable } from './styleTable';
import { worksheetXml } from './worksheetXml';
import { GeneratedBook } from './generatedTypes';
import { MAIN_NS, XML_HEAD, xmlText } from './xmlText';

export interface BookOptions {
  creator: string;
  /** The file's created/modified date. */
  created: Date;
  /** Compresses the large sheets while the others are written (the page's worker); none: the package's bytes() does. */
  compressor?: PartCompressor | null;
}

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CORE_REL = `${PKG_REL}/metadata/core-properties`;

/** The sheets' cells, styles and setup written straight from their specs as SpreadsheetML. */
export function generatedBook(specs: readonly SheetSpec[], options: BookOptions): GeneratedBook {
  const table = new StyleTable();
  const prepared: { spec: SheetSpec; looks: CellLooks; dxf: number[] }[] = specs.map((spec) => ({
    spec,
    looks: cellLooks(spec, table),
    dxf: (spec.conditionalFormats ?? []).map((cf) => table.dxf(cf.style)),
  }));
  const stylesXml = table.xml();
  return {
    stylesXml,
    render: async (styles) => {
      const identity = [...Array(table.size).keys()];
      const parts: ({ name: string } & WrittenPart)[] = [];
      const sheets: string[] = [];
      const names: string[] = [];
      // The longest sheets first: where the page compresses parts on another core (compressor),
      // their text is being compressed while the others are written.
      const order = prepared.map((_, i) => i).sort((a, b) => prepared[b].spec.values.length - prepared[a].spec.values.length || a - b);
      const rendered: ReturnType<typeof worksheetXml>[] = new Array(prepared.length);
      for (const i of order) {
        const { spec, looks, dxf } = prepared[i];
        // A sheet with charts gets its <drawing> added to the text later: that text is compressed at the end.
        const compressor = spec.charts?.length ? null : (options.compressor ?? null);
        rendered[i] = worksheetXml(spec, looks, { xf: styles?.xf ?? identity, dxf: styles ? dxf.map((d) => styles.dxf[d]) : dxf }, styles === null && i === 0, compressor);
      }
      prepared.forEach(({ spec }, i) => {
        const part = rendered[i];
        const path = `xl/worksheets/sheet${i + 1}.xml`;
        parts.push({ name: path, ...part.xml });
        if (part.links.length) {
          const rels = part.links.map((l) => `<Relationship Id="${l.id}" Type="${REL_NS}/hyperlink" Target="${xmlText(l.url)}" TargetMode="External"/>`);
          parts.push({ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: relationships(rels) });
        }
        sheets.push(`<sheet name="${xmlText(spec.name)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`);
        const area = printArea(spec);
        if (area) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(area)}</definedName>`);
        const titles = printTitles(spec);
        if (titles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles)}</definedName>`);
      });
      const workbook =
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews>` +
        `<sheets>${sheets.join('')}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`;
      const workbookRels = [`<Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/>`, ...specs.map((_, i) => `<Relationship Id="rId${i + 2}" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet${i + 1}.xml"/>`)];
      const overrides = [
        ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
        ['/xl/styles.xml', CONTENT_TYPE.styles],
        ...specs.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, CONTENT_TYPE.worksheet]),
        ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
      ];
      const types =
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
      const pkg = OpcPackage.fromParts([
        { name: '[Content_Types].xml', data: types },
        { name: '_rels/.rels', data: relationships([`<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>`, `<Relationship Id="rId2" Type="${CORE_REL}" Target="docProps/core.xml"/>`]) },
        { name: 'docProps/core.xml', data: coreXml(options) },
        { name: 'xl/workbook.xml', data: workbook },
        { name: 'xl/_rels/workbook.xml.rels', data: relationships(workbookRels) },
        { name: 'xl/styles.xml', data: stylesXml },
        ...parts,
      ]);
      await addCharts(pkg, specs, options.compressor ?? null);
      return pkg;
    },
  };
}

function relationships(items: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;
}

function coreXml({ creator, created }: BookOptions): string {
  const when = `${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}
