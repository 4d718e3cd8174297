import { monthNameId } from '../domain/dates/formatId';

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, name: monthNameId(i + 1) }));

/**
 * The month the pane offers first: the monthly report is due by the 10th of the next month
 * (DOMAIN.md "Who and where": on time when received by the 10th), so until the 10th it is
 * last month, afterwards this month.
 */
export function defaultPeriod(today: { year: number; month: number; day: number }): { year: number; month: number } {
  if (today.day > 10) return { year: today.year, month: today.month };
  return today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: today.month - 1 };
}
