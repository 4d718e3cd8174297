import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { UnreadableFileError } from '../../../src/io/xlsx/unreadableFile';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../../src/sample/generateSample';
import { sampleSpecs } from '../../../src/sample/sampleSpecs';
import { unreadableCases, UnreadableCase } from '../../helpers/unreadable';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../../helpers/workbook';

const today = '2025-12-31';
/** SheetJS's bundled zip/CFB container code, to edit a part of an xlsx in place. */
interface ZipEntry {
  content: Uint8Array;
}
const CFB = (XLSX as unknown as { CFB: { read(d: Buffer, o: object): { FileIndex: ZipEntry[]; FullPaths: string[] }; write(z: unknown, o: object): Buffer } }).CFB;

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

  it('reads an .ods saved by LibreOffice without SheetJS\'s English console notes about its number formats', () => {
    // The blank template, converted by LibreOffice: its styles carry conditional number formats.
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'templat-libreoffice.ods')));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const workbook = readWorkbookBytes(bytes, 'templat.ods');
      expect(workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Puskesmas', 'Register Bayi', 'Stok Vaksin']));
      expect(errors).not.toHaveBeenCalled();
      // Only those notes are dropped, and only while reading.
      console.error('lain');
      expect(errors).toHaveBeenCalledWith('lain');
    } finally {
      errors.mockRestore();
    }
  });

  it.each(['xls', 'ods', 'csv'] as const)('reads the same registers from %s as from xlsx', (bookType) => {
    const reference = readRegisters(readWorkbookBytes(xlsxBytes), { today });
    // SheetJS re-saves the same workbook in another format; csv holds one sheet at a time.
    const source = XLSX.read(xlsxBytes, { type: 'array' });
    if (bookType === 'csv') {
      // A csv file holds one sheet: each sheet goes through its own csv file, dates as text.
      const sheets = source.SheetNames.map((name) => {
        const csv = XLSX.write({ SheetNames: [name], Sheets: { [name]: source.Sheets[name] } }, { type: 'buffer', bookType: 'csv' }) as Buffer;
        return { ...readWorkbookBytes(new Uint8Array(csv)).sheets[0], name };
      });
      expect(String(sheets.find((s) => s.name === 'Register Bayi')!.rows[3][5])).toMatch(/^\d\d-\d\d-\d{4}$/);
      const fromCsv = readRegisters({ sheets }, { today });
      expect(fromCsv.findings).toEqual([]);
      expect(fromCsv.registers).toEqual(reference.registers);
      return;
    }
    const converted = XLSX.write(source, { type: 'buffer', bookType }) as Buffer;
    const result = readRegisters(readWorkbookBytes(new Uint8Array(converted)), { today });
    expect(result.findings).toEqual([]);
    expect(result.registers).toEqual(reference.registers);
  });

  it('reads a register laid out as an Excel table like the same plain range', async () => {
    const book = async (asTable: boolean) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Puskesmas').addRows(PUSKESMAS_ROWS);
      const ws = wb.addWorksheet('Kelurahan');
      if (asTable) {
        ws.addTable({
          name: 'TabelKelurahan',
          ref: 'B3',
          headerRow: true,
          style: { theme: 'TableStyleMedium2', showRowStripes: true },
          columns: (KELURAHAN_ROWS[0] as string[]).map((name) => ({ name, filterButton: true })),
          rows: KELURAHAN_ROWS.slice(1) as ExcelJS.CellValue[][],
        });
      } else {
        KELURAHAN_ROWS.forEach((row, i) => row.forEach((v, j) => (ws.getCell(3 + i, 2 + j).value = v)));
      }
      return readRegisters(readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer())), { today });
    };
    const [table, range] = [await book(true), await book(false)];
    expect(table.registers.kelurahan.map((k) => [k.kode, k.row, k.sasaranBayi])).toEqual([
      ['K01', 4, 180],
      ['K02', 5, 200],
    ]);
    expect(table.registers).toEqual(range.registers);
    expect(table.findings).toEqual(range.findings);
  });
  it('walks only the filled rows when a file declares the whole grid as its used range', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(PUSKESMAS_ROWS), 'Puskesmas');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(KELURAHAN_ROWS), 'Kelurahan');
    // Some programs write <dimension ref="A1:XFD1048576"/> for a sheet with a few rows.
    const zip = CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
    const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('worksheets/sheet2.xml'))];
    entry.content = Buffer.from(Buffer.from(entry.content).toString('utf8').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    const raw = readWorkbookBytes(new Uint8Array(CFB.write(zip, { type: 'buffer', fileType: 'zip' })));
    const kelurahan = raw.sheets.find((s) => s.name === 'Kelurahan')!;
    expect(kelurahan.rows).toHaveLength(KELURAHAN_ROWS.length);
    expect(kelurahan.rows.map((r) => r.length)).toEqual(KELURAHAN_ROWS.map((r) => r.length));
    expect(readRegisters(raw, { today }).registers.kelurahan.map((k) => k.kode)).toEqual(['K01', 'K02']);
  });
});

describe('readWorkbookBytes: files that cannot be read get one clear line', () => {
  let cases: UnreadableCase[];
  beforeAll(async () => {
    cases = await unreadableCases();
  });

  it('names the reason for each: empty, random bytes, corrupted, no data, password (xlsx, xls, ods), too large', () => {
    const reasons = cases.map((c) => [c.what, reason(c.bytes)]);
    expect(reasons).toEqual(cases.map((c) => [c.what, expect.stringMatching(new RegExp(`^${c.reason}: uji\\.xlsx: [^\\n]+$`))]));
    expect(reason(cases.find((c) => c.file === 'besar.xlsx')!.bytes)).toMatch(/file terlalu besar \(50,0 MB; batas 40 MB\)/);
    expect(reason(cases.find((c) => c.file === 'sandi.ods')!.bytes)).toMatch(/file dilindungi kata sandi/);
  });

  it('an XML Spreadsheet 2003 file with a cell at row 1 000 000 000 (ss:Index) is refused at once, not walked row by row', () => {
    const xml = (row: number, col: number) =>
      new TextEncoder().encode(
        `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Register Bayi"><Table><Row><Cell><Data ss:Type="String">Nama</Data></Cell></Row><Row ss:Index="${row}"><Cell ss:Index="${col}"><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>`,
      );
    // Within the grid, the cell is where the file puts it.
    const read = readWorkbookBytes(xml(5, 3), 'lama.xml').sheets[0];
    expect([read.firstRow, read.rows.length, read.rows[4]]).toEqual([1, 5, [null, null, 1]]);
    const refused = (bytes: Uint8Array) => {
      try {
        readWorkbookBytes(bytes, 'lama.xml');
      } catch (error) {
        if (error instanceof UnreadableFileError) return `${error.reason}: ${error.message}`;
        throw error;
      }
      return 'read';
    };
    // Walking a billion rows took minutes: jest's test timeout (60 s) is the guard, no timing here.
    expect(refused(xml(1_000_000_000, 1))).toBe(
      'too-large: lama.xml: file terlalu besar untuk dibuka: sheet "Register Bayi" berisi sel di baris 1.000.000.000, di luar batas lembar kerja (baris 1.048.576, kolom XFD); spreadsheet biasa tidak pernah begitu. Periksa asal file, buka di Excel, hapus baris/kolom yang tidak dipakai di akhir sheet itu, lalu simpan ulang sebagai .xlsx.',
    );
    expect(refused(xml(2, 1_000_000_000))).toMatch(/sheet "Register Bayi" berisi sel di kolom ke-1\.000\.000\.000, di luar batas lembar kerja/);
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
});
