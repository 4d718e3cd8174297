import { monthOf, yearOf } from '../dates/isoDate';
import { ImunisasiLuar, PersonRow } from '../registers/types';
import { COMPLETENESS_KEYS, completenessDates, StatusInput, tIndicator } from './statusInput';

/**
 * Dose counts of one dose key over the months of a year, per kelurahan, with the register
 * rows behind every count so each report number can be traced (and recounted).
 * Slot 0 is December of the year before (the PWS "last month" of January); slots 1–12 are
 * the months of the year.
 */
export interface MonthGrid {
  /** [kelurahan index][slot]: doses recorded in the register. */
  dalam: number[][];
  /** [kelurahan index][slot]: register rows (sheet row numbers) of those doses. */
  dalamRows: number[][][];
  /** [kelurahan index][slot]: doses reported in Imunisasi Luar. */
  luar: number[][];
  /** [kelurahan index][slot]: Imunisasi Luar rows that reported them. */
  luarRows: number[][][];
}

/** Kelurahan code → index; codes not in the map go to the last index ("not listed"). */
export interface KelurahanIndex {
  indexOf: Map<string, number>;
  /** Listed kelurahan + 1 for the "not listed" bucket. */
  size: number;
}

export function kelurahanIndex(codes: readonly string[]): KelurahanIndex {
  return { indexOf: new Map(codes.map((c, i) => [c, i])), size: codes.length + 1 };
}

/**
 * The rows of a slot with none yet: one shared, frozen empty list, replaced by the slot's own on
 * its first row (addRow). A report's grids have ~30 keys × kelurahan × 13 slots × 2 lists, most
 * of them empty; frozen, so a reader that tried to change one would fail, not share its rows.
 */
const NO_ROWS = Object.freeze([]) as unknown as number[];

function emptyGrid(size: number): MonthGrid {
  const numbers = () => Array.from({ length: size }, () => new Array<number>(13).fill(0));
  const lists = () => Array.from({ length: size }, () => new Array<number[]>(13).fill(NO_ROWS));
  return { dalam: numbers(), dalamRows: lists(), luar: numbers(), luarRows: lists() };
}

/** Adds a row to a slot's list (its own list on the first). */
function addRow(slots: number[][], slot: number, row: number): void {
  const list = slots[slot];
  if (list === NO_ROWS) slots[slot] = [row];
  else list.push(row);
}

/** The slot of a date in `year`'s grid, or -1 when it lies outside December Y−1 … December Y. */
export function slotOf(date: string, year: number): number {
  const y = yearOf(date);
  if (y === year) return monthOf(date);
  return y === year - 1 && monthOf(date) === 12 ? 0 : -1;
}

/** Where one dose key's dates fall in a year: the rows (indices into the register) and their slots, in row order. */
export interface KeyEntries {
  rows: number[];
  slots: number[];
}

/**
 * Per register (the rows array) and year, each dose key's dates in that year's slots, found
 * once: Register Bayi is tallied by the immunization report (per kelurahan), the stock report
 * and Kualitas Data (per puskesmas), Register BIAS by the stock and BIAS reports. The later
 * tallies walk only the year's doses, not every row and key again. Keyed by the rows array:
 * registers are not changed once read.
 */
const ENTRIES = new WeakMap<readonly PersonRow[], { year: number; byKey: Map<string, KeyEntries> }>();

/** Each of `keys`'s dates in `year`'s slots (slotOf), as rows (indices into `rows`) and slots in row order; found once per register and year. */
export function yearDoseEntries(rows: readonly PersonRow[], keys: readonly string[], year: number): KeyEntries[] {
  let memo = ENTRIES.get(rows);
  if (memo === undefined || memo.year !== year) {
    memo = { year, byKey: new Map() };
    ENTRIES.set(rows, memo);
  }
  const byKey = memo.byKey;
  const missing = [...new Set(keys.filter((key) => !byKey.has(key)))];
  if (missing.length > 0) {
    const lists: KeyEntries[] = missing.map(() => ({ rows: [], slots: [] }));
    // Indexed loops: this runs for every dose key of every row.
    for (let r = 0; r < rows.length; r++) {
      const doses = rows[r].doses;
      for (let i = 0; i < missing.length; i++) {
        const date = doses[missing[i]];
        if (date === undefined) continue;
        const slot = slotOf(date, year);
        if (slot < 0) continue;
        const list = lists[i];
        list.rows.push(r);
        list.slots.push(slot);
      }
    }
    for (let i = 0; i < missing.length; i++) byKey.set(missing[i], lists[i]);
  }
  return keys.map((key) => byKey.get(key)!);
}

/**
 * Counts the doses of `keys` per kelurahan and month slot, with the register rows behind
 * each count in row order. `kelurahanOf` says where a row counts (for pupils: their school's kelurahan).
 */
export function tallyRegister<R extends PersonRow>(rows: readonly R[], keys: readonly string[], year: number, index: KelurahanIndex, grids: Map<string, MonthGrid> = new Map(), kelurahanOf: (row: R) => string | null = (r) => r.kodeKelurahan): Map<string, MonthGrid> {
  for (const key of keys) if (!grids.has(key)) grids.set(key, emptyGrid(index.size));
  const unlisted = index.size - 1;
  const entries = yearDoseEntries(rows, keys, year);
  for (let i = 0; i < keys.length; i++) {
    const grid = grids.get(keys[i])!;
    const { rows: at, slots } = entries[i];
    for (let j = 0; j < at.length; j++) {
      const row = rows[at[j]];
      // One bucket (the puskesmas): no kelurahan to look up.
      let k = unlisted;
      if (unlisted > 0) {
        const code = kelurahanOf(row);
        if (code !== null) k = index.indexOf.get(code) ?? unlisted;
      }
      const slot = slots[j];
      grid.dalam[k][slot]++;
      addRow(grid.dalamRows[k], slot, row.row);
    }
  }
  return grids;
}

/**
 * Adds Imunisasi Luar counts into the grids: `keys` are count columns, each tallied under its
 * own name, or a map from a grid's key to the count columns it sums (bumil_t2plus ← bumilT2…T5).
 */
export function tallyLuar(rows: readonly ImunisasiLuar[], keys: readonly string[] | Readonly<Record<string, readonly string[]>>, year: number, index: KelurahanIndex, grids: Map<string, MonthGrid> = new Map()): Map<string, MonthGrid> {
  const sources: [string, readonly string[]][] = Array.isArray(keys) ? keys.map((k) => [k, [k]]) : Object.entries(keys as Record<string, readonly string[]>);
  for (const [key] of sources) if (!grids.has(key)) grids.set(key, emptyGrid(index.size));
  const unlisted = index.size - 1;
  for (const row of rows) {
    if (row.tahun === null || row.bulan === null) continue;
    const slot = row.tahun === year ? row.bulan : row.tahun === year - 1 && row.bulan === 12 ? 0 : -1;
    if (slot < 0) continue;
    const k = row.kodeKelurahan === null ? unlisted : (index.indexOf.get(row.kodeKelurahan) ?? unlisted);
    for (const [key, columns] of sources) {
      let n = 0;
      for (const c of columns) n += row.counts[c] ?? 0;
      if (n === 0) continue;
      const grid = grids.get(key)!;
      grid.luar[k][slot] += n;
      addRow(grid.luarRows[k], slot, row.row);
    }
  }
  return grids;
}

/**
 * The status engine's counts: valid T doses by the line they count under (tIndicator), at
 * the kelurahan of their register row; and children reaching IDL, IBL and imunisasi rutin
 * lengkap, at the person's kelurahan, in the month it was reached (the register row is the
 * Register Bayi row).
 */
export function tallyStatus(persons: readonly StatusInput[], keys: readonly string[], year: number, index: KelurahanIndex, grids: Map<string, MonthGrid> = new Map()): Map<string, MonthGrid> {
  for (const key of keys) if (!grids.has(key)) grids.set(key, emptyGrid(index.size));
  const unlisted = index.size - 1;
  const at = (kel: string | null) => (kel === null ? unlisted : (index.indexOf.get(kel) ?? unlisted));
  const add = (key: string, kel: string | null, date: string, row: number) => {
    const grid = grids.get(key);
    const slot = slotOf(date, year);
    if (!grid || slot < 0) return;
    const k = at(kel);
    grid.dalam[k][slot]++;
    addRow(grid.dalamRows[k], slot, row);
  };
  // Indexed loops: this runs for each of 100k persons.
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    const doses = p.doses;
    for (let j = 0; j < doses.length; j++) {
      const d = doses[j];
      const key = tIndicator(d);
      if (key) add(key, d.kelurahan, d.date, d.row);
    }
    if (!p.infant) continue;
    const reached = completenessDates(p.infant);
    let row = -1;
    for (let k = 0; k < COMPLETENESS_KEYS.length; k++) {
      const key = COMPLETENESS_KEYS[k];
      const date = reached[key];
      if (date === null) continue;
      if (row < 0) row = bayiRow(p);
      add(key, p.kelurahan, date, row);
    }
  }
  return grids;
}

/** The person's Register Bayi row (0 when none). */
function bayiRow(p: StatusInput): number {
  for (let i = 0; i < p.rows.length; i++) if (p.rows[i].sheet === 'bayi') return p.rows[i].row;
  return 0;
}

/** Sum of a [kelurahan][slot] table over slots from..to (inclusive) for one kelurahan. */
export function sumSlots(values: readonly number[], from: number, to: number): number {
  let n = 0;
  for (let s = from; s <= to; s++) n += values[s];
  return n;
}

/** The rows behind slots from..to, in slot order. */
export function rowsOfSlots(rows: readonly number[][], from: number, to: number): number[] {
  const out: number[] = [];
  // Indexed: called per kelurahan, antigen and period, it would otherwise make an iterator result per row.
  for (let s = from; s <= to; s++) {
    const slot = rows[s];
    for (let i = 0; i < slot.length; i++) out.push(slot[i]);
  }
  return out;
}
