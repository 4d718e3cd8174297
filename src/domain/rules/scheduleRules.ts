import { SchemeKey } from '../read/cellValue';
import { PRESETS } from './presets';
import { DEFAULT_SCHEDULE, ScheduleKey, scheduleDoseKeys } from './schedules';
import { Rules } from './types';

export { scheduleDoseKeys };

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
