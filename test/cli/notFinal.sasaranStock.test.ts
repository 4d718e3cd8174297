import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { Cell, RawSheet } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { runCli } from '../helpers/cli';

/*
 * Errors in the Kelurahan sheet's sasaran cells and in Stok Vaksin rows block the figures they
 * feed, through the real CLI and real xlsx files: a coverage, desa status, rank, UCI or vaccine
 * need made from a broken sasaran reads "tidak dapat dihitung" at that kelurahan and in the
 * totals (the doses themselves stay), and a broken stock cell blocks that vaccine's stock, IP
 * and wastage (an earlier month's row: only the cumulative ones). The reason names the sheet,
 * the column and the row.
 */
const CONTOH = 'templates/contoh-puskesmas.xlsx';
const NOT_COMPUTABLE = 'tidak dapat dihitung';
const dir = mkdtempSync(join(tmpdir(), 'sasaran-stok-'));
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));

/** The cell under `header` in the row whose `labelColumn` reads `label`, in the first table after the row starting `section`. */
function cellAt(sheet: RawSheet, section: string, header: string, label: string, labelColumn = 2, nth = 0): Cell | undefined {
  const start = sheet.rows.findIndex((r) => text(r[0]).startsWith(section));
  if (start < 0) throw new Error(`No section ${section} on ${sheet.name}`);
  const headerRow = sheet.rows.findIndex((r, i) => i > start && r.some((c) => text(c) === header));
  const col = sheet.rows[headerRow].map(text).reduce<number[]>((at, c, i) => (c === header ? [...at, i] : at), [])[nth];
  const row = sheet.rows.find((r, i) => i > headerRow && text(r[labelColumn]) === label);
  if (!row) throw new Error(`No row ${label} under ${section} on ${sheet.name}`);
  return row[col];
}

describe('a broken sasaran or stock cell blocks what it feeds (laporan, real xlsx)', () => {
  const input = join(dir, 'rusak.xlsx');
  const out = join(dir, 'laporan.xlsx');
  let run: { code: number; out: string; err: string };
  let sheet: (name: string) => RawSheet;
  beforeAll(async () => {
    const wb = XLSX.read(readFileSync(CONTOH), { type: 'buffer' });
    // Kelurahan row 5 (K02 Mangunsari): Sasaran Bayi unreadable.
    wb.Sheets.Kelurahan.E5 = { t: 's', v: 'belum tahu' };
    // Stok Vaksin: December's BCG "Dipakai" and February's HB0 "Dipakai" unreadable.
    const stok = wb.Sheets['Stok Vaksin'];
    const rows = XLSX.utils.sheet_to_json<Cell[]>(stok, { header: 1 });
    const rowOf = (bulan: number, kode: string) => rows.findIndex((r) => r[0] === 2025 && r[1] === bulan && r[2] === kode) + 1;
    stok[`F${rowOf(12, 'BCG')}`] = { t: 's', v: 'dua belas' };
    stok[`F${rowOf(2, 'HB0')}`] = { t: 's', v: 'empat tujuh' };
    writeFileSync(input, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    run = await runCli(['laporan', input, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', out, '--terpisah']);
    const book = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    sheet = (name) => book.sheets.find((s) => s.name === name)!;
  });

  it('is written, BELUM FINAL, exit code 5', () => {
    expect(run.code).toBe(5);
    expect(run.out).toMatch(/^BELUM FINAL: 3 error di register/);
    expect(run.out).toMatch(/Tidak dapat dihitung: .*Sasaran bayi \(error di Kelurahan kolom "Sasaran Bayi" baris 5\)/);
  });

  it('PWS: Mangunsari\'s sasaran, coverage, status and every rank are blocked; its doses and Kalicacing\'s coverage stay', () => {
    const pws = sheet('PWS Imunisasi');
    // The DPT-HB-Hib 1 block, wherever the schedule puts it.
    const block = text(pws.rows.find((r) => /^\d+\. DPT-HB-Hib 1 —/.test(text(r[0])))?.[0]);
    expect(cellAt(pws, block, 'Sasaran', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, block, '%', 'Mangunsari', 2, 2)).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, block, 'Status desa', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, block, 'Peringkat', 'Kalicacing')).toBe(NOT_COMPUTABLE);
    expect(cellAt(pws, block, 'Jml', 'Mangunsari', 2, 2)).toBe(151);
    expect(typeof cellAt(pws, block, '%', 'Kalicacing', 2, 2)).toBe('number');
    expect(cellAt(pws, block, '%', 'Jumlah puskesmas', 2, 2)).toBe(NOT_COMPUTABLE);
    // The target line does not depend on the sasaran.
    expect(typeof cellAt(pws, block, 'Garis target', 'Mangunsari')).toBe('number');
    expect(pws.rows.some((r) => /^Sel "tidak dapat dihitung" \(merah\).*Sasaran bayi: error di Kelurahan kolom "Sasaran Bayi" baris 5/.test(text(r[0])))).toBe(true);
  });

  it('Laporan Imunisasi: coverage (D), IDL % and UCI (E) of Mangunsari and of the puskesmas blocked; its cumulative doses (C) stay', () => {
    const lap = sheet('Laporan Imunisasi');
    expect(cellAt(lap, 'D.', 'BCG', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(cellAt(lap, 'D.', 'BCG', 'Jumlah puskesmas')).toBe(NOT_COMPUTABLE);
    expect(typeof cellAt(lap, 'D.', 'BCG', 'Kalicacing')).toBe('number');
    expect(typeof cellAt(lap, 'C.', 'BCG', 'Mangunsari')).toBe('number');
    expect(cellAt(lap, 'C.', 'Sasaran Bayi', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(cellAt(lap, 'E.', '%', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(cellAt(lap, 'E.', 'UCI', 'Mangunsari')).toBe(NOT_COMPUTABLE);
    expect(['Ya', 'Tidak']).toContain(cellAt(lap, 'E.', 'UCI', 'Kalicacing'));
  });

  it('Pemantauan Vaksin: BCG\'s December stock, IP and wastage blocked; HB0\'s month stays, its cumulative IP does not', () => {
    const stock = sheet('Pemantauan Vaksin');
    const row = (kode: string) => {
      const header = stock.rows.findIndex((r) => r.some((c) => text(c) === 'Stok awal'));
      const names = stock.rows[header].map(text);
      const r = stock.rows.find((x) => x[1] === kode)!;
      return (name: string, nth = 0) => r[names.reduce<number[]>((at, c, i) => (c === name ? [...at, i] : at), [])[nth]];
    };
    const bcg = row('BCG');
    expect([bcg('Dipakai'), bcg('IP'), bcg('Wastage'), bcg('Stok akhir hitung'), bcg('Selisih')]).toEqual(Array(5).fill(NOT_COMPUTABLE));
    expect(bcg('Stok awal')).toBe(26);
    const hb0 = row('HB0');
    expect(hb0('Dipakai')).toBe(38);
    expect(typeof hb0('IP')).toBe('number');
    expect([hb0('IP', 1), hb0('Wastage', 1), hb0('Vial dipakai'), hb0('Rata-rata vial per bulan')]).toEqual(Array(4).fill(NOT_COMPUTABLE));
    // Each vaccine's reason names its own row only.
    const note = text(stock.rows.find((r) => text(r[0]).startsWith('Sel "tidak dapat dihitung"'))?.[0]);
    expect(note).toMatch(/Vial dipakai BCG: error di Stok Vaksin kolom "Dipakai" baris 27 ·/);
    expect(note).toMatch(/Vial dipakai sejak Januari HB0: error di Stok Vaksin kolom "Dipakai" baris 5 ·/);
  });

  it('Kebutuhan Vaksin: contacts of a sasaran bayi dose, and the need made from them, blocked; those of pupils stay', () => {
    const need = sheet('Kebutuhan Vaksin');
    const contact = (dose: string) => need.rows.find((r) => r[3] === dose)!;
    expect([contact('BCG bayi')[5], contact('BCG bayi')[7]]).toEqual([NOT_COMPUTABLE, NOT_COMPUTABLE]);
    expect(contact('DT kelas 1 (BIAS)')[7]).toBe(128);
    const b = need.rows.findIndex((r) => text(r[0]).startsWith('B.'));
    const bcg = need.rows.find((r, i) => i > b && r[1] === 'BCG')!;
    expect([bcg[3], bcg[6], bcg[8]]).toEqual([NOT_COMPUTABLE, NOT_COMPUTABLE, NOT_COMPUTABLE]);
  });

  it('Data Laporan: Mangunsari\'s pairs measured against sasaran bayi and BCG\'s December use listed as not computable, with the reason', () => {
    const data = readDataLaporan(sheet('Data Laporan'));
    if (!data.ok) throw new Error(JSON.stringify(data.findings));
    const listed = new Map(data.data.tidakDapatDihitung.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, r.alasan]));
    expect(listed.get('K02|bcg_kumulatif')).toMatch(/error di Kelurahan kolom "Sasaran Bayi" baris 5/);
    expect(listed.get('TOTAL|bcg_kumulatif')).toMatch(/Sasaran Bayi/);
    expect(listed.get('TOTAL|stok.BCG.dipakai')).toMatch(/error di Stok Vaksin kolom "Dipakai" baris \d+/);
    expect(data.data.rows.find((r) => r.kodeKelurahan === 'K01' && r.indikator === 'bcg_kumulatif')?.sasaran).toBe(125);
    expect(data.data.rows.find((r) => r.indikator === 'stok.HB0.dipakai')?.nilai).toBe(38);
    // Sasaran bumil and WUS of Mangunsari are typed: its Td/TT figures stay.
    expect(listed.has('K02|wus_t1_kumulatif')).toBe(false);
  });
});

describe('a blank sasaran (laporan --json, real xlsx)', () => {
  type Json = { laporan: { tidakDapatDihitung: { kodeKelurahan: string; indikator: string; alasan: string }[] }; data: { kodeKelurahan: string; indikator: string; sasaran: number | null }[] };
  const run = async (name: string, edit: (ws: XLSX.WorkSheet) => void): Promise<Json> => {
    const wb = XLSX.read(readFileSync(CONTOH), { type: 'buffer' });
    edit(wb.Sheets.Kelurahan);
    const file = join(dir, name);
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { code, out } = await runCli(['laporan', file, '--bulan', '2025-12', '--tanggal', '2026-01-05', '--json']);
    expect(code).toBe(5);
    return JSON.parse(out) as Json;
  };

  it('with the population there, follows the denominator rule (1,75% × penduduk): nothing blocked', async () => {
    const json = await run('bayi-kosong.xlsx', (ws) => delete ws.E6);
    expect(json.laporan.tidakDapatDihitung).toEqual([]);
    expect(json.data.find((r) => r.kodeKelurahan === 'K03' && r.indikator === 'bcg_kumulatif')?.sasaran).toBe(Math.round(4174 * 0.0175));
  });

  it('without the population too, blocks what is measured against it there and in the total, naming the row', async () => {
    const json = await run('bayi-penduduk-kosong.xlsx', (ws) => {
      delete ws.D6;
      delete ws.E6;
    });
    const listed = new Map(json.laporan.tidakDapatDihitung.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, r.alasan]));
    expect(listed.get('K03|bcg_kumulatif')).toMatch(/error di Kelurahan kolom "Sasaran Bayi" baris 6/);
    expect(listed.has('TOTAL|bcg_kumulatif')).toBe(true);
    expect(listed.has('K01|bcg_kumulatif')).toBe(false);
  });
});
