import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { SheetSpec } from '../../../../src/sheets/spec';

/** Cell text and numbers the XML cannot carry as they are, read back by three readers. */
const SPEC: SheetSpec = {
  name: 'Teks',
  role: 'report',
  values: [
    ['  spasi di depan', 'di belakang  ', 'baris\nbaru', 'kendali\u0001\u000b', 'a < b & c > "d"'],
    [Number.NaN, Number.POSITIVE_INFINITY, 1e-7, -0, { text: 'Ke Data', url: "#'Data Laporan'!A1" }],
  ],
  merges: ['A3:A3'],
};

describe('cells written straight from the spec', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook([SPEC, { name: 'Data Laporan', role: 'report', values: [['x']] }]);
  });

  it('keeps spaces, line breaks and markup characters, and control characters as Excel escapes them', async () => {
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets.Teks;
    expect([sheet.A1.v, sheet.B1.v, sheet.C1.v, sheet.E1.v]).toEqual(['  spasi di depan', 'di belakang  ', 'baris\nbaru', 'a < b & c > "d"']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Teks')!.getCell('A1').value).toBe('  spasi di depan');
    expect(readWorkbookBytes(bytes).sheets[0].rows[0]).toEqual(['  spasi di depan', 'di belakang  ', 'baris\nbaru', 'kendali\u0001\u000b', 'a < b & c > "d"']);
  });

  it('marks a number Excel cannot hold as an error where the figure would be, never as 0', () => {
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets.Teks;
    expect(sheet.A2).toMatchObject({ t: 'e', w: '#NUM!' });
    expect(sheet.B2).toMatchObject({ t: 'e', w: '#NUM!' });
    expect(sheet.C2).toMatchObject({ t: 'n', v: 1e-7 });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 0 });
  });

  it('links to a place in the workbook without an external relationship, and writes no single-cell merge', () => {
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets.Teks;
    expect(sheet.E2).toMatchObject({ v: 'Ke Data', l: { Target: "#'Data Laporan'!A1" } });
    expect(sheet['!merges'] ?? []).toEqual([]);
  });
});
