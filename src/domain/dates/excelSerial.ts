import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { fromLocalDate, IsoDate, toLocalDate } from './isoDate';

/**
 * Which day a workbook's serial 0 is. Excel for Windows counts from 1900; old Mac Excel counted
 * from 1904 (`<workbookPr date1904="1"/>`, Excel's "Use 1904 date system" option), so the same
 * day is stored 1462 days smaller there. A serial means nothing without its workbook's system.
 */
export type DateSystem = 1900 | 1904;

/*
 * Excel's 1900 date system counts 1 January 1900 as serial 1 and, copying Lotus 1-2-3,
 * believes 1900 was a leap year: serial 60 is the non-existent 29 February 1900, so every
 * serial from 61 on is one day ahead of a plain day count. Counting from 30 December 1899
 * is right for serials ≥ 61; below 60 the count starts a day later.
 *
 * The 1904 system has no such bug: serial 0 is 1 January 1904 and every serial is a plain
 * day count from it.
 */
const EPOCH_FROM_61 = new Date(1899, 11, 30);
const EPOCH_BEFORE_60 = new Date(1899, 11, 31);
const EPOCH_1904 = new Date(1904, 0, 1);
export const PHANTOM_LEAP_DAY_SERIAL = 60;

/** Excel's last day, 31-12-9999, in each system. */
export const LAST_SERIAL_1900 = 2958465;
export const LAST_SERIAL_1904 = 2957003;

/**
 * Converts an Excel serial (the whole-day part; a time of day is dropped) of a workbook in
 * `system` to an IsoDate. Returns null for serials that are no day at all: not finite, before
 * the system's first day (1 in 1900, 0 in 1904), after 31-12-9999, or the 1900 system's 60.
 *
 * @example serialToIsoDate(45658) // '2025-01-01'; serialToIsoDate(44196, 1904) // '2025-01-01'
 */
export function serialToIsoDate(serial: number, system: DateSystem = 1900): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (system === 1904) return serial1904ToIsoDate(whole);
  if (whole < 1 || whole === PHANTOM_LEAP_DAY_SERIAL || whole > LAST_SERIAL_1900) return null;
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
const SERIAL_1904_CACHE = new Map<number, IsoDate>();

function serial1904ToIsoDate(whole: number): IsoDate | null {
  if (whole < 0 || whole > LAST_SERIAL_1904) return null;
  let iso = SERIAL_1904_CACHE.get(whole);
  if (iso === undefined) {
    iso = fromLocalDate(addDays(EPOCH_1904, whole));
    SERIAL_1904_CACHE.set(whole, iso);
  }
  return iso;
}

/** The Excel serial of a date in `system`, the inverse of serialToIsoDate. */
export function isoDateToSerial(iso: IsoDate, system: DateSystem = 1900): number {
  const date = toLocalDate(iso);
  if (system === 1904) return differenceInCalendarDays(date, EPOCH_1904);
  const fromPlainEpoch = differenceInCalendarDays(date, EPOCH_FROM_61);
  return fromPlainEpoch > PHANTOM_LEAP_DAY_SERIAL
    ? fromPlainEpoch
    : differenceInCalendarDays(date, EPOCH_BEFORE_60);
}

/** 1 January 1904 in the 1900 system: the distance between the two systems' serials. */
export const DAYS_1900_TO_1904 = differenceInCalendarDays(EPOCH_1904, EPOCH_FROM_61);

/**
 * A 1900-system serial of a day from 1 March 1900 on, as the same day's serial in `system`
 * (what a writer does to the dates it puts into a 1904 workbook). Fractions (a time of day) are
 * kept.
 */
export function serialIn(serial1900: number, system: DateSystem): number {
  return system === 1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
}
