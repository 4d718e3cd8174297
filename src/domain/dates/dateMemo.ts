import { IsoDate } from './isoDate';

/** Years 1900–2099 get a slot each; dates outside them (and any malformed string) go to a Map. */
const FIRST_YEAR = 1900;
const YEARS = 200;
/** Per year, 12 months of 31 slots (some never used): a slot per YYYY-MM-DD, no calendar needed. */
const SLOTS_PER_YEAR = 12 * 31;

/**
 * A memo keyed by date, for functions of a date that run for every dose of every person.
 * The key is the date's own digits as a slot number, not the string: a Map lookup by a string
 * compares it with the stored key, one more memory read per lookup, and the register's dates
 * are hundreds of thousands of separate strings. A plain cache: same key, same value.
 */
export class DateMemo<V> {
  private readonly years: ((V | undefined)[] | undefined)[] = new Array(YEARS);
  private readonly other = new Map<IsoDate, V>();

  get(date: IsoDate): V | undefined {
    const slot = slotOf(date);
    if (slot < 0) return this.other.get(date);
    return this.years[(slot / SLOTS_PER_YEAR) | 0]?.[slot % SLOTS_PER_YEAR];
  }

  set(date: IsoDate, value: V): void {
    const slot = slotOf(date);
    if (slot < 0) {
      this.other.set(date, value);
      return;
    }
    const year = (slot / SLOTS_PER_YEAR) | 0;
    (this.years[year] ??= new Array<V | undefined>(SLOTS_PER_YEAR))[slot % SLOTS_PER_YEAR] = value;
  }
}

/** The slot of a `YYYY-MM-DD` string with year 1900–2099, month 01–12 and day 01–31; otherwise -1. */
function slotOf(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const year = digits(date, 0) * 100 + digits(date, 2);
  const month = digits(date, 5);
  const day = digits(date, 8);
  if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return (year - FIRST_YEAR) * SLOTS_PER_YEAR + (month - 1) * 31 + (day - 1);
}

/** The two decimal digits at `at` as a number; out of range (so rejected by slotOf) when either is not a digit. */
function digits(s: string, at: number): number {
  const tens = s.charCodeAt(at) - 48;
  const ones = s.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -10000;
}
