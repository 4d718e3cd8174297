import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stockIndicator, STOCK_ITEMS } from '../../src/domain/dataLaporan/indicators';
import { TOTAL } from '../../src/domain/dataLaporan/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { runCli } from '../helpers/cli';

/*
 * `imunisasi gabung` with one report on the current schedule and one without RV, PCV and IPV 2
 * (Permenkes 12/2017): the NOT_REPORTED finding names every missing figure, stock doses
 * included, in the CLI output and in the Temuan Penggabungan sheet of the district workbook
 * (real xlsx files in and out).
 */
const dir = mkdtempSync(join(tmpdir(), 'gabung-nr-'));
const inbox = join(dir, 'masuk');
mkdirSync(inbox);
const out = join(dir, 'kab.xlsx');
const stock = (codes: string[], withDoses: boolean) =>
  codes.flatMap((code) => STOCK_ITEMS.filter((i) => withDoses || i !== 'dosis').map((i) => ({ kodeKelurahan: TOTAL, indikator: stockIndicator(code, i), nilai: 9, sasaran: null })));

const EXPECTED = [
  'p02.xlsx: laporan Puskesmas P02 (P02) tidak memuat 16 angka yang dimuat laporan puskesmas lain.',
  'Dosis bayi dan baduta (bulan ini dan kumulatif): IPV 2, PCV 1, PCV 2, PCV 3, RV 1, RV 2, RV 3.',
  'Stok vaksin, dosis diberikan: PCV, RV.',
].join(' ');

beforeAll(async () => {
  const current = syntheticReport(1, 'P01');
  current.rows.push(...stock(['PCV', 'RV'], true));
  const older = syntheticReport(2, 'P02');
  older.rows = [...older.rows.filter((r) => !/^(rv|pcv)\d|^ipv2/.test(r.indikator)), ...stock(['PCV', 'RV'], false)];
  writeFileSync(join(inbox, 'p01.xlsx'), await writeWorkbook([dataLaporanSheetSpec(current, 'x')]));
  writeFileSync(join(inbox, 'p02.xlsx'), await writeWorkbook([dataLaporanSheetSpec(older, 'x')]));
});

describe('imunisasi gabung: a report without some figures', () => {
  it('prints NOT_REPORTED with every missing figure, and writes the same into Temuan Penggabungan', async () => {
    const { code, out: text } = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(0);
    const line = text.split('\n').find((l) => l.includes('tidak memuat'))!;
    expect(line).toMatch(/^ {2}PERINGATAN /);
    expect(line).toContain(EXPECTED);
    expect(line).not.toMatch(/lainnya/);
    const sheet = readWorkbookBytes(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === 'Temuan Penggabungan')!;
    const row = sheet.rows.find((r) => r.includes('NOT_REPORTED'))!;
    expect(row.slice(0, 3)).toEqual(['PERINGATAN', 'p02.xlsx', 'NOT_REPORTED']);
    expect(String(row[3])).toContain(EXPECTED);
  });
});
