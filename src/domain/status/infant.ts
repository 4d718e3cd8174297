import { formatDateId } from '../dates/formatId';
import { addDaysIso, daysBetween, IsoDate, maxDate } from '../dates/isoDate';
import { Bayi } from '../registers/types';
import { DOSES_BY_SHEET, doseHeader } from '../rules/doses';
import { addInterval, earliestAllowed, formatInterval } from '../rules/interval';
import { InfantDoseRule, Rules } from '../rules/types';
import { IdlResult, InfantDose, InfantOpenDose, InfantStatus } from './types';

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
const DOSE_INDEX = new Map(DOSES_BY_SHEET.bayi.map((d, i) => [d.key, i]));
const SERIES_INDEX = new Map([...SERIES.keys()].map((s, i) => [s, i]));
const SERIES_OF_INDEX = DOSES_BY_SHEET.bayi.map((d) => (d.series ? SERIES_INDEX.get(d.series)! : -1));

/**
 * An infant's doses checked and scheduled (DOMAIN.md "Infant schedule and due lists"):
 * - a series dose counts when it is at least the series interval after the previous valid
 *   dose of its series (Polio, DPT-HB-Hib, PCV, MR: 4 weeks);
 * - an open dose is due at its age, and a series dose also the series interval after the
 *   previous dose of the series, which must have been given (one dose of a series at a time);
 *   it is overdue (terlambat) the rules' interval after that; a dose past its expiry (HB0
 *   after 7 days) is no longer scheduled;
 * - IDL is reached when every IDL dose is valid and given before the age limit; its date is
 *   the last of those doses.
 */
export function infantStatus(bayi: Bayi, rules: Rules, today: IsoDate, header: (key: string) => string): InfantStatus {
  const birth = bayi.tanggalLahir;
  const counting = rules.monthCounting;
  // Only doses that do not count get an object (with their reason); the valid ones are the
  // register row's own dates. Keeps the objects per child few: there are 100k children.
  let invalid: InfantDose[] | null = null;
  const validDate: (IsoDate | undefined)[] = new Array(DOSE_INDEX.size);
  const lastInSeries: (string | undefined)[] = new Array(SERIES_INDEX.size);
  const dates = bayi.doses;
  // Date order; on one day, schema order (the reader fills `doses` in schema order).
  const keys = Object.keys(dates).sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0));
  for (const key of keys) {
    const date = dates[key];
    let reason: string | null = null;
    const index = DOSE_INDEX.get(key)!;
    const series = SERIES_OF_INDEX[index];
    const previous = series >= 0 ? lastInSeries[series] : undefined;
    if (date > today) {
      reason = `tanggal ${formatDateId(date)} sesudah tanggal acuan ${formatDateId(today)}; belum dihitung`;
    } else if (birth && date < birth) {
      reason = `tanggal ${formatDateId(date)} sebelum tanggal lahir ${formatDateId(birth)}; periksa tanggalnya`;
    } else if (previous !== undefined) {
      const before = dates[previous];
      const earliest = earliestAllowed(before, rules.infant.seriesMinInterval, counting);
      const allowed = rules.toleranceDays > 0 ? addDaysIso(earliest, -rules.toleranceDays) : earliest;
      if (date < allowed) {
        reason = `jarak ${daysBetween(before, date)} hari dari dosis sebelumnya; minimal ${formatInterval(rules.infant.seriesMinInterval)} (dosis sebelumnya: "${header(previous)}" ${formatDateId(before)}; paling cepat ${formatDateId(earliest)})`;
      }
    }
    if (reason !== null) {
      (invalid ??= []).push({ doseKey: key, date, column: header(key), valid: false, reason });
      continue;
    }
    validDate[index] = date;
    if (series >= 0) lastInSeries[series] = key;
  }
  const notCounted = invalid ?? NO_DOSES;
  if (!birth) return { row: bayi.row, record: bayi, invalid: notCounted, open: [], idl: null };

  const open: InfantOpenDose[] = [];
  for (const { rule, index, before, label } of schedulePlan(rules)) {
    if (validDate[index] !== undefined) continue;
    // Only the next dose of a series is open: the earlier ones must be given first.
    let ready = true;
    for (const k of before) if (validDate[k] === undefined) ready = false;
    if (!ready) continue;
    let due = addInterval(birth, rule.age, counting);
    if (before.length > 0) due = maxDate(due, addInterval(validDate[before[before.length - 1]]!, rules.infant.seriesMinInterval, counting));
    const until = rule.expiry ? addInterval(birth, rule.expiry, counting) : null;
    open.push({ doseKey: rule.dose, label, due, overdueFrom: addInterval(due, rules.overdueAfter, counting), until });
  }
  return { row: bayi.row, record: bayi, invalid: notCounted, open, idl: idlOf(birth, validDate, rules) };
}

const NO_DOSES: readonly InfantDose[] = Object.freeze([]);

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

const PLANS = new WeakMap<Rules, PlanItem[]>();

/** Each scheduled dose with its label and the earlier doses of its series, worked out once per rules. */
function schedulePlan(rules: Rules): PlanItem[] {
  let plan = PLANS.get(rules);
  if (!plan) {
    plan = rules.infant.schedule.map((rule) => {
      const series = SERIES_OF.get(rule.dose);
      const keys = series ? SERIES.get(series)! : [];
      const before = series ? keys.slice(0, keys.indexOf(rule.dose)).map((k) => DOSE_INDEX.get(k)!) : [];
      return { rule, index: DOSE_INDEX.get(rule.dose)!, before, label: doseHeader('bayi', rule.dose) };
    });
    PLANS.set(rules, plan);
  }
  return plan;
}

function idlOf(birth: IsoDate, validDate: readonly (IsoDate | undefined)[], rules: Rules): IdlResult {
  const limit = addInterval(birth, rules.idl.before, rules.monthCounting);
  const missing: string[] = [];
  let last: IsoDate | null = null;
  for (const key of rules.idl.doses) {
    const date = validDate[DOSE_INDEX.get(key)!];
    // "before the first birthday": a dose on the birthday itself is too late.
    if (!date || date >= limit) missing.push(key);
    else if (last === null || date > last) last = date;
  }
  const reached = missing.length === 0;
  return { reached, date: reached ? last : null, missing };
}
