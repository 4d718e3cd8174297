import { DateMemo } from '../dates/dateMemo';
import { formatDateId } from '../dates/formatId';
import { daysBetween, IsoDate, maxDate } from '../dates/isoDate';
import { Bayi } from '../registers/types';
import { DOSES_BY_SHEET, doseHeader } from '../rules/doses';
import { lastDayAdder } from '../rules/ageLimit';
import { addInterval, adder, allowedFrom, earliestAllowed, formatInterval } from '../rules/interval';
import { InfantDoseRule, Interval, Rules } from '../rules/types';
import { IdlResult, InfantDose, InfantOpenDose, InfantStatus, Reached } from './types';

/** Series of the infant register in column order (antigens.ts): polio1–4, dpt1–4, pcv1–3, mr1–2. */
const SERIES = new Map<string, string[]>();
for (const d of DOSES_BY_SHEET.bayi) {
  if (!d.series) continue;
  const keys = SERIES.get(d.series) ?? [];
  keys.push(d.key);
  SERIES.set(d.series, keys);
}
const SERIES_OF = new Map<string, string>();
for (const [series, keys] of SERIES) for (const k of keys) SERIES_OF.set(k, series);

// Per child, doses and series are looked up by position in small arrays, not in Maps: this
// runs for every infant of the register.
const INFANT_KEYS = DOSES_BY_SHEET.bayi.map((d) => d.key);
const DOSE_INDEX = new Map(INFANT_KEYS.map((k, i) => [k, i]));
const SERIES_INDEX = new Map([...SERIES.keys()].map((s, i) => [s, i]));
const SERIES_OF_INDEX = DOSES_BY_SHEET.bayi.map((d) => (d.series ? SERIES_INDEX.get(d.series)! : -1));

// Scratch space for one child at a time (infantStatus never calls out while using it):
// filling these costs nothing, where fresh arrays per child were 100k allocations.
const keysBuf: string[] = [];
const indexBuf: number[] = [];
const datesBuf: IsoDate[] = [];
const validDate: (IsoDate | undefined)[] = new Array(INFANT_KEYS.length);
// Per series, the positions (in datesBuf) of its doses in date order: series s at s * SERIES_MAX.
const SERIES_MAX = Math.max(...[...SERIES.values()].map((keys) => keys.length));
const seriesAt: number[] = new Array(SERIES_INDEX.size * SERIES_MAX);
const seriesLength: number[] = new Array(SERIES_INDEX.size);
// The doses that do not count (positions in datesBuf), with the schema position of the
// previous dose of their series that counts (-1 for none).
const invalidAt: number[] = [];
const invalidPrevious: number[] = [];
// The open doses (schedule item, due date) and missing IDL doses are gathered here, then the
// result arrays are made at their exact size (an array grown by push keeps room for 17, and
// 100k of them are kept and copied by the GC).
const openItem: number[] = [];
const openDue: IsoDate[] = [];
const missingBuf: string[] = [];
// The doses of the child judgeDoses last saw that came too close after the previous valid dose
// of their series (positions in datesBuf, and of that previous dose in INFANT_KEYS): read by
// judgedTooClose for Periksa (status/tooClose.ts), so it says what the engine decided.
const closeAt: number[] = [];
const closePrevious: number[] = [];
let closeCount = 0;

/**
 * An infant's doses checked and scheduled (DOMAIN.md "Infant schedule and due lists"):
 * - a series dose counts when it is at least the series interval after the previous valid
 *   dose of its series (Polio, DPT-HB-Hib, PCV, MR: 4 weeks);
 * - an open dose is due at its age, and a series dose also the series interval after the
 *   previous dose of the series, which must have been given (one dose of a series at a time);
 *   it is overdue (terlambat) the rules' interval after that; a dose past its upper age (HB0
 *   after 7 days, RV after 6 months 29 days) is no longer scheduled;
 * - IDL is reached when every IDL dose is valid and given before the age limit; its date is
 *   the last of those doses. IBL likewise with its doses and age limit (24 months).
 */
export function infantStatus(bayi: Bayi, rules: Rules, today: IsoDate, header: (key: string) => string, schedule = true): InfantStatus {
  const birth = bayi.tanggalLahir;
  const plan = schedulePlan(rules);
  const invalid = judgeDoses(bayi, rules, plan, today, header);
  const notCounted = invalid ?? NO_DOSES;
  if (!birth) return { row: bayi.row, record: bayi, invalid: notCounted, open: [], idl: null, ibl: null };

  const fromBirth = plan.fromBirth(birth);
  // Without the schedule (the monthly report reads only IDL and IBL): no open doses worked out.
  if (!schedule) return { row: bayi.row, record: bayi, invalid: notCounted, open: NO_OPEN, idl: completeness(fromBirth.idlLimit, plan.idl, plan.idlKeys), ibl: completeness(fromBirth.iblLimit, plan.ibl, plan.iblKeys) };
  // Which doses are open, and when due, first; then the list at its exact size.
  let openCount = 0;
  for (let i = 0; i < plan.items.length; i++) {
    const { index, before } = plan.items[i];
    if (validDate[index] !== undefined) continue;
    // Only the next dose of a series is open: the earlier ones must be given first.
    let ready = true;
    for (let k = 0; k < before.length; k++) if (validDate[before[k]] === undefined) ready = false;
    if (!ready) continue;
    const atAge = fromBirth.due[i];
    openItem[openCount] = i;
    openDue[openCount++] = before.length > 0 ? maxDate(atAge, plan.gap[plan.items[i].index].after(validDate[before[before.length - 1]]!)) : atAge;
  }
  const open: InfantOpenDose[] = new Array(openCount);
  for (let k = 0; k < openCount; k++) {
    const i = openItem[k];
    const due = openDue[k];
    const { rule, label } = plan.items[i];
    open[k] = { doseKey: rule.dose, label, due, overdueFrom: due === fromBirth.due[i] ? fromBirth.overdue[i] : plan.overdue(due), until: fromBirth.until[i] };
  }
  return { row: bayi.row, record: bayi, invalid: notCounted, open, idl: completeness(fromBirth.idlLimit, plan.idl, plan.idlKeys), ibl: completeness(fromBirth.iblLimit, plan.ibl, plan.iblKeys) };
}
const NO_DOSES: readonly InfantDose[] = Object.freeze([]);
const NO_OPEN: InfantOpenDose[] = Object.freeze([]) as unknown as InfantOpenDose[];

/**
 * Fills validDate with the child's doses that count; returns those that do not, with their
 * reason (null for none, and always null without `header`: the reasons are not written).
 *
 * Doses are judged in date order (on one day, the order of `doses`, which the reader fills in
 * schema order), but only a series dose's judgement depends on the others, and only on the
 * earlier doses of its own series: so each series is put in date order on its own (a handful
 * of dates), not the child's dozen or more doses together. The doses that do not count are
 * put in date order afterwards (few), so the result and judgedTooClose read as before.
 */
function judgeDoses(bayi: Bayi, rules: Rules, plan: Plan, today: IsoDate, header: ((key: string) => string) | null): InfantDose[] | null {
  const birth = bayi.tanggalLahir;
  // Cleared by hand, not by fill(): Chromium's fill() changed the arrays' hidden class, and the
  // stores below, optimised for the other one, deoptimised this function on every few children
  // (hundreds of times in one report at 100k rows).
  for (let i = 0; i < validDate.length; i++) validDate[i] = undefined;
  for (let s = 0; s < seriesLength.length; s++) seriesLength[s] = 0;
  closeCount = 0;
  let invalidCount = 0;
  const dates = bayi.doses;
  // The doses in the order of `doses` (keysBuf, indexBuf, datesBuf at position n). The schema
  // position of each key is found by walking the schema along with the keys (no lookup while
  // they come in schema order). A dose of no series is judged at once.
  let n = 0;
  let next = 0;
  for (const key in dates) {
    let index = next;
    while (index < INFANT_KEYS.length && INFANT_KEYS[index] !== key) index++;
    if (index < INFANT_KEYS.length) next = index + 1;
    else index = DOSE_INDEX.get(key) ?? -1;
    const date = dates[key];
    keysBuf[n] = key;
    indexBuf[n] = index;
    datesBuf[n] = date;
    const series = index >= 0 ? SERIES_OF_INDEX[index] : -1;
    if (series < 0) {
      if (date > today || (birth !== null && date < birth)) {
        invalidAt[invalidCount] = n;
        invalidPrevious[invalidCount++] = -1;
      } else if (index >= 0) {
        validDate[index] = date; // (not an infant dose column: nothing to schedule or count)
      }
    } else {
      // Into its series' positions in date order (stable: on one day, the order of `doses`).
      const base = series * SERIES_MAX;
      let j = seriesLength[series]++;
      while (j > 0 && datesBuf[seriesAt[base + j - 1]] > date) {
        seriesAt[base + j] = seriesAt[base + j - 1];
        j--;
      }
      seriesAt[base + j] = n;
    }
    n++;
  }
  // Each series in date order: a dose counts when it is in time and the series interval after
  // the previous dose of the series that counts (`previous`: its schema position).
  for (let s = 0; s < seriesLength.length; s++) {
    const base = s * SERIES_MAX;
    let previous = -1;
    for (let k = 0; k < seriesLength[s]; k++) {
      const i = seriesAt[base + k];
      const index = indexBuf[i];
      const date = datesBuf[i];
      const late = date > today;
      const early = !late && birth !== null && date < birth;
      const close = !late && !early && previous >= 0 && date < plan.gap[index].allowed(validDate[previous]!);
      if (late || early || close) {
        if (close) {
          closeAt[closeCount] = i;
          closePrevious[closeCount++] = previous;
        }
        invalidAt[invalidCount] = i;
        invalidPrevious[invalidCount++] = previous;
        continue;
      }
      validDate[index] = date;
      previous = index;
    }
  }
  if (invalidCount === 0) return null;
  // Few: the doses that do not count, and those too close, in date order as they were judged.
  inDateOrder(invalidAt, invalidPrevious, invalidCount);
  inDateOrder(closeAt, closePrevious, closeCount);
  if (header === null) return null;
  const invalid: InfantDose[] = new Array(invalidCount);
  for (let k = 0; k < invalidCount; k++) {
    const i = invalidAt[k];
    const key = keysBuf[i];
    const date = datesBuf[i];
    const late = date > today;
    const early = !late && birth !== null && date < birth;
    invalid[k] = { doseKey: key, date, column: header(key), valid: false, reason: invalidReason(late, early, date, birth, invalidPrevious[k], indexBuf[i], plan, rules, today, header) };
  }
  return invalid;
}

/** Sorts `count` positions of datesBuf (with a companion number each) by date, then position: the order judgeDoses judged in. */
function inDateOrder(at: number[], companion: number[], count: number): void {
  for (let k = 1; k < count; k++) {
    const i = at[k];
    const c = companion[k];
    const date = datesBuf[i];
    let j = k;
    while (j > 0 && (datesBuf[at[j - 1]] > date || (datesBuf[at[j - 1]] === date && at[j - 1] > i))) {
      at[j] = at[j - 1];
      companion[j] = companion[j - 1];
      j--;
    }
    at[j] = i;
    companion[j] = c;
  }
}

/** An infant dose not counted because it came too soon after the previous valid dose of its series. */
export interface InfantTooClose {
  doseKey: string;
  date: IsoDate;
  previousKey: string;
  previousDate: IsoDate;
  /** The minimum interval: the series' (rules.infant.seriesMinInterval) or the dose's own (IPV 2). */
  interval: Interval;
  /** Whether that is the dose's own interval rather than the series'. */
  own: boolean;
  /** The first date the dose would have counted (month counting and tolerance applied). */
  allowed: IsoDate;
}
const NO_CLOSE: readonly InfantTooClose[] = Object.freeze([]);

/**
 * The doses of the child last judged (by infantStatus or infantCompleteness, just before) that
 * do not count because they are too close to the previous valid dose of their series: exactly
 * those, as the engine decided. Call it right after judging the child, before the next.
 */
export function judgedTooClose(rules: Rules): readonly InfantTooClose[] {
  if (closeCount === 0) return NO_CLOSE;
  const plan = schedulePlan(rules);
  const out: InfantTooClose[] = new Array(closeCount);
  for (let k = 0; k < closeCount; k++) {
    const i = closeAt[k];
    const index = indexBuf[i];
    const previous = closePrevious[k];
    const gap = plan.gap[index];
    const previousDate = validDate[previous]!;
    out[k] = { doseKey: keysBuf[i], date: datesBuf[i], previousKey: INFANT_KEYS[previous], previousDate, interval: gap.interval, own: gap.interval !== rules.infant.seriesMinInterval, allowed: gap.allowed(previousDate) };
  }
  return out;
}

/** Why a dose judgeDoses found not counting does not count. */
function invalidReason(late: boolean, early: boolean, date: IsoDate, birth: IsoDate | null, previous: number, index: number, plan: Plan, rules: Rules, today: IsoDate, header: (key: string) => string): string {
  if (late) return `tanggal ${formatDateId(date)} sesudah tanggal acuan ${formatDateId(today)}; belum dihitung`;
  if (early) return `tanggal ${formatDateId(date)} sebelum tanggal lahir ${formatDateId(birth!)}; periksa tanggalnya`;
  const before = validDate[previous]!;
  const gap = plan.gap[index];
  const earliest = earliestAllowed(before, gap.interval, rules.monthCounting);
  return `jarak ${daysBetween(before, date)} hari dari dosis sebelumnya; minimal ${formatInterval(gap.interval)} (dosis sebelumnya: "${header(INFANT_KEYS[previous])}" ${formatDateId(before)}; paling cepat ${formatDateId(earliest)})`;
}

/**
 * An infant's IDL and IBL alone, as infantStatus has them less the missing doses (for the
 * monthly report: computeReportStatus). Null each when the birth date is unknown.
 */
export function infantCompleteness(bayi: Bayi, rules: Rules, today: IsoDate): { idl: Reached | null; ibl: Reached | null } {
  const birth = bayi.tanggalLahir;
  const plan = schedulePlan(rules);
  judgeDoses(bayi, rules, plan, today, null);
  if (!birth) return NO_COMPLETENESS;
  // The age limits alone: the schedule's due dates (fromBirth) are not needed here.
  const limits = plan.limits(birth);
  return { idl: reachedBy(limits.idlLimit, plan.idl), ibl: reachedBy(limits.iblLimit, plan.ibl) };
}
const NO_COMPLETENESS = Object.freeze({ idl: null, ibl: null });
const NOT_REACHED: Reached = Object.freeze({ reached: false, date: null });

/** completeness without the missing doses: not reached is one shared object. */
function reachedBy(limit: IsoDate, indices: readonly number[]): Reached {
  let last: IsoDate | null = null;
  for (let i = 0; i < indices.length; i++) {
    const date = validDate[indices[i]];
    if (!date || date >= limit) return NOT_REACHED;
    if (last === null || date > last) last = date;
  }
  return { reached: true, date: last };
}


/**
 * Imunisasi rutin lengkap (DOMAIN.md "Infant schedule"): IDL and IBL both reached; its date is
 * the later of the two. Null when the birth date is unknown. Derived, not stored per child.
 */
export function rutinLengkap(infant: { idl: IdlResult | null; ibl: IdlResult | null }): IdlResult | null {
  const { idl, ibl } = infant;
  if (!idl || !ibl) return null;
  if (idl.reached && ibl.reached) return { reached: true, date: idl.date! > ibl.date! ? idl.date : ibl.date, missing: [] };
  return { reached: false, date: null, missing: [...idl.missing, ...ibl.missing] };
}

/** The date of a dose that counts, or null (not given, or given but not counted). */
export function validInfantDose(infant: InfantStatus, key: string): IsoDate | null {
  const date = infant.record.doses[key];
  return date !== undefined && !infant.invalid.some((d) => d.doseKey === key) ? date : null;
}

interface PlanItem {
  rule: InfantDoseRule;
  index: number;
  /** The doses of its series that come before it (DOSE_INDEX positions). */
  before: number[];
  label: string;
}

/** The schedule's dates that depend on the birth date alone (same order as Plan.items). */
interface FromBirth {
  due: IsoDate[];
  overdue: IsoDate[];
  until: (IsoDate | null)[];
  /** The IDL age limit. */
  idlLimit: IsoDate;
  /** The IBL age limit. */
  iblLimit: IsoDate;
}

/** The rules for infants, worked out once per rules. */
interface Plan {
  items: PlanItem[];
  /** IDL doses as DOSE_INDEX positions (same order as rules.idl.doses). */
  idl: number[];
  idlKeys: readonly string[];
  /** IBL doses as DOSE_INDEX positions (same order as rules.ibl.doses). */
  ibl: number[];
  iblKeys: readonly string[];
  /**
   * Per dose (DOSE_INDEX position): the interval after the previous dose of its series (the
   * series interval, or the dose's own where the schedule sets one: IPV 2), the first date it
   * counts (interval − tolerance) and the date it is due at the earliest.
   */
  gap: readonly Gap[];
  overdue: (date: IsoDate) => IsoDate;
  /** Memoised per birth date: children born on one day share their schedule. */
  fromBirth: (birth: IsoDate) => FromBirth;
  /** fromBirth's IDL and IBL age limits alone, memoised likewise. */
  limits: (birth: IsoDate) => Pick<FromBirth, 'idlLimit' | 'iblLimit'>;
}

interface Gap {
  interval: Interval;
  allowed: (date: IsoDate) => IsoDate;
  after: (date: IsoDate) => IsoDate;
}

const PLANS = new WeakMap<Rules, Plan>();

/** The gap before each infant dose, worked out once per rules (series doses share the series interval's memo). */
function gaps(rules: Rules): Gap[] {
  const counting = rules.monthCounting;
  const make = (span: Interval): Gap => ({ interval: span, allowed: allowedFrom(span, counting, rules.toleranceDays), after: adder(span, counting) });
  const series = make(rules.infant.seriesMinInterval);
  const own = new Map(rules.infant.schedule.filter((r) => r.minInterval).map((r) => [r.dose, make(r.minInterval!)]));
  return INFANT_KEYS.map((key) => own.get(key) ?? series);
}

/** Each scheduled dose with its label and the earlier doses of its series, worked out once per rules. */
function schedulePlan(rules: Rules): Plan {
  let plan = PLANS.get(rules);
  if (!plan) {
    const counting = rules.monthCounting;
    const items = rules.infant.schedule.map((rule) => {
      const series = SERIES_OF.get(rule.dose);
      const keys = series ? SERIES.get(series)! : [];
      const before = series ? keys.slice(0, keys.indexOf(rule.dose)).map((k) => DOSE_INDEX.get(k)!) : [];
      return { rule, index: DOSE_INDEX.get(rule.dose)!, before, label: doseHeader('bayi', rule.dose) };
    });
    const overdue = adder(rules.overdueAfter, counting);
    // The last day each dose is still given (its upper age, that day included), or null.
    const lastDay = items.map(({ rule }) => (rule.expiry ? lastDayAdder(rule.expiry, counting) : null));
    const idlBefore = adder(rules.idl.before, counting);
    const iblBefore = adder(rules.ibl.before, counting);
    const byBirth = new DateMemo<FromBirth>();
    const fromBirth = (birth: IsoDate): FromBirth => {
      let found = byBirth.get(birth);
      if (found === undefined) {
        const due = items.map(({ rule }) => addInterval(birth, rule.age, counting));
        found = {
          due,
          overdue: due.map(overdue),
          until: lastDay.map((last) => (last ? last(birth) : null)),
          idlLimit: idlBefore(birth),
          iblLimit: iblBefore(birth),
        };
        byBirth.set(birth, found);
      }
      return found;
    };
    const byBirthLimits = new DateMemo<Pick<FromBirth, 'idlLimit' | 'iblLimit'>>();
    const limits = (birth: IsoDate): Pick<FromBirth, 'idlLimit' | 'iblLimit'> => {
      let found = byBirthLimits.get(birth);
      if (found === undefined) {
        found = { idlLimit: idlBefore(birth), iblLimit: iblBefore(birth) };
        byBirthLimits.set(birth, found);
      }
      return found;
    };
    plan = {
      items,
      idl: rules.idl.doses.map((key) => DOSE_INDEX.get(key)!),
      idlKeys: rules.idl.doses,
      ibl: rules.ibl.doses.map((key) => DOSE_INDEX.get(key)!),
      iblKeys: rules.ibl.doses,
      gap: gaps(rules),
      overdue,
      fromBirth,
      limits,
    };
    PLANS.set(rules, plan);
  }
  return plan;
}

/** IDL or IBL from the child's valid doses (validDate, filled by infantStatus). */
function completeness(limit: IsoDate, indices: readonly number[], doseKeys: readonly string[]): IdlResult {
  let missing = 0;
  let last: IsoDate | null = null;
  for (let i = 0; i < indices.length; i++) {
    const date = validDate[indices[i]];
    // "before the first birthday": a dose on the birthday itself is too late.
    if (!date || date >= limit) missingBuf[missing++] = doseKeys[i];
    else if (last === null || date > last) last = date;
  }
  if (missing === 0) return { reached: true, date: last, missing: [] };
  const keys: string[] = new Array(missing);
  for (let i = 0; i < missing; i++) keys[i] = missingBuf[i];
  return { reached: false, date: null, missing: keys };
}
