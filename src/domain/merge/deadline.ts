import { addMonthsIso, isoDate, IsoDate } from '../dates/isoDate';

/**
 * A monthly report is on time when received by the 10th of the following month
 * (DOMAIN.md "Who and where"; the Dinkes reporting rule).
 */
export const DEADLINE_DAY = 10;

export function reportDeadline(tahun: number, bulan: number): IsoDate {
  return addMonthsIso(isoDate(tahun, bulan, DEADLINE_DAY)!, 1);
}

/**
 * Whether a stamp (ISO 8601 date-time with its own offset) falls on or before the deadline.
 * The calendar date is read in the stamp's own offset: the puskesmas's local date.
 */
export function onTime(stamp: string | null, deadline: IsoDate): boolean {
  return stamp !== null && stamp.slice(0, 10) <= deadline;
}
