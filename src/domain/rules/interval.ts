import { DateMemo } from '../dates/dateMemo';
import { addDaysIso, addMonthsIso, IsoDate } from '../dates/isoDate';

/** The units a rule's interval may be written in (Aturan sheet: "4 minggu", "6 bulan"). */
export const INTERVAL_UNITS = ['hari', 'minggu', 'bulan', 'tahun'] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

/** A duration as the rules state it: "4 minggu", "6 bulan", "1 tahun". Never mutated (addInterval memoises by object). */
export interface Interval {
  amount: number;
  unit: IntervalUnit;
}

/**
 * How months and years are counted (DOMAIN.md "Status T"): 'kalender' counts calendar months
 * (a dose in the same calendar month a year later satisfies "1 tahun"; 31 January + 1 month
 * = 28/29 February, date-fns's clamping); 'hari' counts a month as 30 days and a year as
 * 365 days. Weeks are always 7 days, so 4 weeks = 28 days in both.
 */
export type MonthCounting = 'kalender' | 'hari';

export const DAYS_PER_MONTH = 30;
export const DAYS_PER_YEAR = 365;

export const interval = (amount: number, unit: IntervalUnit): Interval => ({ amount, unit });

/**
 * Date memos per rule object and month counting. Rules are applied to every dose of every
 * person, over a few thousand distinct dates: each (rule, counting, date) is computed once. A
 * pure memo: the same input gives the same output. Keyed by the rule object (rules hold a few
 * dozen) so a lookup builds no string.
 */
export function memosPerRule<K extends object>(): (rule: K, counting: MonthCounting) => DateMemo<IsoDate> {
  const memos = new WeakMap<K, Record<MonthCounting, DateMemo<IsoDate>>>();
  return (rule, counting) => {
    let byCounting = memos.get(rule);
    if (byCounting === undefined) {
      byCounting = { kalender: new DateMemo(), hari: new DateMemo() };
      memos.set(rule, byCounting);
    }
    return byCounting[counting];
  };
}

const memoOf = memosPerRule<Interval>();

/**
 * The date `span` after `date` (or before it, for a negative amount).
 *
 * @example addInterval('2024-01-31', interval(1, 'bulan'), 'kalender') // '2024-02-29'
 * @example addInterval('2024-01-31', interval(1, 'bulan'), 'hari') // '2024-03-01'
 */
export function addInterval(date: IsoDate, span: Interval, counting: MonthCounting): IsoDate {
  const memo = memoOf(span, counting);
  let result = memo.get(date);
  if (result === undefined) {
    result = computeAdd(date, span, counting);
    memo.set(date, result);
  }
  return result;
}

/**
 * addInterval for one interval and counting, as a function of the date alone: the engine
 * fetches it once per rules, so that each of its hundreds of thousands of calls is a single
 * memo lookup (the same memo as addInterval's).
 *
 * @example adder(interval(1, 'bulan'), 'kalender')('2024-01-31') // '2024-02-29'
 */
export function adder(span: Interval, counting: MonthCounting): (date: IsoDate) => IsoDate {
  const memo = memoOf(span, counting);
  return (date) => {
    let result = memo.get(date);
    if (result === undefined) {
      result = computeAdd(date, span, counting);
      memo.set(date, result);
    }
    return result;
  };
}

function computeAdd(date: IsoDate, { amount, unit }: Interval, counting: MonthCounting): IsoDate {
  switch (unit) {
    case 'hari':
      return addDaysIso(date, amount);
    case 'minggu':
      return addDaysIso(date, amount * 7);
    case 'bulan':
      return counting === 'kalender' ? addMonthsIso(date, amount) : addDaysIso(date, amount * DAYS_PER_MONTH);
    case 'tahun':
      return counting === 'kalender' ? addMonthsIso(date, amount * 12) : addDaysIso(date, amount * DAYS_PER_YEAR);
  }
}

/**
 * The first date on which a dose meets a minimum interval counted from `date`. Days and
 * weeks are exact. Months and years counted by calendar ('kalender') need only the calendar
 * month: 6 months after 31 January is met from 1 July, and "1 tahun" after 20 November 2001
 * from 1 November 2002 (DOMAIN.md: a dose in the same calendar month a year later satisfies
 * "1 year" — BIAS is given every November). Counted in days ('hari'), the same as addInterval.
 *
 * @example earliestAllowed('2025-01-31', interval(6, 'bulan'), 'kalender') // '2025-07-01'
 */
export function earliestAllowed(date: IsoDate, span: Interval, counting: MonthCounting): IsoDate {
  const after = addInterval(date, span, counting);
  return counting === 'kalender' && (span.unit === 'bulan' || span.unit === 'tahun') ? `${after.slice(0, 8)}01` : after;
}

/**
 * The first date on which a dose meets a minimum interval from `date` when up to
 * `toleranceDays` early still counts: earliestAllowed − tolerance (the rules' "toleransi").
 * As a function of the date alone, memoised per date: it is asked for every dose of every
 * person, and earliestAllowed builds a new string for month intervals each time.
 *
 * @example allowedFrom(interval(4, 'minggu'), 'kalender', 2)('2025-01-01') // '2025-01-27'
 */
export function allowedFrom(span: Interval, counting: MonthCounting, toleranceDays: number): (date: IsoDate) => IsoDate {
  const memo = new DateMemo<IsoDate>();
  return (date) => {
    let result = memo.get(date);
    if (result === undefined) {
      const earliest = earliestAllowed(date, span, counting);
      result = toleranceDays > 0 ? addDaysIso(earliest, -toleranceDays) : earliest;
      memo.set(date, result);
    }
    return result;
  };
}

/** "4 minggu", "1 tahun". */
export function formatInterval({ amount, unit }: Interval): string {
  return `${amount} ${unit}`;
}

/** Units people type, all mapped to the four rule units. */
const UNIT_WORDS: Record<string, IntervalUnit> = {
  hari: 'hari',
  hr: 'hari',
  h: 'hari',
  minggu: 'minggu',
  mgg: 'minggu',
  mg: 'minggu',
  pekan: 'minggu',
  bulan: 'bulan',
  bln: 'bulan',
  bl: 'bulan',
  tahun: 'tahun',
  thn: 'tahun',
  th: 'tahun',
};

export type IntervalParse = { ok: true; value: Interval } | { ok: false; problem: string };

/**
 * Reads an interval typed in the Aturan sheet: a whole number and a unit ("4 minggu",
 * "6 bulan", "1 tahun", "28 hari"). A number without a unit, or an unknown unit, is refused:
 * a rule is never guessed.
 */
export function parseInterval(text: unknown): IntervalParse {
  const s = String(text ?? '').trim().toLowerCase();
  const match = /^(\d+)\s*([a-z]+)\.?$/.exec(s);
  if (!match) {
    return { ok: false, problem: /^\d+$/.test(s) ? `"${s}" tidak bersatuan. Tulis angka dan satuannya, mis. "4 minggu", "6 bulan" atau "1 tahun"` : `"${String(text ?? '')}" bukan jarak waktu. Tulis angka dan satuannya, mis. "4 minggu", "6 bulan" atau "1 tahun"` };
  }
  const unit = UNIT_WORDS[match[2]];
  if (!unit) return { ok: false, problem: `satuan "${match[2]}" tidak dikenal. Pakai hari, minggu, bulan atau tahun` };
  return { ok: true, value: { amount: Number(match[1]), unit } };
}
