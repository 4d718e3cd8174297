import { formatMonthId } from '../dates/formatId';
import { Registers } from '../registers/types';
import { yearDoses } from './yearDoses';

/** What a workbook holds for one month: the report says plainly when it is nothing or partial. */
export interface MonthData {
  year: number;
  month: number;
  /** Dose dates in the month, over every person register. */
  registerDoses: number;
  /** Imunisasi Luar rows of the month. */
  luarRows: number;
  /** Stok Vaksin rows of the month. */
  stockRows: number;
}

/**
 * Counts what the registers hold for `month` of `year` (issue 11 item 6: a month without data
 * must not read as a month of 0% coverage, and nothing is said about stock without stock rows).
 *
 * @example monthData(registers, 2027, 3) // { year: 2027, month: 3, registerDoses: 0, luarRows: 0, stockRows: 0 }
 */
export function monthData(registers: Registers, year: number, month: number): MonthData {
  let registerDoses = 0;
  // From the year's doses the report's tallies count (found once per register): slot `month` is that month of `year`.
  for (const sheet of [registers.bayi, registers.bias, registers.wus, registers.caten, registers.bumil]) {
    for (const entries of yearDoses(sheet, year).values()) registerDoses += entries.perSlot[month];
  }
  const luarRows = registers.luar.filter((r) => r.tahun === year && r.bulan === month).length;
  const stockRows = registers.stok.filter((r) => r.tahun === year && r.bulan === month).length;
  return { year, month, registerDoses, luarRows, stockRows };
}

export const isEmptyMonth = (d: MonthData): boolean => d.registerDoses === 0 && d.luarRows === 0 && d.stockRows === 0;

/** The notice every sheet of the month's report carries when the month has no data at all; null otherwise. */
export function emptyMonthNotice(d: MonthData): string | null {
  if (!isEmptyMonth(d)) return null;
  const month = formatMonthId(d.year, d.month);
  return `BELUM ADA DATA ${month.toUpperCase()}: register tidak berisi satu pun tanggal imunisasi di bulan ini, dan sheet Imunisasi Luar serta Stok Vaksin tidak punya baris ${month}. Semua angka bulan ini 0 karena datanya belum diisi, bukan karena tidak ada kegiatan. Isi register lalu buat ulang laporan.`;
}

/** The notice of the stock sheets when the month has no Stok Vaksin row; null when it has some. */
export function noStockNotice(d: MonthData): string | null {
  if (d.stockRows > 0) return null;
  return `Sheet Stok Vaksin belum berisi baris untuk ${formatMonthId(d.year, d.month)}: stok, IP bulan ini dan kecukupan stok tidak dinilai. Tambahkan baris stok bulan itu lalu buat ulang laporan.`;
}
