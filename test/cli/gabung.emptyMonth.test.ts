import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, RawSheet } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { runCli } from '../helpers/cli';

/*
 * A puskesmas report of a month with no data says "BELUM ADA DATA" on its sheets, but its Data
 * Laporan carries only zeros. At Dinkes those zeros must not pass as a month without activity:
 * gabung names the file in an EMPTY_MONTH warning (and only that file), marks the puskesmas in
 * every district sheet and in Kelengkapan, and never sums its zeros into a district total.
 */
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));
const NOT_COMPUTABLE = 'tidak dapat dihitung';
/** The cells of the row whose first cell reads `label`, keyed by the table's header. */
function rowOf(sheet: RawSheet, label: string): Record<string, Cell> {
  const headerRow = sheet.rows.findIndex((r) => text(r[0]) === 'Puskesmas' || text(r[1]) === 'Puskesmas');
  const header = sheet.rows[headerRow].map(text);
  const row = sheet.rows.find((r, i) => i > headerRow && (text(r[0]) === label || text(r[1]) === label));
  if (!row) throw new Error(`No row ${label} on ${sheet.name}: ${sheet.rows.map((r) => text(r[0])).join(' | ')}`);
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

describe('gabung: a report of a month without data is named and never summed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gabung-kosong-'));
  const empty = join(dir, 'sidomulyo-maret.xlsx');
  const other = join(dir, 'p09.xlsx');
  const kab = join(dir, 'kab-maret.xlsx');
  let json: {
    diterima: number;
    belumFinal: boolean;
    temuan: { code: string; file: string; message: string }[];
    puskesmas: { nama: string; bulanKosong: boolean; indikator: Record<string, { nilai: number }>; tidakDapatDihitung: Record<string, string> }[];
    total: Record<string, { nilai: number; sasaran: number | null }>;
    totalTidakDapatDihitung: Record<string, string>;
  };
  let code: number;
  let err: string;
  beforeAll(async () => {
    const made = await runCli(['laporan', 'templates/contoh-puskesmas.xlsx', '--bulan', '2027-03', '--tanggal', '2027-04-05', '-o', empty, '--terpisah']);
    expect(made.code).toBe(0);
    writeFileSync(other, await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P09', { tahun: 2027, bulan: 3, dibuat: '2027-04-05T09:00:00+07:00' }), 'x')]));
    const run = await runCli(['gabung', empty, other, '--bulan', '2027-03', '-o', kab, '--json']);
    ({ code, err } = run);
    json = JSON.parse(run.out);
  });

  it('warns about the empty report, not about a report with data', () => {
    expect(json.diterima).toBe(2);
    const warned = json.temuan.filter((f) => f.code === 'EMPTY_MONTH');
    expect(warned.map((f) => f.file)).toEqual(['sidomulyo-maret.xlsx']);
    expect(warned[0].message).toMatch(/sidomulyo-maret\.xlsx: laporan Sidomulyo \(P3373020101\) untuk Maret 2027 tidak berisi satu pun dosis maupun baris stok vaksin/);
    expect(warned[0].message).toMatch(/tidak dijumlahkan ke total kabupaten\/kota/);
  });

  it('its zeros are not summed: every district total it would feed is "tidak dapat dihitung", naming it; the number of desa still adds up', () => {
    const [sidomulyo, p09] = [json.puskesmas.find((p) => p.nama === 'Sidomulyo')!, json.puskesmas.find((p) => p.nama !== 'Sidomulyo')!];
    expect(sidomulyo.bulanKosong).toBe(true);
    expect(p09.bulanKosong).toBe(false);
    expect(p09.indikator.bcg_kumulatif.nilai).toBeGreaterThan(0);
    for (const name of ['bcg', 'bcg_kumulatif', 'dpt3_kumulatif', 'idl_kumulatif', 'bumil_t1', 'bias_dt_k1']) {
      expect([name, json.total[name]]).toEqual([name, undefined]);
      expect([name, json.totalTidakDapatDihitung[name]]).toEqual([name, 'tidak dapat dihitung di Sidomulyo (bulan kosong)']);
      expect(sidomulyo.tidakDapatDihitung[name]).toMatch(/^tidak dapat dihitung: bulan kosong/);
    }
    expect(json.total.desa.nilai).toBe(sidomulyo.indikator.desa.nilai + p09.indikator.desa.nilai);
    expect(json.belumFinal).toBe(true);
  });

  it('exit code 5 with one line saying the district report is not final, and why', () => {
    expect(code).toBe(5);
    expect(err).toMatch(/^BELUM FINAL \(kode keluar 5\): laporan kabupaten\/kota ditulis, tetapi laporan Sidomulyo bulan kosong; total yang memerlukannya ditandai "tidak dapat dihitung"\.$/m);
  });

  it('the district sheets mark it: "(BULAN KOSONG)" beside its name, its figures and the totals "tidak dapat dihitung", "Diterima, bulan kosong" in Kelengkapan', () => {
    const book = readWorkbookBytes(new Uint8Array(readFileSync(kab)));
    const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;
    const pws = sheet('PWS Kabupaten');
    expect(text(pws.rows[4][0])).toMatch(/^BELUM FINAL: 1 dari 2 puskesmas mengirim laporan bulan kosong tanpa dosis maupun stok vaksin \(ditandai "\(BULAN KOSONG\)"\)/);
    const line = rowOf(pws, 'Sidomulyo (BULAN KOSONG)');
    expect([line['BCG bulan ini'], line['BCG kumulatif'], line['BCG %']]).toEqual([NOT_COMPUTABLE, NOT_COMPUTABLE, NOT_COMPUTABLE]);
    const total = rowOf(pws, 'JUMLAH KABUPATEN/KOTA');
    expect([total['BCG kumulatif'], total['IDL %']]).toEqual([NOT_COMPUTABLE, NOT_COMPUTABLE]);
    expect(rowOf(sheet('UCI & Drop Out'), 'JUMLAH KABUPATEN/KOTA')['Desa UCI']).toBe(NOT_COMPUTABLE);
    expect(rowOf(sheet('TT Bumil Kabupaten'), 'Sidomulyo (BULAN KOSONG)')['T1 kumulatif']).toBe(NOT_COMPUTABLE);
    const kelengkapan = sheet('Kelengkapan & Ketepatan');
    expect(kelengkapan.rows.find((r) => r[0] === 'P3373020101')?.[2]).toBe('Diterima, bulan kosong');
    expect(kelengkapan.rows.find((r) => r[0] === 'P09')?.[2]).toBe('Diterima');
    expect(text(kelengkapan.rows.find((r) => r[0] === 'Kelengkapan')?.[1])).toMatch(/^2 dari 2 \(100,0%\); 1 di antaranya bulan kosong/);
  });
});
