import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { fromLocalDate, IsoDate, toLocalDate } from './isoDate';

/*
 * Excel's 1900 date system counts 1 January 1900 as serial 1 and, copying Lotus 1-2-3,
 * believes 1900 was a leap year: serial 60 is the non-existent 29 February 1900, so every
 * serial from 61 on is one day ahead of a plain day count. Counting from 30 December 1899
 * is right for serials ≥ 61; below 60 the count starts a day later.
 */
const EPOCH_FROM_61 = new Date(1899, 11, 30);
const EPOCH_BEFORE_60 = new Date(1899, 11, 31);
export const PHANTOM_LEAP_DAY_SERIAL = 60;

/**
 * Converts an Excel serial (the whole-day part; a time of day is dropped) to an IsoDate.
 * Returns null for serials that are no day at all: below 1, not finite, or 60.
 *
 * @example serialToIsoDate(45658) // '2025-01-01'
 */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === PHANTOM_LEAP_DAY_SERIAL || whole > 2958465) return null;
  // A register holds a few thousand distinct days in hundreds of thousands of cells: each
  // day is converted once. The cache is a pure memo (same input, same output).
  let iso = SERIAL_CACHE.get(whole);
  if (iso === undefined) {
    const epoch = whole > PHANTOM_LEAP_DAY_SERIAL ? EPOCH_FROM_61 : EPOCH_BEFORE_60;
    iso = fromLocalDate(addDays(epoch, whole));
    SERIAL_CACHE.set(whole, iso);
  }
  return iso;
}

const SERIAL_CACHE = new Map<number, IsoDate>();

/** The Excel serial of a date, the inverse of serialToIsoDate. */
export function isoDateToSerial(iso: IsoDate): number {
  const date = toLocalDate(iso);
  const fromPlainEpoch = differenceInCalendarDays(date, EPOCH_FROM_61);
  return fromPlainEpoch > PHANTOM_LEAP_DAY_SERIAL
    ? fromPlainEpoch
    : differenceInCalendarDays(date, EPOCH_BEFORE_60);
}
