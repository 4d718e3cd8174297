import { ANTIGEN_DOSES, SCHEDULE_PRESETS } from './antigenDoses';
import { DROP_OUT_PAIRS } from './doseIndex';

/**
 * The drop-out lines (DOMAIN.md "PWS": (first − last) ÷ first, cumulative), one per dose record
 * with `dropOutFrom`: every report, summary, Data Laporan reader and district table lists these,
 * so a pair added to the records shows everywhere. Today DPT-HB-Hib 1 → 3 and DPT-HB-Hib 1 → MR 1.
 */
export interface DropOutPair {
  /** Its name in the report model: the two dose keys, camel-cased ("dpt1Dpt3"). */
  key: string;
  /** The first dose's key (dpt1). */
  from: string;
  /** The last dose's key (dpt3, mr1). */
  to: string;
}

const INFANT = new Map(ANTIGEN_DOSES.filter((d) => d.sheet === 'bayi').map((d) => [d.key, d] as const));
const header = (key: string) => INFANT.get(key)?.header ?? key;
const short = (key: string) => INFANT.get(key)?.short ?? header(key).replace(/\s+/g, '');

/** The pairs of the records, in the register order of their last dose. */
export const DROP_OUT_LINES: readonly DropOutPair[] = DROP_OUT_PAIRS.map(([from, to]) => ({ key: `${from}${to.charAt(0).toUpperCase()}${to.slice(1)}`, from, to }));

/** The pairs whose two doses are both among `keys` (the doses of a schedule preset, or of a report). */
export function dropOutPairsIn(keys: Iterable<string>): DropOutPair[] {
  const have = new Set(keys);
  return DROP_OUT_LINES.filter((p) => have.has(p.from) && have.has(p.to));
}

/** Whether every schedule preset has both doses of the pair (else a report shows it only under the presets that do). */
export function inEveryPreset(p: DropOutPair): boolean {
  return [p.from, p.to].every((key) => SCHEDULE_PRESETS.every((preset) => INFANT.get(key)?.presets.includes(preset) ?? false));
}

/**
 * The pair as a sentence names it: "DPT-HB-Hib 1→3" when the last dose's header continues the
 * first's name, "DPT-HB-Hib 1→MR 1" otherwise.
 */
export function dropOutLabel(p: DropOutPair): string {
  const [from, to] = [header(p.from), header(p.to)];
  const stem = from.slice(0, from.lastIndexOf(' ') + 1);
  return `${from}→${stem && to.startsWith(stem) ? to.slice(stem.length) : to}`;
}

/** The pair in a narrow column heading: "DPT1 → DPT3" (`arrow` " → ") or "DPT1→MR1" (`arrow` "→"). */
export function dropOutShortLabel(p: DropOutPair, arrow = ' → '): string {
  return `${short(p.from)}${arrow}${short(p.to)}`;
}

/** Both doses by their full headers: "DPT-HB-Hib 1 – DPT-HB-Hib 3". */
export function dropOutPairText(p: DropOutPair): string {
  return `${header(p.from)} – ${header(p.to)}`;
}

/** The header of the first dose all the pairs share ("DPT-HB-Hib 1"), or null when they start from different doses. */
export function commonFirstDose(pairs: readonly DropOutPair[]): string | null {
  const firsts = new Set(pairs.map((p) => p.from));
  return firsts.size === 1 ? header([...firsts][0]) : null;
}

/** "a", "a dan b", "a, b dan c". */
export function listTextId(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}
