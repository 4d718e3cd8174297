import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../src/app/monthlyReport';
import { Cell } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../../src/io/xlsx/sheetSelection';
import { UnreadableFileError } from '../../src/io/xlsx/unreadableFile';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';
import { FileWorkbook } from '../../src/web/fileWorkbook';
import { HANDMADE } from '../helpers/handmadeWorkbook';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS } from '../helpers/workbook';

const report = (name: string, text = 'isi laporan'): SheetSpec => ({ name, role: 'report', values: [[`${GENERATED_MARK} pada 01-11-2025 08:00 WIB`], [text]] });
const request = (answer: boolean) => ({ onProgress: () => undefined, confirmRenames: async () => answer });

function sheetJsFile(bookType: XLSX.BookType, sheets: Record<string, Cell[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

describe('FileWorkbook (file mode)', () => {
  it("adds generated sheets to the file, replaces its own on a second run and keeps people's sheets as they were", async () => {
    const input = sheetJsFile('xlsx', { Puskesmas: PUSKESMAS_ROWS, 'Laporan Bulanan': [['catatan bidan']] });
    const file = new FileWorkbook('puskesmas.xlsx', input);
    const first = await file.write([report('Laporan Bulanan'), report('Grafik PWS')], request(true));
    expect(first.renames).toEqual([{ wanted: 'Laporan Bulanan', used: 'Laporan Bulanan (2)' }]);
    await file.write([report('Laporan Bulanan', 'versi kedua'), report('Grafik PWS', 'versi kedua')], request(true));
    const result = readWorkbookBytes(file.result().bytes);
    expect(result.sheets.map((s) => s.name)).toEqual(['Puskesmas', 'Laporan Bulanan', 'Laporan Bulanan (2)', 'Grafik PWS']);
    const before = readWorkbookBytes(input);
    expect(result.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(result.sheets[3].rows[1]).toEqual(['versi kedua']);
    // What the page holds after writing is what opening the downloaded file gives, without re-parsing it.
    expect(await file.read(() => undefined)).toEqual(readWorkbookBytes(file.result().bytes, 'x.xlsx', REGISTER_SHEETS));
    expect(await file.sheetNames()).toEqual(['Puskesmas', 'Laporan Bulanan', 'Laporan Bulanan (2)', 'Grafik PWS']);
    expect(file.changed).toBe(true);
    expect(file.result().name).toBe('puskesmas-hasil.xlsx');
  });

  it('makes the monthly report again and again next to a person\'s "Laporan Imunisasi": same sheets, same style table', async () => {
    const file = new FileWorkbook('puskesmas.xlsx', sheetJsFile('xlsx', { ...HANDMADE, 'Laporan Imunisasi': [['laporan ketikan bidan']] }));
    const specs = monthlyReport(await file.read(() => undefined), { year: 2025, month: 3, today: '2025-04-30', generatedAt: '2025-04-30T09:00:00+07:00' }).specs;
    const cellXfs = async () => {
      const xml = await (await JSZip.loadAsync(file.result().bytes)).file('xl/styles.xml')!.async('string');
      return Number(/<cellXfs[^>]*count="(\d+)"/.exec(xml)![1]);
    };
    const runs: { names: string[]; xfs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await file.write(specs, request(true));
      runs.push({ names: readWorkbookBytes(file.result().bytes).sheets.map((s) => s.name), xfs: await cellXfs() });
    }
    expect(runs[0].names.filter((n) => n.startsWith('Laporan Imunisasi'))).toEqual(['Laporan Imunisasi', 'Laporan Imunisasi (2)']);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[1]).toEqual(runs[0]);
    expect(readWorkbookBytes(file.result().bytes).sheets.find((s) => s.name === 'Laporan Imunisasi')!.rows).toEqual([['laporan ketikan bidan']]);
  });

  it('writes nothing when the person refuses the other name', async () => {
    const file = new FileWorkbook('p.xlsx', sheetJsFile('xlsx', { 'Laporan Bulanan': [['catatan']] }));
    const result = await file.write([report('Laporan Bulanan')], request(false));
    expect(result.cancelled).toBe(true);
    expect(file.changed).toBe(false);
  });

  it.each([
    ['xls', 'biff8', 'register.xls'],
    ['ods', 'ods', 'register.ods'],
  ] as const)('opens an .%s file and gives back an .xlsx with its sheets and values', async (_kind, bookType, name) => {
    const input = sheetJsFile(bookType, { Puskesmas: PUSKESMAS_ROWS, Kelurahan: KELURAHAN_ROWS });
    const file = new FileWorkbook(name, input);
    expect(await file.sheetNames()).toEqual(['Puskesmas', 'Kelurahan']);
    const result = await file.write([report('Laporan Bulanan')], request(true));
    expect(result.notices.join(' ')).toMatch(/bukan \.xlsx/);
    const { name: outName, bytes } = file.result();
    expect(outName).toBe('register-hasil.xlsx');
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const out = readWorkbookBytes(bytes);
    expect(out.sheets.map((s) => s.name)).toEqual(['Puskesmas', 'Kelurahan', 'Laporan Bulanan']);
    expect(out.sheets.slice(0, 2)).toEqual(readWorkbookBytes(input).sheets);
    expect(await file.read(() => undefined)).toEqual(readWorkbookBytes(bytes, 'x.xlsx', REGISTER_SHEETS));
  });

  it('refuses what is not a workbook with the reader\'s plain reason', () => {
    expect(() => new FileWorkbook('foto.xlsx', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]))).toThrow(UnreadableFileError);
  });

  it('adds register sheets only where missing', async () => {
    const file = new FileWorkbook('t.xlsx', await writeWorkbook([{ name: 'Kelurahan', role: 'register', values: [['Kode Kelurahan']] }]));
    const result = await file.write([{ name: 'Kelurahan', role: 'register', values: [['baru']] }, { name: 'Vaksin', role: 'register', values: [['Kode Vaksin']] }], request(true));
    expect(result.skipped).toEqual(['Kelurahan']);
    expect(readWorkbookBytes(file.result().bytes).sheets.map((s) => [s.name, s.rows[0][0]])).toEqual([['Kelurahan', 'Kode Kelurahan'], ['Vaksin', 'Kode Vaksin']]);
    expect(await file.read(() => undefined)).toEqual(readWorkbookBytes(file.result().bytes, 't.xlsx', REGISTER_SHEETS));
  });

  it('holds after "Buat laporan" what opening the downloaded file gives: the sample with its monthly report, twice', async () => {
    const file = new FileWorkbook('contoh.xlsx', new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    for (const generatedAt of ['2026-01-05T09:00:00+07:00', '2026-01-06T09:00:00+07:00'] as const) {
      const { specs } = monthlyReport(await file.read(() => undefined), { year: 2025, month: 12, today: '2026-01-05', generatedAt });
      await file.write(specs, request(true));
      expect(await file.read(() => undefined)).toEqual(readWorkbookBytes(file.result().bytes, 'contoh.xlsx', REGISTER_SHEETS));
    }
  });
});
