import ExcelJS from 'exceljs';
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

describe('writeWorkbook (ExcelJS)', () => {
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

  it('sets A4 print setup, orientation, one page wide and repeated title rows', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
  });

  it('puts a note where each chart would be, saying where the chart appears', () => {
    const note = String(ws.getCell('J3').value);
    expect(note).toContain('Grafik "Cakupan"');
    expect(note).toContain('panel Imunisasi');
    expect(ws.getCell('O12').isMerged).toBe(true);
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
