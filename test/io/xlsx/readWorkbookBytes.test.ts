import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { MAX_FILE_BYTES, readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { UnreadableFileError } from '../../../src/io/xlsx/unreadableFile';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../../src/sample/generateSample';
import { sampleSpecs } from '../../../src/sample/sampleSpecs';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../../helpers/workbook';

const today = '2025-12-31';

function reason(bytes: Uint8Array): string {
  try {
    readWorkbookBytes(bytes, 'uji.xlsx');
  } catch (error) {
    if (error instanceof UnreadableFileError) return `${error.reason}: ${error.message}`;
    throw error;
  }
  return 'read';
}

describe('readWorkbookBytes: any spreadsheet format into the same raw sheets', () => {
  let xlsxBytes: Uint8Array;
  beforeAll(async () => {
    xlsxBytes = await writeWorkbook(sampleSpecs(generateSample({ seed: 4, year: 2025, kelurahan: 1 })));
  });

  it.each(['xls', 'ods', 'csv'] as const)('reads the same registers from %s as from xlsx', (bookType) => {
    const reference = readRegisters(readWorkbookBytes(xlsxBytes), { today });
    // SheetJS re-saves the same workbook in another format; csv holds one sheet at a time.
    const source = XLSX.read(xlsxBytes, { type: 'array' });
    if (bookType === 'csv') {
      const csv = XLSX.write({ SheetNames: ['Register Bayi'], Sheets: { 'Register Bayi': source.Sheets['Register Bayi'] } }, { type: 'buffer', bookType: 'csv' }) as Buffer;
      const fromCsv = readWorkbookBytes(new Uint8Array(csv));
      const rows = readRegisters({ sheets: [{ ...fromCsv.sheets[0], name: 'Register Bayi' }] }, { today }).registers.bayi;
      expect(rows).toEqual(reference.registers.bayi);
      return;
    }
    const converted = XLSX.write(source, { type: 'buffer', bookType }) as Buffer;
    const result = readRegisters(readWorkbookBytes(new Uint8Array(converted)), { today });
    expect(result.findings).toEqual([]);
    expect(result.registers.bayi).toEqual(reference.registers.bayi);
    expect(result.registers.bumil).toEqual(reference.registers.bumil);
  });

  it('reads a register laid out as an Excel table like a plain range', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Puskesmas').addRows(PUSKESMAS_ROWS);
    wb.addWorksheet('Kelurahan').addTable({
      name: 'TabelKelurahan',
      ref: 'B3',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: (KELURAHAN_ROWS[0] as string[]).map((name) => ({ name, filterButton: true })),
      rows: KELURAHAN_ROWS.slice(1) as ExcelJS.CellValue[][],
    });
    const raw = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
    const { registers } = readRegisters(raw, { today });
    expect(registers.kelurahan.map((k) => [k.kode, k.row, k.sasaranBayi])).toEqual([
      ['K01', 4, 180],
      ['K02', 5, 200],
    ]);
  });
});

describe('readWorkbookBytes: files that cannot be read get one clear line', () => {
  it('a 0-byte file', () => {
    expect(reason(new Uint8Array())).toMatch(/^empty-file: uji\.xlsx: file kosong \(0 byte\)/);
  });

  it('random bytes named .xlsx', () => {
    expect(reason(new Uint8Array(randomBytes(20_000)))).toMatch(/^not-spreadsheet: .*bukan file spreadsheet/);
  });

  it('a corrupted zip (a real xlsx cut in half)', async () => {
    const whole = await writeWorkbook([{ name: 'A', role: 'report', values: [['x']] }]);
    expect(reason(whole.slice(0, Math.floor(whole.length / 2)))).toMatch(/^corrupt: .*file rusak/);
  });

  it('a password-protected workbook (an encrypted OOXML container)', () => {
    const CFB = (XLSX as unknown as { CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, p: string, d: Buffer): void }; write(c: unknown, o: object): Buffer } }).CFB;
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, '/EncryptedPackage', randomBytes(4096));
    expect(reason(new Uint8Array(CFB.write(container, { type: 'buffer' })))).toMatch(/^password: .*kata sandi/);
  });

  it('an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    expect(reason(new Uint8Array(await wb.xlsx.writeBuffer()))).toMatch(/^no-data: .*tidak berisi data/);
  });

  it('a sheet named __proto__ neither crashes nor pollutes objects', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Kode Kelurahan', 'Nama Kelurahan']]), '__proto__');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(PUSKESMAS_ROWS), 'Puskesmas');
    const raw = readWorkbookBytes(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(raw.sheets.map((s) => s.name)).toEqual(['__proto__', 'Puskesmas']);
    const { findings } = readRegisters(raw, { today });
    expect(findings.some((f) => f.code === 'SHEET_MISSING' && f.sheet === 'Kelurahan')).toBe(true);
    expect(({} as Record<string, unknown>)['!ref']).toBeUndefined();
  });

  it('a 50 MB workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register Bayi');
    ws.addRow(['Nama']);
    // A real workbook made large by a 50 MB embedded picture (random bytes barely compress).
    const image = wb.addImage({ buffer: randomBytes(50 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'B2:D8');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as unknown as ExcelJS.XlsxWriteOptions));
    expect(bytes.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(reason(bytes)).toMatch(/^too-large: uji\.xlsx: file terlalu besar \(50,0 MB; batas 40 MB\)/);
  });
});
