import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { isoDateToSerial } from '../../../src/domain/dates/excelSerial';
import { addSheetsToWorkbook, UnsupportedInputError, writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { GENERATED_MARK } from '../../../src/sheets/reportFrame';
import { SheetSpec } from '../../../src/sheets/spec';
import { convertWithLibreOffice } from '../../../scripts/libreoffice';

const everything: SheetSpec = {
  name: 'Laporan Uji',
  role: 'report',
  values: [
    [`${GENERATED_MARK} pada 01-12-2025 08:00 WIB.`],
    ['Judul laporan'],
    ['Kelurahan', 'Tanggal', 'Cakupan', 'Aktif', 'Kontak'],
    ['Kalicacing', isoDateToSerial('2025-02-28'), 0.875, true, { text: 'Kirim WA', url: 'https://wa.me/6281234567890?text=Halo' }],
    ['Mangunsari', isoDateToSerial('2024-02-29'), 0.5, false, null],
  ],
  columnWidths: [20, 12, 10, 8, 14],
  styles: [
    { range: 'A2', style: { bold: true, fontSize: 14 } },
    { range: 'A3:E3', style: { bold: true, fill: '#DDEBF7', border: 'thin', horizontal: 'center', wrap: true } },
    { range: 'B4:B5', style: { numberFormat: 'dd-mm-yyyy' } },
    { range: 'C4:C5', style: { numberFormat: '0.0%', fontColor: '#C00000' } },
  ],
  merges: ['A2:E2'],
  freeze: { rows: 3, columns: 1 },
  autoFilter: 'A3:E5',
  validations: [
    { kind: 'list', range: 'D4:D50', values: ['TRUE', 'FALSE'], strict: true, prompt: { title: 'Aktif', text: 'Pilih' } },
    { kind: 'whole', range: 'F4:F50', min: 0, max: 5, strict: false },
  ],
  conditionalFormats: [{ range: 'C4:C5', rule: { kind: 'cellValue', operator: 'lessThan', values: [0.8] }, style: { fill: '#FFC7CE' } }],
  charts: [{ kind: 'line', title: 'Cakupan', categories: 'A4:A5', series: [{ name: 'Cakupan', values: 'C4:C5' }], anchor: { from: 'H3', to: 'M12' } }],
  print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:3' },
  tabColor: '#2F75B5',
};

describe('writeWorkbook (ExcelJS)', () => {
  it('writes values, formats, merges, freeze, validation, conditional formats and print setup', async () => {
    const bytes = await writeWorkbook([everything]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Laporan Uji')!;
    // ExcelJS hands back date-formatted serials as UTC Dates; SheetJS below sees the serial.
    expect(ws.getCell('B4').value).toEqual(new Date(Date.UTC(2025, 1, 28)));
    expect(ws.getCell('B4').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('C4').numFmt).toBe('0.0%');
    expect(ws.getCell('A3').font.bold).toBe(true);
    expect(ws.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('E4').value).toMatchObject({ text: 'Kirim WA', hyperlink: 'https://wa.me/6281234567890?text=Halo' });
    expect(ws.getCell('B2').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, paperSize: 9, printTitlesRow: '1:3' });
    expect(ws.getCell('D10').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(ws.getCell('F10').dataValidation).toMatchObject({ type: 'whole', errorStyle: 'warning' });
    expect(String(ws.getCell('H3').value)).toMatch(/Grafik "Cakupan" tampil di Excel/);
    // SheetJS, a second reader, sees the same values.
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['Laporan Uji'];
    expect(sheet['B5'].v).toBe(isoDateToSerial('2024-02-29'));
    expect(sheet['B5'].w).toBe('29-02-2024');
    expect(sheet['A4'].v).toBe('Kalicacing');
  });

  it('is opened and converted by LibreOffice, which reads back the same values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'writer-lo-'));
    const input = join(dir, 'uji.xlsx');
    writeFileSync(input, await writeWorkbook([everything]));
    const converted = await convertWithLibreOffice(input, 'ods', dir);
    const back = XLSX.read(readFileSync(converted), { type: 'buffer' }).Sheets['Laporan Uji'];
    expect(back['A4'].v).toBe('Kalicacing');
    expect(back['B4'].v).toBe(isoDateToSerial('2025-02-28'));
    expect(back['C5'].v).toBe(0.5);
    expect(back['B5'].w).toBe('29-02-2024');
  });

  describe('addSheetsToWorkbook', () => {
    async function personWorkbook(): Promise<Uint8Array> {
      const wb = new ExcelJS.Workbook();
      const reg = wb.addWorksheet('Register Bayi');
      reg.addRow(['Nama', 'Tanggal Lahir', 'Total']);
      reg.addRow(['Ani', 45667, { formula: 'B2+1', result: 45668 }]);
      reg.getCell('B2').numFmt = 'dd-mm-yyyy';
      reg.getCell('A1').font = { bold: true };
      reg.mergeCells('D1:E1');
      reg.getCell('A2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ani,Budi"'] };
      wb.addWorksheet('Laporan Uji').addRow(['catatan petugas sendiri']);
      const old = wb.addWorksheet('Laporan Lama');
      old.addRow([`${GENERATED_MARK} pada kemarin`]);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    }

    it('adds generated sheets, replaces its own, and never touches a person\'s sheet', async () => {
      const input = await personWorkbook();
      const again: SheetSpec = { name: 'Laporan Lama', role: 'report', values: [[`${GENERATED_MARK} pada hari ini`], ['baru']] };
      const { bytes, renamed } = await addSheetsToWorkbook(input, [everything, again]);
      expect(renamed).toEqual([{ wanted: 'Laporan Uji', used: 'Laporan Uji (2)' }]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Register Bayi', 'Laporan Uji', 'Laporan Uji (2)', 'Laporan Lama']);
      const reg = wb.getWorksheet('Register Bayi')!;
      expect(reg.getCell('B2').value).toEqual(new Date(Date.UTC(2025, 0, 10)));
      expect(reg.getCell('B2').numFmt).toBe('dd-mm-yyyy');
      expect(reg.getCell('A1').font.bold).toBe(true);
      expect(reg.getCell('C2').value).toMatchObject({ formula: 'B2+1' });
      expect(reg.getCell('E1').isMerged).toBe(true);
      expect(reg.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ani,Budi"'] });
      expect(wb.getWorksheet('Laporan Uji')!.getCell('A1').value).toBe('catatan petugas sendiri');
      expect(wb.getWorksheet('Laporan Lama')!.getCell('A2').value).toBe('baru');
    });

    it('refuses a non-xlsx input with advice', async () => {
      const ods = XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['a']]), 'S'), { type: 'buffer', bookType: 'ods' }) as Buffer;
      await expect(addSheetsToWorkbook(new Uint8Array(ods.subarray(0, 8).fill(0x41)), [everything])).rejects.toBeInstanceOf(UnsupportedInputError);
    });
  });
});
