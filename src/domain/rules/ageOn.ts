import { differenceInMonths } from 'date-fns/differenceInMonths';
import { addMonthsIso, daysBetween, IsoDate, toLocalDate } from '../dates/isoDate';
import { DAYS_PER_MONTH, MonthCounting } from './interval';

/** An age in whole months and the days after them. */
export interface Age {
  months: number;
  days: number;
}

/**
 * A child's age on `date` (not before `birth`), counted as the rules count months (interval.ts):
 * 'kalender' in calendar months from the birth date (date-fns, so 31 January + 1 month is
 * 28/29 February) and the days after the last whole month; 'hari' in 30-day months.
 *
 * @example ageOn('2025-01-10', '2025-09-12', 'kalender') // { months: 8, days: 2 }
 */
export function ageOn(birth: IsoDate, date: IsoDate, counting: MonthCounting): Age {
  if (counting === 'hari') {
    const days = daysBetween(birth, date);
    return { months: Math.floor(days / DAYS_PER_MONTH), days: days % DAYS_PER_MONTH };
  }
  let months = Math.max(0, differenceInMonths(toLocalDate(date), toLocalDate(birth)));
  // The days are counted from the date addMonths gives, so the two must agree on the whole months.
  while (months > 0 && addMonthsIso(birth, months) > date) months--;
  while (addMonthsIso(birth, months + 1) <= date) months++;
  return { months, days: daysBetween(addMonthsIso(birth, months), date) };
}

/** "8 bulan 2 hari", "8 bulan", "10 hari". */
export function formatAge({ months, days }: Age): string {
  if (months === 0) return `${days} hari`;
  return days === 0 ? `${months} bulan` : `${months} bulan ${days} hari`;
}
