import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { Cell, RawSheet } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { runCli } from '../helpers/cli';

/*
 * Issue 11, "No silent wrong figure", through the real CLI and real xlsx files: a figure whose
 * inputs are missing or broken reads "tidak dapat dihitung" with its reason, a report made
 * from registers with errors says BELUM FINAL on every sheet and in its Data Laporan, and the
 * Dinkes merge marks such puskesmas and never sums what it cannot trust.
 */
const CONTOH = 'templates/contoh-puskesmas.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'belum-final-'));
const REPORT_SHEETS = ['Laporan Imunisasi', 'PWS Imunisasi', 'Grafik PWS', 'Pemantauan Vaksin', 'Kebutuhan Vaksin', 'Laporan BIAS', 'Data Laporan'];
const NOT_COMPUTABLE = 'tidak dapat dihitung';

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));
/** The cell in the row whose `labelColumn` reads `label`, under the header `header`, in the first table after the section starting `section`. */
function cellAt(sheet: RawSheet, section: string, header: string, label: string, labelColumn = 2): Cell | undefined {
  const start = sheet.rows.findIndex((r) => text(r[0]).startsWith(section));
  if (start < 0) throw new Error(`No section ${section} on ${sheet.name}`);
  const headerRow = sheet.rows.findIndex((r, i) => i > start && r.some((c) => text(c) === header));
  const col = sheet.rows[headerRow].findIndex((c) => text(c) === header);
  const row = sheet.rows.find((r, i) => i > headerRow && text(r[labelColumn]) === label);
  return row?.[col];
}
const sheetOf = (bytes: Uint8Array, name: string) => readWorkbookBytes(bytes).sheets.find((s) => s.name === name)!;

describe('no silent wrong figure (issue 11)', () => {
  // The Why case: Register Bayi's header "DPT-HB-Hib 3" mistyped as "DTP-HB-Hib 3".
  const mistyped = join(dir, 'salah-ketik.xlsx');
  const report = join(dir, 'laporan-salah-ketik.xlsx');
  beforeAll(() => {
    const wb = XLSX.read(readFileSync(CONTOH), { type: 'buffer' });
    const ws = wb.Sheets['Register Bayi'];
    const at = Object.keys(ws).find((a) => !a.startsWith('!') && ws[a].v === 'DPT-HB-Hib 3')!;
    ws[at] = { t: 's', v: 'DTP-HB-Hib 3' };
    writeFileSync(mistyped, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  });

  it('laporan: DPT-HB-Hib 3 and its drop-out read "tidak dapat dihitung" with the reason, never 7,8% and 90,6%; every sheet says BELUM FINAL', async () => {
    const { code, out, err } = await runCli(['laporan', mistyped, '--bulan', '2025-12', '-o', report]);
    // Written, but not final: its own exit code and one line saying so.
    expect(code).toBe(5);
    expect(err).toMatch(/^BELUM FINAL \(kode keluar 5\): laporan ditulis, tetapi register berisi 1 error dan \d+ indikator ditandai "tidak dapat dihitung"/m);
    // The sample's clean DPT-HB-Hib 3 coverage and drop-out 1→3 (seed 1 with RV and IPV 2 drawn too).
    expect(out).not.toMatch(/7,8%|90,6%/);
    expect(out).toMatch(/^BELUM FINAL: 1 error di register/);
    expect(out).toMatch(/Polio 4 90,2%, DPT-HB-Hib 1 98,3%, DPT-HB-Hib 3 tidak dapat dihitung, MR 1/);
    expect(out).toMatch(/Drop-out DPT-HB-Hib 1→3: tidak dapat dihitung; DPT-HB-Hib 1→MR 1: 11,5% \(tinggi\)/);
    expect(out).toMatch(/Tidak dapat dihitung: DPT-HB-Hib 3 \(kolom "DPT-HB-Hib 3" tidak ada di Register Bayi\)/);

    const bytes = new Uint8Array(readFileSync(report));
    for (const name of REPORT_SHEETS) {
      const sheet = sheetOf(bytes, name);
      expect([name, sheet.rows.some((r) => text(r[0]).startsWith('BELUM FINAL: 1 error di register'))]).toEqual([name, true]);
    }
    const laporan = sheetOf(bytes, 'Laporan Imunisasi');
    // C (cumulative doses) and D (coverage) of the puskesmas, E (drop-out): blocked, the rest as before.
    expect(cellAt(laporan, 'C.', 'DPT-HB-Hib 3', 'Jumlah puskesmas')).toBe(NOT_COMPUTABLE);
    expect(cellAt(laporan, 'D.', 'DPT-HB-Hib 3', 'Jumlah puskesmas')).toBe(NOT_COMPUTABLE);
    expect(cellAt(laporan, 'D.', 'DPT-HB-Hib 1', 'Jumlah puskesmas')).toBeCloseTo(0.983, 3);
    expect(cellAt(laporan, 'E.', 'DPT-HB-Hib 3', 'Jumlah puskesmas')).toBe(NOT_COMPUTABLE);
    const dropOut = laporan.rows.find((r, i) => i > laporan.rows.findIndex((x) => text(x[0]).startsWith('E.')) && text(r[2]) === 'Jumlah puskesmas')!;
    expect(dropOut.slice(6, 10)).toEqual([NOT_COMPUTABLE, NOT_COMPUTABLE, expect.closeTo(0.115, 3), 'Tinggi']);
    // The reason stands under the banner.
    expect(laporan.rows.some((r) => /^Sel "tidak dapat dihitung" \(merah\).*DPT-HB-Hib 3: kolom "DPT-HB-Hib 3" tidak ada di Register Bayi/.test(text(r[0])))).toBe(true);
    const pws = sheetOf(bytes, 'PWS Imunisasi');
    expect(cellAt(pws, '5. DPT-HB-Hib 3', '%', 'Jumlah puskesmas')).toBe(NOT_COMPUTABLE);
    // The DPT-HB-Hib doses given this year (and so the vaccine's IP) lack DPT-HB-Hib 3.
    const stock = sheetOf(bytes, 'Pemantauan Vaksin');
    const dpt = stock.rows.find((r) => r[1] === 'DPT-HB-HIB')!;
    expect(dpt.filter((c) => c === NOT_COMPUTABLE).length).toBe(8);
    expect(stock.rows.find((r) => r[1] === 'BCG')!.includes(NOT_COMPUTABLE)).toBe(false);

    const data = readDataLaporan(sheetOf(bytes, 'Data Laporan'));
    if (!data.ok) throw new Error(JSON.stringify(data.findings));
    expect(data.data.version).toBe(2);
    expect(data.data.jumlahError).toBe(1);
    expect(data.data.rows.filter((r) => r.indikator.startsWith('dpt3'))).toEqual([]);
    expect(data.data.tidakDapatDihitung.filter((r) => r.kodeKelurahan === 'TOTAL').map((r) => r.indikator).sort()).toEqual(['dpt3', 'dpt3_kumulatif', 'idl', 'idl_kumulatif', 'irl', 'irl_kumulatif', 'desa_uci', 'stok.DPT-HB-HIB.dosis'].sort());
    expect(data.data.tidakDapatDihitung.find((r) => r.indikator === 'dpt3_kumulatif')!.alasan).toMatch(/kolom "DPT-HB-Hib 3" tidak ada di Register Bayi/);
  });

  it('gabung on that report: a REPORT_NOT_FINAL finding, the puskesmas marked, and no district total made from the missing figure', async () => {
    const kab = join(dir, 'kab-salah-ketik.xlsx');
    const { code, out, err } = await runCli(['gabung', report, '--bulan', '2025-12', '-o', kab, '--json']);
    expect(code).toBe(5);
    expect(err).toMatch(/^BELUM FINAL \(kode keluar 5\): laporan kabupaten\/kota ditulis, tetapi laporan Sidomulyo belum final/m);
    const json = JSON.parse(out) as { temuan: { code: string; file: string; message: string }[]; puskesmas: { belumFinal: boolean; indikator: Record<string, unknown> }[]; total: Record<string, unknown>; totalTidakDapatDihitung: Record<string, string> };
    expect(json.temuan.map((f) => f.code)).toEqual(['REPORT_NOT_FINAL']);
    expect(json.temuan[0].message).toMatch(/^laporan-salah-ketik\.xlsx: laporan Sidomulyo \(P3373020101\) BELUM FINAL: 1 error di register; tidak dapat dihitung .*dpt3_kumulatif \(kolom "DPT-HB-Hib 3" tidak ada di Register Bayi\)/);
    expect(json.puskesmas[0].belumFinal).toBe(true);
    expect(json.total.dpt3_kumulatif).toBeUndefined();
    expect(json.total.dpt1_kumulatif).toBeDefined();
    expect(json.totalTidakDapatDihitung.dpt3_kumulatif).toBe('tidak dapat dihitung di Sidomulyo');

    const bytes = new Uint8Array(readFileSync(kab));
    const pws = sheetOf(bytes, 'PWS Kabupaten');
    expect(cellAt(pws, 'PEMANTAUAN', 'DPT-HB-Hib 3 %', 'Sidomulyo (BELUM FINAL)', 0)).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, 'PEMANTAUAN', 'DPT-HB-Hib 3 %', 'JUMLAH KABUPATEN/KOTA', 0)).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, 'PEMANTAUAN', 'DPT-HB-Hib 1 %', 'JUMLAH KABUPATEN/KOTA', 0)).toBeCloseTo(0.983, 3);
    const uci = sheetOf(bytes, 'UCI & Drop Out');
    expect(cellAt(uci, 'DESA', 'DO DPT1→DPT3', 'JUMLAH KABUPATEN/KOTA', 0)).toBe(NOT_COMPUTABLE);
    expect(pws.rows[4][0]).toMatch(/^BELUM FINAL: 1 dari 1 puskesmas/);
    const kelengkapan = sheetOf(bytes, 'Kelengkapan & Ketepatan');
    expect(kelengkapan.rows.find((r) => r[0] === 'P3373020101')?.[2]).toBe('Diterima, belum final');
  });

  it('gabung on a register workbook with many errors (the sample with every injected problem): findings by file, puskesmas marked', async () => {
    const sample = generateSample({ seed: 1, year: 2025, kelurahan: 3 });
    const injected = injectErrors(sample);
    const file = join(dir, 'register-rusak.xlsx');
    writeFileSync(file, await writeWorkbook(sampleSpecs(sample)));
    const kab = join(dir, 'kab-register-rusak.xlsx');
    const { code, out } = await runCli(['gabung', file, '--bulan', '2025-12', '-o', kab, '--json']);
    expect(code).toBe(5);
    const json = JSON.parse(out) as { temuan: { code: string; message: string }[]; puskesmas: { nama: string; belumFinal: boolean; jumlahError: number; tidakDapatDihitung: Record<string, string> }[] };
    // HEADER_NEAR_MISS (an optional column's header misspelt) is injected as a warning, not an error.
    const errors = injected.filter((f) => f.code !== 'HEADER_NEAR_MISS').length;
    expect(json.puskesmas).toHaveLength(1);
    expect(json.puskesmas[0].belumFinal).toBe(true);
    expect(json.puskesmas[0].jumlahError).toBeGreaterThanOrEqual(errors - 5);
    const notFinal = json.temuan.find((f) => f.code === 'REPORT_NOT_FINAL')!;
    expect(notFinal.message).toMatch(/^register-rusak\.xlsx: laporan .* BELUM FINAL: \d+ error di register; antara lain /);
    // Register Caten is missing and Register Bayi lost its last column (MR 2): those figures are not computable.
    expect(Object.keys(json.puskesmas[0].tidakDapatDihitung)).toEqual(expect.arrayContaining(['mr2_kumulatif', 'caten_t1_kumulatif']));
    expect(notFinal.message).not.toMatch(/\d{16}/);
    const bytes = new Uint8Array(readFileSync(kab));
    expect(sheetOf(bytes, 'PWS Kabupaten').rows.some((r) => /\(BELUM FINAL\)$/.test(text(r[0])))).toBe(true);
    expect(sheetOf(bytes, 'Kelengkapan & Ketepatan').rows.some((r) => r[2] === 'Diterima, belum final')).toBe(true);
  });

  it('gabung still merges a Data Laporan of format version 1 (test/fixtures, written before version 2), with an OLD_FORMAT warning', async () => {
    const { code, out } = await runCli(['gabung', 'test/fixtures/data-laporan-v1.xlsx', '--bulan', '2025-12', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { diterima: number; temuan: { code: string; severity: string; message: string }[]; total: Record<string, { nilai: number }> };
    expect(json.diterima).toBe(1);
    expect(json.temuan.map((f) => [f.code, f.severity])).toEqual([['OLD_FORMAT', 'warning']]);
    expect(json.temuan[0].message).toMatch(/^data-laporan-v1\.xlsx: Data Laporan: laporan dalam format versi 1 \(add-in versi lama\)/);
    expect(json.total.bcg_kumulatif.nilai).toBeGreaterThan(0);
  });
});
