import { dayOf, IsoDate, monthOf, yearOf } from '../dates/isoDate';
import { clockReading } from '../dates/zoneClock';
import { DEADLINE_DAY } from '../merge/deadline';
import { Zone } from '../read/cellValue';
import { Month } from '../dates/month';
import { Registers } from '../registers/types';

/**
 * The latest month, up to the reference date, in which the workbook recorded anything (a dose
 * in a register, an Imunisasi Luar row, a stock row): the month a report is usually wanted for
 * when none is named. Null when the workbook holds no dated data.
 */
export function latestDataMonth(registers: Registers, today: IsoDate): Month | null {
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

/**
 * The month a front door offers first at an instant, on the clock of a zone: the monthly
 * report is due by the 10th of the next month (DEADLINE_DAY; DOMAIN.md "Who and where"), so
 * until then it is last month, afterwards this month. Every door (pane, page) asks this.
 */
export function defaultReportPeriod(instant: number, zone: Zone): Month {
  const { today } = clockReading(instant, zone);
  const year = yearOf(today);
  const month = monthOf(today);
  if (dayOf(today) > DEADLINE_DAY) return { year, month };
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
