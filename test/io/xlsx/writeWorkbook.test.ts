import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { isoDateToSerial } from '../../../src/domain/dates/excelSerial';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { SheetSpec } from '../../../src/sheets/spec';
import { EVERY_FEATURE } from '../../helpers/everySpec';

/** ExcelJS keeps loaded conditional formats on the sheet but leaves them out of its typings. */
function conditionalFormats(ws: ExcelJS.Worksheet): { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] {
  return (ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings;
}

async function loadExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('writeWorkbook', () => {
  let ws: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook([EVERY_FEATURE]);
    ws = (await loadExcelJS(bytes)).getWorksheet('Laporan Uji')!;
  });

  it('writes values of every kind, dates as serials with a dd-mm-yyyy format', () => {
    // ExcelJS hands back date-formatted serials as UTC Dates; SheetJS below sees the serial.
    expect(ws.getCell('B4').value).toEqual(new Date(Date.UTC(2025, 1, 28)));
    expect(ws.getCell('B4').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('D4').value).toBe(true);
    expect(ws.getCell('D5').value).toBe(false);
    expect(ws.getCell('E4').value).toMatchObject({ text: 'Kirim WA', hyperlink: 'https://wa.me/6281234567890?text=Halo%20Ibu' });
    expect(ws.getCell('C6').value).toEqual({ error: '#DIV/0!' });
    expect(ws.getCell('H4').value).toBe('3373015708240001');
    expect(ws.getCell('E5').value).toBeNull();
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['Laporan Uji'];
    expect(sheet['B5']).toMatchObject({ t: 'n', v: isoDateToSerial('2024-02-29'), w: '29-02-2024' });
    expect(sheet['B6']).toMatchObject({ v: 61, w: '01-03-1900' });
    expect(sheet['A5'].v).toBe('Mangunsari & "Tegalrejo"');
    expect(sheet['H4']).toMatchObject({ t: 's', v: '3373015708240001' });
    expect(sheet['C6']).toMatchObject({ t: 'e', w: '#DIV/0!' });
  });

  it('writes styles by range, combining overlapping ranges, with a complete font', () => {
    expect(ws.getCell('A3').font).toMatchObject({ bold: true, name: 'Calibri', size: 11 });
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('H3').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('C3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A2').font).toMatchObject({ bold: true, size: 14, name: 'Calibri' });
    expect(ws.getCell('C4').numFmt).toBe('0.0%');
    expect(ws.getCell('C4').font.color).toEqual({ argb: 'FFC00000' });
    // C6 has the percent range and the bold-italic total row: both apply.
    expect(ws.getCell('C6').font).toMatchObject({ bold: true, italic: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell('C6').border.top).toEqual({ style: 'medium' });
  });

  it('writes column widths and formats, row heights, merges, freeze panes, auto-filter and tab colour', () => {
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(8).width).toBe(20);
    // Whole-column formats reach cells typed later, far below the data.
    expect(ws.getColumn(8).numFmt).toBe('@');
    expect(ws.getColumn(2).numFmt).toBe('dd-mm-yyyy');
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getCell('H2').isMerged).toBe(true);
    expect(ws.getCell('H2').master.address).toBe('A2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:H6');
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2F75B5' });
  });

  it('writes data validations over whole ranges: lists, source ranges, numbers, dates and prompts', () => {
    expect(ws.getCell('D50').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'], errorStyle: 'stop', showInputMessage: true, promptTitle: 'Aktif' });
    expect(ws.getCell('D51').dataValidation).toBeUndefined();
    expect(ws.getCell('A10').dataValidation).toMatchObject({ type: 'list', formulae: ['Kelurahan!$A$4:$A$2000'], errorStyle: 'warning' });
    expect(ws.getCell('F10').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 5], errorStyle: 'warning' });
    // Date bounds are the dates meant, not milliseconds after 1970.
    expect(ws.getCell('B10').dataValidation).toMatchObject({ type: 'date', formulae: [new Date(Date.UTC(1920, 0, 1)), new Date(Date.UTC(2099, 11, 31))] });
    expect(ws.getCell('H10').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, prompt: '16 angka, sebagai teks' });
  });

  it('writes conditional formats in spec order, text rules matching the whole cell', () => {
    const rules = conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
    expect(rules).toEqual([
      expect.objectContaining({ ref: 'C4:C6', type: 'cellIs', operator: 'lessThan', formulae: ['0.8'], priority: 1 }),
      expect.objectContaining({ ref: 'C4:C6', type: 'cellIs', operator: 'between', formulae: ['0.8', '0.9'], priority: 2 }),
      expect.objectContaining({ ref: 'G4:G6', type: 'cellIs', operator: 'equal', formulae: ['"Kurang"'], priority: 3 }),
    ]);
    expect(rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } });
  });

  it('sets A4 print setup, orientation, one page wide, repeated title rows and printed gridlines', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3', showGridLines: true });
  });

  it('writes each chart as a native chart part in a drawing anchored on the sheet, in place of any note', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:f>&apos;Laporan Uji&apos;!$C$4:$C$5</c:f>');
    expect(chart).toContain('<c:f>&apos;Laporan Uji&apos;!$A$4:$A$5</c:f>');
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    // J3 is column 9, row 2 counting from 0; the frame ends where P13 begins.
    expect(drawing).toContain('<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row>');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    const sheetRels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(sheetRels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/drawing" Target="..\/drawings\/drawing1.xml"/);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(ws.getCell('J3').value).toBeNull();
  });

  it('deflates the package once: every part compressed, none stored', () => {
    // Each central-directory record (PK 1 2) names its entry's method at offset 10: 8 is deflate, 0 stored.
    const methods: number[] = [];
    const view = Buffer.from(bytes);
    for (let at = view.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = view.indexOf('PK\x01\x02', at + 4, 'latin1')) {
      const nameLength = view.readUInt16LE(at + 28);
      const name = view.toString('utf8', at + 46, at + 46 + nameLength);
      if (!name.endsWith('/')) methods.push(view.readUInt16LE(at + 10));
    }
    expect(methods.length).toBeGreaterThan(8);
    expect(new Set(methods)).toEqual(new Set([8]));
  });

  it('writes many sheets in order and stamps fixed file dates when asked', async () => {
    const specs: SheetSpec[] = ['Satu', 'Dua', 'Tiga'].map((name) => ({ name, role: 'report', values: [[name]] }));
    const created = new Date(Date.UTC(2025, 0, 1));
    const wb = await loadExcelJS(await writeWorkbook(specs, { created }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(wb.created).toEqual(created);
    expect(wb.modified).toEqual(created);
  });
});
