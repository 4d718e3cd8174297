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
  const consider = (d: IsoDate | null | undefined) => {
    if (d && (first === null || d < first)) first = d;
  };
  for (const d of Object.values(b.kunjungan)) consider(d);
  for (const d of Object.values(b.doses)) consider(d);
  consider(b.tanggalSkrining);
  return first;
}

/**
 * The doses each pregnancy still needs (thesis II.B.1; DOMAIN.md "Bumil"): with status T2 or
 * more before the pregnancy one dose (Td/TT ulang), otherwise two, none at T5 — numbers and
 * threshold from the rules. "Before the pregnancy" is the status just before the first
 * valid dose given during it (so the row's own screening counts), or on the reference date
 * when none has been given. Doses from any register between start and end count as given.
 */
export function pregnancyNeeds(rows: readonly Bumil[], t: TResult, rules: Rules, today: IsoDate): PregnancyNeed[] {
  const spans = rows.map((b) => {
    const start = pregnancyStart(b);
    return { b, start, end: start ? addInterval(start, rules.bumil.pregnancyLength, rules.monthCounting) : null };
  });
  return spans.map(({ b, start, end }) => {
    const later = spans.some((o) => o.b !== b && (b.hamilKe !== null && o.b.hamilKe !== null ? o.b.hamilKe > b.hamilKe : o.start !== null && start !== null && o.start > start));
    const active = !later && (start === null || start <= today) && (end === null || end >= today);
    let given = 0;
    let before: number | null = null;
    t.doses.forEach((dose, i) => {
      if (!dose.valid || start === null || dose.date < start || (end !== null && dose.date > end)) return;
      if (dose.step === t.statusBefore[i] && t.statusBefore[i] < 5) return; // a dose that does not raise (infant DPT 1)
      given++;
      if (before === null) before = t.statusBefore[i];
    });
    const statusBefore = before ?? statusOn(t, end !== null && end < today ? end : today);
    const needed = statusBefore >= 5 ? 0 : statusBefore >= rules.bumil.threshold ? rules.bumil.dosesFrom : rules.bumil.dosesBelow;
    const remaining = t.status >= 5 ? 0 : Math.max(0, needed - given);
    return { row: b.row, hamilKe: b.hamilKe, start, end, active, statusBefore, needed, given, remaining };
  });
}

/** The status on a date: after every valid dose and used screening up to it. */
function statusOn(t: TResult, date: IsoDate): number {
  let status = 0;
  for (const s of t.screenings) if (s.used && s.date <= date) status = Math.max(status, s.status);
  for (const d of t.doses) if (d.valid && d.date <= date && d.step !== null) status = Math.max(status, d.step);
  return status;
}
