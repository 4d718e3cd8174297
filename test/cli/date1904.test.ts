import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { jadwalReport } from '../../src/app/statusReport';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../../src/io/xlsx/sheetSelection';
import { FileWorkbook } from '../../src/web/fileWorkbook';
import { convertAllWithLibreOffice } from '../../scripts/libreoffice';
import { runCli } from '../helpers/cli';
import { as1904 } from '../helpers/date1904';
import { contohWithNamesakes } from '../helpers/namesakes';

// The contoh with its namesake pairs: periksa has findings to compare.
const CONTOH = contohWithNamesakes().path;
const contohBytes = (): Uint8Array => new Uint8Array(readFileSync(CONTOH));

/**
 * The sample saved in Excel's 1904 date system (old Mac Excel) through every door: the same
 * figures, due lists and findings as the 1900 original, and generated dates that show the
 * same days — in SheetJS and in LibreOffice.
 */

const TODAY = '2025-12-31';
const dir = mkdtempSync(join(tmpdir(), 'date1904-'));
const file1904 = join(dir, 'contoh-1904.xlsx');
const xls1904 = join(dir, 'contoh-1904.xls');
const JADWAL = 'Jadwal Bulan Ini';

const json = async (args: string[]) => {
  const { code, out } = await runCli([...args, '--tanggal', TODAY, '--json']);
  expect(code).toBe(0);
  return JSON.parse(out) as unknown;
};

/** Day-month-year text of every date cell of a sheet, as SheetJS shows it in the file's own system. */
function shownDates(bytes: Uint8Array, sheet: string): Record<string, string> {
  const ws = XLSX.read(bytes, { type: 'array', cellNF: true }).Sheets[sheet];
  const out: Record<string, string> = {};
  for (const [address, cell] of Object.entries(ws)) if (!address.startsWith('!') && cell.t === 'n' && typeof cell.z === 'string' && /yyyy/.test(cell.z)) out[address] = cell.w;
  return out;
}

describe('a workbook saved in the 1904 date system', () => {
  beforeAll(() => {
    writeFileSync(file1904, as1904(contohBytes()));
    writeFileSync(xls1904, as1904(contohBytes(), 'xls'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is stored four years apart and read as the same days', () => {
    const [original, saved] = [readWorkbookBytes(contohBytes()), readWorkbookBytes(new Uint8Array(readFileSync(file1904)))];
    expect([original.dateSystem, saved.dateSystem]).toEqual([1900, 1904]);
    const born = (raw: typeof original) => raw.sheets.find((s) => s.name === 'Register Bayi')!.rows[3][5] as number;
    expect(born(original) - born(saved)).toBe(1462);
    expect(readWorkbookBytes(new Uint8Array(readFileSync(xls1904)), 'contoh-1904.xls').dateSystem).toBe(1904);
  });

  it.each([
    ['periksa', []],
    ['laporan', ['--bulan', '2025-12']],
    ['status', []],
    ['jadwal', ['--bulan', '2026-01']],
  ])('imunisasi %s gives the same as for the 1900 original (xlsx, and xls through SheetJS)', async (command, extra) => {
    const original = await json([command, CONTOH, ...extra]);
    expect(JSON.stringify(original).length).toBeGreaterThan(200);
    expect(await json([command, file1904, ...extra])).toEqual(original);
    expect(await json([command, xls1904, ...extra])).toEqual(original);
  }, 120_000);

  it('an .ods saved with its null date at 01-01-1904 (SheetJS path) gives the same status list', async () => {
    const ods = join(dir, 'contoh-1904.ods');
    writeFileSync(ods, as1904(contohBytes(), 'ods'));
    expect(await (await JSZip.loadAsync(readFileSync(ods))).file('content.xml')!.async('string')).toContain('table:null-date table:date-value="1904-01-01"');
    expect(readWorkbookBytes(new Uint8Array(readFileSync(ods)), 'contoh-1904.ods').dateSystem).toBe(1904);
    expect(await json(['status', ods])).toEqual(await json(['status', CONTOH]));
  }, 180_000);

  it('the page: the same check, and generated dates that show the same days in the downloaded file', async () => {
    const [page1900, page1904] = [new FileWorkbook('contoh.xlsx', contohBytes()), new FileWorkbook('contoh-1904.xlsx', new Uint8Array(readFileSync(file1904)))];
    const [raw1900, raw1904] = [await page1900.read(() => undefined), await page1904.read(() => undefined)];
    expect(checkWorkbook(raw1904, { today: TODAY }).findings).toEqual(checkWorkbook(raw1900, { today: TODAY }).findings);
    const jadwal = (raw: typeof raw1900) => jadwalReport(raw, { today: TODAY, month: { year: 2026, month: 1 }, generatedAt: '31-12-2025 10:00 WIB' });
    expect(jadwal(raw1904).due).toEqual(jadwal(raw1900).due);
    const request = { onProgress: () => undefined, confirmRenames: async () => true };
    await page1900.write(jadwal(raw1900).specs, request);
    await page1904.write(jadwal(raw1904).specs, request);
    const shown = shownDates(page1900.result().bytes, JADWAL);
    expect(Object.keys(shown).length).toBeGreaterThan(50);
    expect(shownDates(page1904.result().bytes, JADWAL)).toEqual(shown);
    // After writing, the page holds what opening its download gives: still 1904, and the
    // generated sheet's dates as written.
    const held = await page1904.read(() => undefined);
    expect(held.dateSystem).toBe(1904);
    expect(held).toEqual(readWorkbookBytes(page1904.result().bytes, 'contoh-1904.xlsx', REGISTER_SHEETS));
  }, 120_000);

  it('laporan -o adds the report to the 1904 copy (no longer refused) with the same Data Laporan', async () => {
    const [out1900, out1904] = [join(dir, 'laporan-asli.xlsx'), join(dir, 'laporan-mac.xlsx')];
    for (const [input, out] of [[CONTOH, out1900], [file1904, out1904]]) expect((await runCli(['laporan', input, '--bulan', '2025-12', '--tanggal', TODAY, '-o', out])).code).toBe(0);
    const dataLaporan = (path: string) => readDataLaporan(readWorkbookBytes(new Uint8Array(readFileSync(path))).sheets.find((s) => s.name === 'Data Laporan')!);
    const expected = dataLaporan(out1900);
    expect(expected.ok && expected.data.rows.length).toBeGreaterThan(100);
    expect(dataLaporan(out1904)).toEqual(expected);
    expect(readWorkbookBytes(new Uint8Array(readFileSync(out1904))).dateSystem).toBe(1904);
  }, 120_000);

  it('status -o writes Jadwal into the 1904 copy (xlsx and xls) with dates LibreOffice shows as the 1900 output does', async () => {
    const outs = { asli: join(dir, 'asli.xlsx'), mac: join(dir, 'mac.xlsx'), macxls: join(dir, 'macxls.xlsx') };
    for (const [input, out] of [[CONTOH, outs.asli], [file1904, outs.mac], [xls1904, outs.macxls]]) {
      const { code } = await runCli(['status', input, '--tanggal', TODAY, '--bulan', '2026-01', '-o', out]);
      expect(code).toBe(0);
    }
    const shown = shownDates(new Uint8Array(readFileSync(outs.asli)), JADWAL);
    expect(shownDates(new Uint8Array(readFileSync(outs.mac)), JADWAL)).toEqual(shown);
    expect(shownDates(new Uint8Array(readFileSync(outs.macxls)), JADWAL)).toEqual(shown);

    // LibreOffice, reading each output on its own, shows the Jadwal sheet's text alike.
    const sheet = XLSX.read(readFileSync(outs.asli), { bookSheets: true }).SheetNames.indexOf(JADWAL) + 1;
    const csvDir = join(dir, 'csv');
    mkdirSync(csvDir);
    const csv = await convertAllWithLibreOffice(Object.values(outs), `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`, csvDir);
    const [asli, mac, macxls] = csv.map((path) => readFileSync(path, 'utf8'));
    expect(asli).toContain('Jadwal Imunisasi Bulan Januari 2026');
    expect(mac).toEqual(asli);
    expect(macxls).toEqual(asli);
    // A due date the jadwal lists for January 2026 is there as the day it is.
    const due = (await json(['jadwal', CONTOH, '--bulan', '2026-01'])) as { jatuhTempo?: string; tanggal?: string }[];
    const days = JSON.stringify(due).match(/\d{4}-\d{2}-\d{2}/g)!;
    const [y, m, d] = days.find((day) => day.startsWith('2026-01'))!.split('-');
    expect(mac).toContain(`${d}-${m}-${y}`);
    expect(asli.match(/\b\d{2}-\d{2}-\d{4}\b/g)!.length).toBeGreaterThan(50);
  }, 300_000);
});
