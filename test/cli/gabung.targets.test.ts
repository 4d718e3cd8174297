import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { SheetSpec } from '../../src/sheets/spec';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'gabung-target-'));
const inbox = join(dir, 'masuk');
mkdirSync(inbox);
const DISTRICT = ['PWS Kabupaten', 'Cakupan Puskesmas', 'UCI & Drop Out', 'TT Bumil Kabupaten', 'BIAS Kabupaten'];

const sheet = (name: string, values: SheetSpec['values']): SheetSpec => ({ name, role: 'register', values });
const daftar = sheet('Daftar Puskesmas', [['Kode Puskesmas', 'Nama Puskesmas'], ['P01', 'Satu'], ['P02', 'Dua'], ['P3373020101', 'Sidomulyo']]);

beforeAll(async () => {
  writeFileSync(join(inbox, 'p01.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P01'), 'x')]));
  // P02 made its report with its own targets (its Data Laporan's target rows).
  writeFileSync(join(inbox, 'p02.xlsx'), await writeWorkbook([dataLaporanSheetSpec({ ...syntheticReport(2, 'P02'), targets: { dpt3: 0.9, idl: 0.9, uciThreshold: 0.8 } }, 'x')]));
  // The Dinkes workbook: its list of puskesmas and its Target sheet (2025: DPT-HB-Hib 3 95%, IDL 92%).
  writeFileSync(join(dir, 'dinkes.xlsx'), await writeWorkbook([daftar, sheet('Target', [['TARGET KABUPATEN'], ['Indikator', 'Keterangan', 2024, 2025], ['DPT-HB-Hib 3', 'Dinkes', '90%', '95%'], ['IDL', 'Dinkes', null, '92%'], ['BIAS DT Kelas 1', 'Dinkes', null, '98%']])]));
  writeFileSync(join(dir, 'daftar-saja.xlsx'), await writeWorkbook([daftar]));
  writeFileSync(join(dir, 'target-2024.xlsx'), await writeWorkbook([sheet('Target Tahunan', [['Indikator', 2024], ['IDL', '85%']])]));
});

/** A written district sheet's cells, as the reader gives them back. */
function cells(path: string, name: string): unknown[][] {
  const found = readWorkbookBytes(new Uint8Array(readFileSync(path))).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.rows;
}
const column = (rows: unknown[][], header: string) => rows[rows.findIndex((r) => r[0] === 'Puskesmas' || r[1] === 'Puskesmas')].indexOf(header);

type JsonFinding = { file: string; code: string; severity: string; message: string };

describe('imunisasi gabung follows the district\'s targets', () => {
  it("takes the Target sheet of the --daftar workbook: target lines, the source on every district sheet, and a finding for a report made with other targets", async () => {
    copyFileSync('templates/contoh-puskesmas.xlsx', join(inbox, 'register-sidomulyo.xlsx'));
    const out = join(dir, 'kab.xlsx');
    const run = await runCli(['gabung', inbox, '--bulan', '2025-12', '--daftar', join(dir, 'dinkes.xlsx'), '-o', out]);
    expect(run.code).toBeLessThan(2);
    const source = 'Target yang dipakai: target kabupaten/kota (dinkes.xlsx, sheet Target, kolom tahun 2025) untuk DPT-HB-Hib 3, IDL, BIAS DT Kelas 1; selebihnya target bawaan Kemenkes.';
    expect(run.out).toContain(source);
    for (const name of DISTRICT) expect(cells(out, name).flat()).toContain(source);

    const pws = cells(out, 'PWS Kabupaten');
    const line = pws.find((r) => r[0] === 'Garis target')!;
    expect(line[column(pws, 'DPT-HB-Hib 3 %')]).toBeCloseTo(0.95, 12);
    expect(line[column(pws, 'BCG %')]).toBeCloseTo(0.9, 12);
    expect(line[column(pws, 'IDL %')]).toBeCloseTo(0.92, 12);
    const coverage = cells(out, 'Cakupan Puskesmas');
    const idlLine = column(coverage, 'Garis target IDL');
    expect(coverage.filter((r) => typeof r[idlLine] === 'number').map((r) => r[idlLine])).toEqual([0.92, 0.92, 0.92]);
    const bias = cells(out, 'BIAS Kabupaten');
    expect(bias.find((r) => r[0] === 'Target tahunan')![column(bias, 'DT kelas 1 %')]).toBeCloseTo(0.98, 12);

    // P02's own targets are named; P01 (an older file, no target rows) and the register workbook
    // (made by Dinkes with the district's targets) are not.
    const differs = run.out.split('\n').filter((l) => /dibuat dengan target yang berbeda/.test(l));
    expect(differs).toEqual([expect.stringContaining('p02.xlsx: laporan ')]);
    expect(differs[0]).toContain('DPT-HB-Hib 3 90% (kabupaten/kota 95%); IDL 90% (kabupaten/kota 92%)');
    expect(differs[0]).not.toContain('Batas UCI');
  }, 60_000);

  it('--target gives the targets from another file; a file without a column for the year falls back to the Kemenkes defaults and says so', async () => {
    const out = join(dir, 'kab-2024.xlsx');
    const run = await runCli(['gabung', join(inbox, 'p01.xlsx'), '--bulan', '2025-12', '--target', join(dir, 'target-2024.xlsx'), '-o', out, '--json']);
    expect(run.code).toBeLessThan(2);
    const findings = (JSON.parse(run.out) as { temuan: JsonFinding[] }).temuan;
    expect(findings.filter((f) => f.code === 'TARGET_MISSING').map((f) => [f.file, f.message])).toEqual([
      ['target-2024.xlsx', 'Target kabupaten/kota: target-2024.xlsx, sheet Target Tahunan tidak punya kolom tahun 2025, sehingga laporan kabupaten/kota memakai target bawaan Kemenkes. Tambahkan kolom berjudul 2025.'],
    ]);
    const source = 'Target yang dipakai: target bawaan Kemenkes (sheet Target Tahunan tidak berisi nilai tahun 2025).';
    for (const name of DISTRICT) expect(cells(out, name).flat()).toContain(source);
  });

  it('without any Target sheet every district sheet says it used the Kemenkes defaults; a --target file without one is refused', async () => {
    const out = join(dir, 'kab-bawaan.xlsx');
    const run = await runCli(['gabung', join(inbox, 'p01.xlsx'), '--bulan', '2025-12', '--daftar', join(dir, 'daftar-saja.xlsx'), '-o', out]);
    expect(run.code).toBeLessThan(2);
    for (const name of DISTRICT) expect(cells(out, name).flat()).toContain('Target yang dipakai: target bawaan Kemenkes (Dinkes tidak memberi sheet Target).');

    const refused = await runCli(['gabung', join(inbox, 'p01.xlsx'), '--bulan', '2025-12', '--target', join(dir, 'daftar-saja.xlsx'), '-o', join(dir, 'x.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('daftar-saja.xlsx tidak punya sheet "Target"');
  });
});
