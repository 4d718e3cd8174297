import { IsoDate } from '../dates/isoDate';
import { Bumil } from '../registers/types';
import { addInterval } from '../rules/interval';
import { Rules } from '../rules/types';
import { TResult } from './tStatus';
import { PregnancyNeed } from './types';

/** The first date on a bumil row: HPHT, else the earliest visit, dose or screening. */
function pregnancyStart(b: Bumil): IsoDate | null {
  if (b.hpht) return b.hpht;
  let first: IsoDate | null = null;
  for (const key in b.kunjungan) {
    const d = b.kunjungan[key];
    if (d && (first === null || d < first)) first = d;
  }
  for (const key in b.doses) {
    const d = b.doses[key];
    if (d && (first === null || d < first)) first = d;
  }
  const d = b.tanggalSkrining;
  if (d && (first === null || d < first)) first = d;
  return first;
}

/**
 * The doses each pregnancy still needs (thesis II.B.1; DOMAIN.md "Bumil"): with status T2 or
 * more before the pregnancy one dose (Td/TT ulang), otherwise two, none at T5 — numbers and
 * threshold from the rules. "Before the pregnancy" is the status just before the first
 * valid dose given during it (so the row's own screening counts), or on the reference date
 * when none has been given. Doses from any register between start and end count as given.
 * (Loops, not closures: this runs for every woman of Register Bumil.)
 */
export function pregnancyNeeds(rows: readonly Bumil[], t: TResult, rules: Rules, today: IsoDate): PregnancyNeed[] {
  const n = rows.length;
  const starts: (IsoDate | null)[] = new Array(n);
  const ends: (IsoDate | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = pregnancyStart(rows[i]);
    starts[i] = start;
    ends[i] = start ? addInterval(start, rules.bumil.pregnancyLength, rules.monthCounting) : null;
  }
  const needs: PregnancyNeed[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = rows[i];
    const start = starts[i];
    const end = ends[i];
    // A later pregnancy of the same woman (by Hamil ke-, else by start) ends this one's being current.
    let later = false;
    for (let j = 0; j < n && !later; j++) {
      const o = rows[j];
      if (o === b) continue;
      later = b.hamilKe !== null && o.hamilKe !== null ? o.hamilKe > b.hamilKe : starts[j] !== null && start !== null && starts[j]! > start;
    }
    const active = !later && (start === null || start <= today) && (end === null || end >= today);
    let given = 0;
    let before: number | null = null;
    for (let k = 0; k < t.doses.length; k++) {
      const dose = t.doses[k];
      if (!dose.valid || start === null || dose.date < start || (end !== null && dose.date > end)) continue;
      if (dose.step === t.statusBefore[k] && t.statusBefore[k] < 5) continue; // a dose that does not raise (infant DPT 1)
      given++;
      if (before === null) before = t.statusBefore[k];
    }
    const statusBefore = before ?? statusOn(t, end !== null && end < today ? end : today);
    const needed = statusBefore >= 5 ? 0 : statusBefore >= rules.bumil.threshold ? rules.bumil.dosesFrom : rules.bumil.dosesBelow;
    const remaining = t.status >= 5 ? 0 : Math.max(0, needed - given);
    needs[i] = { row: b.row, hamilKe: b.hamilKe, start, end, active, statusBefore, needed, given, remaining };
  }
  return needs;
}

/** The status on a date: after every valid dose and used screening up to it. */
function statusOn(t: TResult, date: IsoDate): number {
  let status = 0;
  for (let i = 0; i < t.screenings.length; i++) {
    const s = t.screenings[i];
    if (s.used && s.date <= date) status = Math.max(status, s.status);
  }
  for (let i = 0; i < t.doses.length; i++) {
    const d = t.doses[i];
    if (d.valid && d.date <= date && d.step !== null) status = Math.max(status, d.step);
  }
  return status;
}
