import { addDaysIso, IsoDate } from '../dates/isoDate';
import { adder, formatInterval, interval, Interval, INTERVAL_UNITS, memosPerRule, MonthCounting, parseInterval } from './interval';

/**
 * An upper age (the rules' "Batas umur"): the last age at which a dose is still given, the day
 * itself included. It may hold more than one unit, largest first, each unit once: "7 hari"
 * (HB0), "6 bulan 29 hari" (RV: letter Dirjen P2P IM.02.02/C/3052/2023, "paling lambat umur
 * 6 bulan 29 hari"), "7 bulan" (an older Aturan sheet). Never mutated (the parts key the
 * interval memos).
 *
 * The last day is the birth date plus each part in turn (date-fns addMonths, then addDays), so
 * the month-end clamping happens before the days are added: born 31 January 2025, 6 months is
 * 31 July and 6 months 29 days is 29 August 2025; born 31 August 2024, 6 months is 28 February
 * 2025 (clamped) and 6 months 29 days is 29 March 2025. A limit is an age, and an age in whole
 * months and days never reaches the next whole month ("6 bulan 29 hari" is still under
 * 7 months, as the age in messages is counted, ageOn.ts), so the last day is at most the day
 * before the first part plus one: born 1 August 2024, 1 February + 29 days would be 2 March
 * 2025, but the child is 7 months old on 1 March, so the last day is 28 February.
 */
export interface AgeLimit {
  parts: readonly Interval[];
}

export const ageLimit = (...parts: Interval[]): AgeLimit => ({ parts });

/**
 * The last day on which a child born on a date is still within the limit, as a function of
 * the birth date alone (each part through the interval memo of addInterval).
 *
 * @example lastDayAdder(ageLimit(interval(6, 'bulan'), interval(29, 'hari')), 'kalender')('2025-01-31') // '2025-08-29'
 */
export function lastDayAdder(limit: AgeLimit, counting: MonthCounting): (birth: IsoDate) => IsoDate {
  const steps = limit.parts.map((part) => adder(part, counting));
  if (steps.length === 1) return steps[0];
  const first = limit.parts[0];
  const nextWhole = adder(interval(first.amount + 1, first.unit), counting);
  const memo = memoOf(limit, counting);
  return (birth) => {
    let last = memo.get(birth);
    if (last === undefined) {
      let date = birth;
      for (const step of steps) date = step(date);
      const cap = addDaysIso(nextWhole(birth), -1);
      last = date < cap ? date : cap;
      memo.set(birth, last);
    }
    return last;
  };
}

// A compound limit runs for every infant of every report: its last day is kept per birth date,
// shared by every adder of the same limit object.
const memoOf = memosPerRule<AgeLimit>();

/** The last day within the limit for a child born on `birth`. */
export function lastDayWithin(birth: IsoDate, limit: AgeLimit, counting: MonthCounting): IsoDate {
  return lastDayAdder(limit, counting)(birth);
}

/** "6 bulan 29 hari", "7 hari": the parts as the Aturan sheet writes them, read back by parseAgeLimit. */
export function formatAgeLimit(limit: AgeLimit): string {
  return limit.parts.map(formatInterval).join(' ');
}

export type AgeLimitParse = { ok: true; value: AgeLimit } | { ok: false; problem: string };

const EXAMPLE = 'mis. "7 hari", "7 bulan" atau "6 bulan 29 hari"';
const RANK: Readonly<Record<string, number>> = Object.fromEntries([...INTERVAL_UNITS].reverse().map((u, i) => [u, i]));

/**
 * Reads an upper age typed in the Aturan sheet: one or more "number unit" parts, largest unit
 * first, each unit once ("6 bulan 29 hari", "6 bln 29 hr", "6 bulan dan 29 hari", "7 bulan").
 * Anything else is refused with the reason: a rule is never guessed.
 */
export function parseAgeLimit(text: unknown): AgeLimitParse {
  const raw = String(text ?? '').trim();
  const s = raw.toLowerCase();
  // Parts, optionally joined by "dan", a comma or "+".
  const tokens = s.split(/\s*(?:,|\+|\bdan\b)\s*|(?<=[a-z.])\s*(?=\d)/).filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, problem: `batas umur kosong. Tulis angka dan satuannya, ${EXAMPLE}` };
  const parts: Interval[] = [];
  for (const token of tokens) {
    const parsed = parseInterval(token);
    if (!parsed.ok) {
      return tokens.length === 1 ? { ok: false, problem: parsed.problem.replace(/mis\. .*$/, EXAMPLE) } : { ok: false, problem: `"${raw}": bagian "${token}" tidak terbaca (${parsed.problem.replace(/\. Tulis.*$/, '')}). Tulis angka dan satuannya, ${EXAMPLE}` };
    }
    const previous = parts[parts.length - 1];
    if (previous && RANK[parsed.value.unit] <= RANK[previous.unit]) {
      return { ok: false, problem: `"${raw}": tulis satuan yang lebih besar dulu dan setiap satuan sekali (tahun, bulan, minggu, hari), ${EXAMPLE}` };
    }
    parts.push(parsed.value);
  }
  return { ok: true, value: { parts } };
}
