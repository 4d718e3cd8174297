import { SchemeKey } from '../read/cellValue';
import { DOSES_BY_SHEET } from './doses';
import { PRESETS } from './presets';
import { DEFAULT_SCHEDULE, ScheduleKey } from './schedules';
import { Rules } from './types';

/**
 * The infant doses of a schedule preset, in register order: the dose records that name it.
 * (Until the records name their presets: every infant dose but PCV under Permenkes 12/2017.)
 */
export function scheduleDoseKeys(schedule: ScheduleKey): readonly string[] {
  return DOSES_BY_SHEET.bayi.filter((d) => schedule === 'kemenkes2023' || d.series !== 'pcv').map((d) => d.key);
}

const CACHE = new Map<string, Rules>();

/**
 * The rules of a Td/TT scheme under an immunization schedule: the scheme's preset with the
 * schedule's infant doses, and IDL and IBL limited to the doses the schedule gives. Worked out
 * once per pair (the status engine derives its per-rules plan once from the object).
 */
export function rulesFor(scheme: SchemeKey, schedule: ScheduleKey = DEFAULT_SCHEDULE): Rules {
  const key = `${scheme}|${schedule}`;
  let rules = CACHE.get(key);
  if (!rules) {
    const base = PRESETS[scheme];
    const doses = new Set(scheduleDoseKeys(schedule));
    rules = {
      ...base,
      jadwal: schedule,
      infant: { ...base.infant, schedule: base.infant.schedule.filter((r) => doses.has(r.dose)) },
      idl: { ...base.idl, doses: base.idl.doses.filter((d) => doses.has(d)) },
      ibl: { ...base.ibl, doses: base.ibl.doses.filter((d) => doses.has(d)) },
    };
    CACHE.set(key, rules);
  }
  return rules;
}
