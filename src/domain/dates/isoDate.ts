import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';

/**
 * A calendar date with no time and no time zone, written `YYYY-MM-DD`.
 *
 * The core never holds a `Date`: a register date is a day on the calendar, the same in WIB,
 * WITA and WIT. Strings of this form sort and compare in date order, which keeps the engine
 * simple and fast. Arithmetic goes through date-fns on a local-midnight `Date` built here
 * and immediately turned back into a string, so the machine's time zone never leaks in.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an IsoDate into a local-midnight Date for date-fns; throws on a malformed value (a bug). */
export function toLocalDate(iso: IsoDate): Date {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor: new Date(24, 0, 1) would mean 1924.
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date;
}

/** Formats a local Date (its calendar day) as an IsoDate. */
export function fromLocalDate(date: Date): IsoDate {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Builds an IsoDate from year, month (1–12) and day, or returns null when that day does not
 * exist (31 April, 29 February of a common year).
 *
 * @example isoDate(2024, 2, 29) // '2024-02-29'; isoDate(2023, 2, 29) // null
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return null;
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  // The Date rolls 31 April over to 1 May; a changed month means the day does not exist.
  if (!isValid(date) || date.getMonth() !== month - 1) return null;
  return fromLocalDate(date);
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromLocalDate(addDays(toLocalDate(iso), days));
}

/**
 * Adds calendar months. date-fns clamps to the month's end on purpose: 31 January + 1 month
 * is 28 (or 29) February, and 29 February + 12 months is 28 February.
 */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return fromLocalDate(addMonths(toLocalDate(iso), months));
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is before). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return dayNumber(later) - dayNumber(earlier);
}

const DAY_ZERO = new Date(2000, 0, 1);
const DAY_NUMBERS = new Map<IsoDate, number>();

/** Days since 01-01-2000, memoised per date: interval checks run over every dose of every row. */
function dayNumber(iso: IsoDate): number {
  let n = DAY_NUMBERS.get(iso);
  if (n === undefined) {
    n = differenceInCalendarDays(toLocalDate(iso), DAY_ZERO);
    DAY_NUMBERS.set(iso, n);
  }
  return n;
}

export function yearOf(iso: IsoDate): number {
  // Digit by digit: the report tallies call this for every dose of every row, and a slice per
  // call is a string to collect. Anything but four digits goes the general way.
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  return y >= 0 ? y : Number(iso.slice(0, 4));
}

/** Month 1–12. */
export function monthOf(iso: IsoDate): number {
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  return m >= 0 ? m : Number(iso.slice(5, 7));
}

/** The decimal digit at `at`, or a large negative number (so any sum with it is negative). */
function digit(s: string, at: number): number {
  const d = s.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1e6;
}

/** Day of the month 1–31. */
export function dayOf(iso: IsoDate): number {
  return Number(iso.slice(8, 10));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
