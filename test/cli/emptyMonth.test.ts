import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { runCli } from '../helpers/cli';
import { handmadeBytes } from '../helpers/handmadeWorkbook';

/**
 * Issue 11 item 6: a month with no data gave a report of 0% everywhere that still said "Stok
 * setiap vaksin cukup untuk sebulan atau lebih" with no stock row for that month. Now the
 * report says plainly that the month has no data, and says nothing about stock without stock rows.
 */
const dir = mkdtempSync(join(tmpdir(), 'bulan-kosong-'));
const CONTOH = 'templates/contoh-puskesmas.xlsx';
const BUILT_SHEETS = ['Laporan Imunisasi', 'PWS Imunisasi', 'Grafik PWS', 'Pemantauan Vaksin', 'Kebutuhan Vaksin', 'Laporan BIAS'];

/** Row 5 of each generated sheet (under the report's description; row 6 under a BELUM FINAL banner), by sheet. */
function noticeRows(file: string): Record<string, unknown> {
  const wb = readWorkbookBytes(new Uint8Array(readFileSync(file)));
  const notice = (rows: unknown[][]) => {
    const row = String(rows[4]?.[0] ?? '').startsWith('BELUM FINAL') ? 5 : 4;
    return rows[row]?.[0] ?? null;
  };
  return Object.fromEntries(BUILT_SHEETS.map((name) => [name, notice(wb.sheets.find((s) => s.name === name)!.rows)]));
}

describe('a month without data, or without stock rows', () => {
  it('a month with no data at all: every sheet and the summary say so; no word on stock sufficiency', async () => {
    const out = join(dir, 'kosong.xlsx');
    const { code, out: printed } = await runCli(['laporan', CONTOH, '--bulan', '2027-03', '--tanggal', '2027-04-05', '-o', out]);
    expect(code).toBe(0);
    expect(printed).toMatch(/Belum ada data Maret 2027: tidak ada tanggal imunisasi di register, baris Imunisasi Luar maupun baris Stok Vaksin bulan ini/);
    expect(printed).not.toMatch(/Stok setiap vaksin cukup/);
    expect(printed).not.toMatch(/Stok vaksin cukup kurang/);
    expect(printed).toMatch(/Stok vaksin: belum ada baris Stok Vaksin untuk Maret 2027, sehingga kecukupan stok tidak dinilai\./);
    expect(printed).toMatch(/Status desa DPT-HB-Hib 1: tidak dinilai/);
    for (const [sheet, notice] of Object.entries(noticeRows(out))) expect([sheet, notice]).toEqual([sheet, expect.stringMatching(/^BELUM ADA DATA MARET 2027: .*Semua angka bulan ini 0 karena datanya belum diisi/)]);
  });

  it('a month with data has no notice, and its stock line speaks of its stock rows', async () => {
    const out = join(dir, 'penuh.xlsx');
    const { out: printed } = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', out]);
    expect(printed).not.toMatch(/Belum ada data/);
    expect(printed).toMatch(/Stok vaksin cukup kurang dari sebulan: HB0, DPT-HB-HIB/);
    for (const notice of Object.values(noticeRows(out))) expect(String(notice)).not.toMatch(/^(BELUM ADA DATA|Sheet Stok Vaksin belum berisi)/);
  });

  it('doses but no stock row for the month: only the stock sheet says stock is not judged', async () => {
    const file = join(dir, 'buatan.xlsx');
    writeFileSync(file, handmadeBytes());
    const out = join(dir, 'januari.xlsx');
    // The hand-made puskesmas has doses in January 2025 and stock rows from February only.
    const { out: printed } = await runCli(['laporan', file, '--bulan', '2025-01', '--tanggal', '2025-04-30', '-o', out]);
    expect(printed).not.toMatch(/Belum ada data/);
    expect(printed).toMatch(/Stok vaksin: belum ada baris Stok Vaksin untuk Januari 2025, sehingga kecukupan stok tidak dinilai\./);
    const notices = noticeRows(out);
    expect(notices['Pemantauan Vaksin']).toMatch(/^Sheet Stok Vaksin belum berisi baris untuk Januari 2025: stok, IP bulan ini dan kecukupan stok tidak dinilai/);
    expect(notices['Laporan Imunisasi']).toBeNull();
  });

  it('stock rows for some vaccines only: no claim about the others', async () => {
    const file = join(dir, 'buatan-2.xlsx');
    writeFileSync(file, handmadeBytes());
    // February 2025: one stock row (BCG, 5 vials left at 3 a month).
    const { out: printed } = await runCli(['laporan', file, '--bulan', '2025-02', '--tanggal', '2025-04-30', '--terpisah', '-o', join(dir, 'februari.xlsx')]);
    expect(printed).not.toMatch(/Stok setiap vaksin cukup/);
    expect(printed).toMatch(/Stok vaksin yang tercatat cukup untuk sebulan atau lebih\. Tidak dinilai \(tanpa baris stok Februari 2025 atau tanpa stok akhir\/pemakaian\): 02, 03, 04, 05, 06, 07\./);
  });
});
