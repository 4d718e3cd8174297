import { IsoDate, monthOf, yearOf } from '../dates/isoDate';
import { Registers } from '../registers/types';

/**
 * The latest month, up to the reference date, in which the workbook recorded anything (a dose
 * in a register, an Imunisasi Luar row, a stock row): the month a report is usually wanted for
 * when none is named. Null when the workbook holds no dated data.
 */
export function latestDataMonth(registers: Registers, today: IsoDate): { year: number; month: number } | null {
  const limit = yearOf(today) * 12 + monthOf(today);
  let best = -1;
  const consider = (year: number | null, month: number | null) => {
    if (year === null || month === null) return;
    const n = year * 12 + month;
    if (n <= limit && n > best) best = n;
  };
  for (const sheet of [registers.bayi, registers.bias, registers.wus, registers.caten, registers.bumil]) {
    for (const row of sheet) for (const date of Object.values(row.doses)) consider(yearOf(date), monthOf(date));
  }
  for (const row of registers.luar) consider(row.tahun, row.bulan);
  for (const row of registers.stok) consider(row.tahun, row.bulan);
  if (best < 0) return null;
  // n = year × 12 + month with month 1–12, so December is the next year's multiple of 12.
  return { year: Math.floor((best - 1) / 12), month: ((best - 1) % 12) + 1 };
}
