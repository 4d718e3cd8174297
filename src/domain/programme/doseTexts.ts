import { dosesOf } from './doseIndex';

/*
 * Infant doses named in sentences (Aturan descriptions, template hints), from the dose records,
 * so that no text lists them a second time.
 */

const INFANT_HEADERS = new Map(dosesOf('bayi').map((d) => [d.key, d.header] as const));

/**
 * Infant doses by their headers, a run of numbered doses of one name shortened to one item
 * ("Polio 1, Polio 2, Polio 3, Polio 4" → "Polio 1–4").
 */
export function doseRuns(keys: readonly string[]): string[] {
  const runs: { stem: string; first: string; last: string; n: number }[] = [];
  for (const header of keys.map((k) => INFANT_HEADERS.get(k) ?? k)) {
    const m = /^(.*\S)\s+(\d+)$/.exec(header);
    const run = runs[runs.length - 1];
    if (m && run && run.stem === m[1] && Number(run.last) + 1 === Number(m[2])) Object.assign(run, { last: m[2], n: run.n + 1 });
    else runs.push(m ? { stem: m[1], first: m[2], last: m[2], n: 1 } : { stem: header, first: '', last: '', n: 1 });
  }
  return runs.map((r) => (r.first === '' ? r.stem : r.n === 1 ? `${r.stem} ${r.first}` : `${r.stem} ${r.first}–${r.last}`));
}

/** "HB0, BCG, Polio 1–4, …": doseRuns as a comma-separated list (as an Aturan cell holds it). */
export function doseListText(keys: readonly string[]): string {
  return doseRuns(keys).join(', ');
}

/**
 * "Polio, DPT-HB-Hib, IPV, PCV, RV, MR": the infant series of the dose records (those of two
 * doses or more), each named by its first dose's header without the number, in register order.
 */
export function infantSeriesText(): string {
  const names = new Map<string, { name: string; doses: number }>();
  for (const d of dosesOf('bayi')) {
    if (!d.series) continue;
    const seen = names.get(d.series);
    names.set(d.series, seen ? { ...seen, doses: seen.doses + 1 } : { name: d.header.replace(/\s+\d+$/, ''), doses: 1 });
  }
  return [...names.values()].filter((s) => s.doses > 1).map((s) => s.name).join(', ');
}
