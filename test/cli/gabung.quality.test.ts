import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthlyReport } from '../../src/app/monthlyReport';
import { stockIndicator } from '../../src/domain/dataLaporan/indicators';
import { DataLaporan, TOTAL } from '../../src/domain/dataLaporan/types';
import { formatStampId } from '../../src/domain/reports/stamp';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { sampleAsOf } from '../../src/sample/asOf';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'gabung-kualitas-'));
const inbox = join(dir, 'masuk');
const lastYear = join(dir, 'tahun-lalu');
mkdirSync(inbox);
mkdirSync(lastYear);
const options = (today: string) => ({ year: 2025, month: 12, today, generatedAt: `${today}T10:00:00+07:00` });
let registerNames: string[] = [];

beforeAll(async () => {
  // Tingkir sends its December report made on 20-12-2025, and Dinkes also has its full register workbook.
  const tingkir = generateSample({ seed: 300, year: 2025, kelurahan: 3 });
  tingkir.fields = { ...tingkir.fields, kode: 'P3373090', nama: 'Tingkir' };
  const registers = await writeWorkbook(sampleSpecs(tingkir));
  writeFileSync(join(inbox, 'register-tingkir.xlsx'), registers);
  const early = monthlyReport(readWorkbookBytes(await writeWorkbook(sampleSpecs(sampleAsOf(tingkir, '2025-12-20')))), options('2025-12-20'));
  writeFileSync(join(inbox, 'laporan-tingkir.xlsx'), await writeWorkbook(early.specs));
  const bayi = readWorkbookBytes(registers).sheets.find((s) => s.name === 'Register Bayi')!;
  const nama = bayi.rows[2].indexOf('Nama');
  registerNames = bayi.rows.slice(3, 40).map((r) => String(r[nama]));

  // Argomulyo's report, purposely damaged: DPT-HB-Hib 3 of K01 raised by 60 (its TOTAL too, so the
  // merge takes it), and December's DPT-HB-Hib vials used typed as 1.
  const argo = generateSample({ seed: 301, year: 2025, kelurahan: 3 });
  argo.fields = { ...argo.fields, kode: 'P3373091', nama: 'Argomulyo' };
  const report = monthlyReport(readWorkbookBytes(await writeWorkbook(sampleSpecs(argo))), options('2026-01-05'));
  const data: DataLaporan = report.model.dataLaporan;
  const damaged: DataLaporan = {
    ...data,
    rows: data.rows.map((r) => {
      if (r.indikator === 'dpt3_kumulatif' && (r.kodeKelurahan === 'K01' || r.kodeKelurahan === TOTAL)) return { ...r, nilai: r.nilai + 60 };
      if (r.indikator === stockIndicator('DPT-HB-HIB', 'dipakai')) return { ...r, nilai: 1 };
      return r;
    }),
  };
  writeFileSync(join(inbox, 'laporan-argomulyo.xlsx'), await writeWorkbook(report.specs.map((s) => (s.name === 'Data Laporan' ? dataLaporanSheetSpec(damaged, formatStampId(damaged.dibuat!)) : s))));
  // Sidomulyo sends only its register workbook: merged as its report, verified against nothing.
  writeFileSync(join(inbox, 'register-sidomulyo.xlsx'), readFileSync('templates/contoh-puskesmas.xlsx'));
  // Last December's report of Argomulyo, with other numbers.
  writeFileSync(join(lastYear, 'laporan-argomulyo-2024-12.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P3373091', { tahun: 2024, bulan: 12, kelurahan: 3 }), 'x')]));
  writeFileSync(join(lastYear, 'laporan-argomulyo-2024-11.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P3373091', { tahun: 2024, bulan: 11, kelurahan: 3 }), 'x')]));
}, 60_000);

/** A sheet's table under its header row (the row whose first cell is `first`). */
function table(path: string, sheet: string, first: string): { rows: string[][]; text: string } {
  const found = readWorkbookBytes(new Uint8Array(readFileSync(path))).sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  const cells = found.rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const header = cells.findIndex((r) => r[0] === first);
  const end = cells.findIndex((r, i) => i > header && r.every((c) => c === ''));
  return { rows: cells.slice(header + 1, end < 0 ? undefined : end), text: cells.map((r) => r.join(' | ')).join('\n') };
}

describe('imunisasi gabung: Kualitas Data Kabupaten and Faktor Verifikasi', () => {
  it('checks every report, and verifies the report of a puskesmas whose register workbook came too', async () => {
    const out = join(dir, 'kab.xlsx');
    const { code, out: printed } = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out, '--tahun-lalu', lastYear]);
    expect(code).toBe(0);
    // The register workbook verifies Tingkir's report; it is no second report of Tingkir.
    expect(printed).toMatch(/3 dari 3 puskesmas digabung/);
    expect(printed).not.toMatch(/lebih dari sekali/);
    expect(printed).toMatch(/Kualitas data: \d+ temuan \(sheet Kualitas Data Kabupaten\); faktor verifikasi untuk Tingkir \(sheet Faktor Verifikasi\)\./);

    const quality = table(out, 'Kualitas Data Kabupaten', 'No');
    const has = (jenis: string, tempat: string, indikator: RegExp) => quality.rows.find((r) => r[1] === jenis && r[2] === tempat && indikator.test(r[3]));
    expect(has('Dosis lanjutan melebihi dosis sebelumnya', 'Argomulyo · Kalicacing (K01)', /^DPT-HB-Hib 2 → DPT-HB-Hib 3$/)).toBeDefined();
    expect(has('Drop-out negatif', 'Argomulyo · Kalicacing (K01)', /DPT-HB-Hib 1 – DPT-HB-Hib 3/)).toBeDefined();
    expect(has('IP melebihi dosis per kemasan (mustahil)', 'Argomulyo', /^DPT-HB-Hib, Desember 2025$/)?.[5]).toMatch(/dosis tidak mungkin diberikan dari 1 kemasan/);
    expect(quality.rows.some((r) => r[1] === 'Jauh berbeda dari tahun lalu' && r[2] === 'Argomulyo')).toBe(true);
    expect(quality.rows.some((r) => r[1] === 'Jauh berbeda dari tahun lalu' && r[2] === 'Tingkir')).toBe(false);
    expect(quality.text).toMatch(/Jauh berbeda dari tahun lalu: \d+ temuan \(1 puskesmas dengan laporan Desember 2024, batas ±33%\)/);
    expect(quality.text).toMatch(/laporan-argomulyo-2024-11\.xlsx berisi laporan November 2024, bukan Desember 2024; tidak dibandingkan/);

    const verification = table(out, 'Faktor Verifikasi', 'Puskesmas');
    expect(verification.text).toMatch(/Tingkir \(P3373090\): register register-tingkir\.xlsx dihitung ulang dan dibandingkan dengan laporan laporan-tingkir\.xlsx \(dibuat 20-12-2025 10:00 WIB\)/);
    const rows = verification.rows.filter((r) => r[0] === 'Tingkir');
    expect(rows.length).toBeGreaterThan(20);
    // The report of 20-12 misses the doses of 21–31 December: the register counts more, and says which rows.
    const differing = rows.filter((r) => r[6] !== 'sama');
    expect(differing.length).toBeGreaterThan(0);
    for (const r of differing) {
      expect(Number(r[4])).toBeGreaterThan(Number(r[3]));
      expect(r[5] === '-' || Number(r[5]) > 1).toBe(true);
      expect(r[7]).toMatch(/Register Bayi baris \d+|Imunisasi Luar baris \d+/);
    }
    expect(differing.some((r) => /^dosis sesudah laporan dibuat \(20-12-2025\): Register Bayi baris \d+/.test(r[7]))).toBe(true);
    // Every agreeing row has factor 1 and nothing to look at.
    for (const r of rows.filter((x) => x[6] === 'sama')) expect([r[5], r[7]]).toEqual(['1', '-']);

    // The district file holds row numbers, never the register's names.
    const everything = readWorkbookBytes(new Uint8Array(readFileSync(out))).sheets.flatMap((s) => s.rows.flat().map(String)).join('\n');
    expect(registerNames.length).toBeGreaterThan(10);
    for (const name of registerNames) expect(everything).not.toContain(name);
  });

  it('--json carries the quality findings and the verification', async () => {
    const { out } = await runCli(['gabung', inbox, '--bulan', '2025-12', '--json']);
    const json = JSON.parse(out) as { kualitasData: { kind: string }[]; faktorVerifikasi: { kode: string; rows: { factor: number | null }[] }[] };
    expect(json.kualitasData.some((f) => f.kind === 'ip_mustahil')).toBe(true);
    // Sidomulyo's register workbook alone is its report, not a verification of itself.
    expect(json.faktorVerifikasi.map((v) => v.kode)).toEqual(['P3373090']);
  });
});
