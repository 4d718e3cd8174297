import { monthOf, yearOf } from '../dates/isoDate';
import { PersonRow } from '../registers/types';

/** The slot of a date in `year`'s grid, or -1 when it lies outside December Y−1 … December Y. */
export function slotOf(date: string, year: number): number {
  const y = yearOf(date);
  if (y === year) return monthOf(date);
  return y === year - 1 && monthOf(date) === 12 ? 0 : -1;
}

/** Where one dose key's dates fall in a year: the rows (indices into the register) and their slots, in row order. */
export interface KeyEntries {
  readonly rows: readonly number[];
  readonly slots: readonly number[];
  /** How many of the dates fall in each of the 13 slots (slotOf). */
  readonly perSlot: readonly number[];
}

/** The entries of a key no row has a date of in the year. */
const NONE: KeyEntries = Object.freeze({ rows: Object.freeze([]), slots: Object.freeze([]), perSlot: Object.freeze(new Array<number>(13).fill(0)) });

/**
 * Per register (the rows array) and year, every dose key's dates in that year's slots, found in
 * one walk over the register: Register Bayi is tallied by the immunization report (per
 * kelurahan), the stock report and Kualitas Data (per puskesmas), Register BIAS by the stock and
 * BIAS reports, and every register is counted for the month's data (monthData). The tallies then
 * walk only the year's doses, not every row and key again, and a puskesmas-wide count is the
 * per-slot sums. Keyed by the rows array: registers are not changed once read.
 */
const BY_REGISTER = new WeakMap<readonly PersonRow[], { year: number; byKey: ReadonlyMap<string, KeyEntries> }>();

/** Each dose key's dates in `year`'s slots; found once per register and year. */
export function yearDoses(rows: readonly PersonRow[], year: number): ReadonlyMap<string, KeyEntries> {
  const memo = BY_REGISTER.get(rows);
  if (memo !== undefined && memo.year === year) return memo.byKey;
  const byKey = new Map<string, { rows: number[]; slots: number[]; perSlot: number[] }>();
  // Indexed loop and for…in (no array per row): this runs for every dose of every row.
  for (let r = 0; r < rows.length; r++) {
    const doses = rows[r].doses;
    for (const key in doses) {
      const slot = slotOf(doses[key], year);
      if (slot < 0) continue;
      let entries = byKey.get(key);
      if (entries === undefined) {
        entries = { rows: [], slots: [], perSlot: new Array<number>(13).fill(0) };
        byKey.set(key, entries);
      }
      entries.rows.push(r);
      entries.slots.push(slot);
      entries.perSlot[slot]++;
    }
  }
  BY_REGISTER.set(rows, { year, byKey });
  return byKey;
}

/** Each of `keys`'s dates in `year`'s slots (yearDoses), in the order of `keys`. */
export function yearDoseEntries(rows: readonly PersonRow[], keys: readonly string[], year: number): KeyEntries[] {
  const byKey = yearDoses(rows, year);
  return keys.map((key) => byKey.get(key) ?? NONE);
}
