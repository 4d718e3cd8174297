import { ImunisasiLuar, PersonRow } from '../registers/types';
import { COMPLETENESS_KEYS, completenessDates, StatusInput, tIndicator } from './statusInput';
import { slotOf, yearDoseEntries } from './yearDoses';
import { luarEntries } from './yearLuar';

/**
 * Dose counts of one dose key over the months of a year, per kelurahan, with the register
 * rows behind every count so each report number can be traced (and recounted).
 * Slot 0 is December of the year before (the PWS "last month" of January); slots 1–12 are
 * the months of the year.
 */
export interface MonthGrid {
  /** [kelurahan index][slot]: doses recorded in the register. */
  readonly dalam: number[][];
  /** [kelurahan index][slot]: register rows (sheet row numbers) of those doses. */
  readonly dalamRows: number[][][];
  /** [kelurahan index][slot]: doses reported in Imunisasi Luar. */
  readonly luar: number[][];
  /** [kelurahan index][slot]: Imunisasi Luar rows that reported them. */
  readonly luarRows: number[][][];
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

/** Adds rows to a grid's [kelurahan][slot] lists, in the order the tally met them. */
type ListRows = (lists: number[][][]) => void;

/**
 * A MonthGrid whose row lists are made when first read. The counts are made at once; the rows
 * behind them only for a grid someone reads the rows of: at 100k rows the monthly report's
 * per-kelurahan grids held most of a million row numbers that no sheet shows (only a count
 * the verification or a finding lists is read). Each tally leaves how to list its rows (a
 * ListRows over the same registers, which are not changed once read); the lists come out as
 * if every row had been added as it was counted.
 */
class TallyGrid implements MonthGrid {
  readonly dalam: number[][];
  readonly luar: number[][];
  private dalamLists: number[][][] | null = null;
  private luarLists: number[][][] | null = null;
  private readonly dalamPending: ListRows[] = [];
  private readonly luarPending: ListRows[] = [];

  constructor(private readonly size: number) {
    this.dalam = Array.from({ length: size }, () => new Array<number>(13).fill(0));
    this.luar = Array.from({ length: size }, () => new Array<number>(13).fill(0));
  }

  get dalamRows(): number[][][] {
    return (this.dalamLists ??= this.listed(this.dalamPending));
  }

  get luarRows(): number[][][] {
    return (this.luarLists ??= this.listed(this.luarPending));
  }

  /** The register rows of a tally, listed now when the lists are already out, else when first read. */
  laterDalam(list: ListRows): void {
    if (this.dalamLists) list(this.dalamLists);
    else this.dalamPending.push(list);
  }

  /** The Imunisasi Luar rows of a tally, likewise. */
  laterLuar(list: ListRows): void {
    if (this.luarLists) list(this.luarLists);
    else this.luarPending.push(list);
  }

  private listed(pending: ListRows[]): number[][][] {
    const lists = Array.from({ length: this.size }, () => new Array<number[]>(13).fill(NO_ROWS));
    for (const list of pending) list(lists);
    pending.length = 0;
    return lists;
  }
}

/** The grid of `key`, made when missing. */
function gridOf(grids: Map<string, MonthGrid>, key: string, size: number): TallyGrid {
  let grid = grids.get(key);
  if (grid === undefined) {
    grid = new TallyGrid(size);
    grids.set(key, grid);
  }
  return grid as TallyGrid;
}

/** Adds a row to a slot's list (its own list on the first). */
function addRow(slots: number[][], slot: number, row: number): void {
  const list = slots[slot];
  if (list === NO_ROWS) slots[slot] = [row];
  else list.push(row);
}

/** The kelurahan index of every row (unlisted for a code not in the index, or none). */
function kelurahanOfRows<R>(rows: readonly R[], index: KelurahanIndex, kelurahanOf: (row: R) => string | null): Int32Array {
  const unlisted = index.size - 1;
  const out = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const code = kelurahanOf(rows[r]);
    out[r] = code === null ? unlisted : (index.indexOf.get(code) ?? unlisted);
  }
  return out;
}

/**
 * Counts the doses of `keys` per kelurahan and month slot, with the register rows behind
 * each count in row order. `kelurahanOf` says where a row counts (for pupils: their school's kelurahan).
 */
export function tallyRegister<R extends PersonRow>(rows: readonly R[], keys: readonly string[], year: number, index: KelurahanIndex, grids: Map<string, MonthGrid> = new Map(), kelurahanOf: (row: R) => string | null = (r) => r.kodeKelurahan): Map<string, MonthGrid> {
  const entries = yearDoseEntries(rows, keys, year);
  // Each row's kelurahan index, looked up once for all its doses; none for one bucket (the puskesmas).
  const kelurahan = index.size > 1 ? kelurahanOfRows(rows, index, kelurahanOf) : null;
  for (let i = 0; i < keys.length; i++) {
    const grid = gridOf(grids, keys[i], index.size);
    const { rows: found, slots, perSlot } = entries[i];
    const dalam = grid.dalam;
    // One bucket: the year's counts per slot, already made.
    if (kelurahan === null) for (let s = 0; s < 13; s++) dalam[0][s] += perSlot[s];
    else for (let j = 0; j < found.length; j++) dalam[kelurahan[found[j]]][slots[j]]++;
    grid.laterDalam((lists) => {
      for (let j = 0; j < found.length; j++) addRow(lists[kelurahan === null ? 0 : kelurahan[found[j]]], slots[j], rows[found[j]].row);
    });
  }
  return grids;
}

/**
 * Adds Imunisasi Luar counts into the grids: `keys` are count columns, each tallied under its
 * own name, or a map from a grid's key to the count columns it sums (bumil_t2plus ← bumilT2…T5).
 */
export function tallyLuar(rows: readonly ImunisasiLuar[], keys: readonly string[] | Readonly<Record<string, readonly string[]>>, year: number, index: KelurahanIndex, grids: Map<string, MonthGrid> = new Map()): Map<string, MonthGrid> {
  const sources: [string, readonly string[]][] = Array.isArray(keys) ? keys.map((k) => [k, [k]]) : Object.entries(keys as Record<string, readonly string[]>);
  // Each row's kelurahan index; none for one bucket (the puskesmas).
  const kelurahan = index.size > 1 ? kelurahanOfRows(rows, index, (r) => r.kodeKelurahan) : null;
  for (const [key, columns] of sources) {
    const grid = gridOf(grids, key, index.size);
    const { rows: found, slots, counts } = luarEntries(rows, columns, year);
    const luar = grid.luar;
    for (let j = 0; j < found.length; j++) luar[kelurahan === null ? 0 : kelurahan[found[j]]][slots[j]] += counts[j];
    grid.laterLuar((lists) => {
      for (let j = 0; j < found.length; j++) addRow(lists[kelurahan === null ? 0 : kelurahan[found[j]]], slots[j], rows[found[j]].row);
    });
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
  const own = new Map(keys.map((key) => [key, gridOf(grids, key, index.size)]));
  const unlisted = index.size - 1;
  const at = (kel: string | null) => (kel === null ? unlisted : (index.indexOf.get(kel) ?? unlisted));
  // The counts now; the rows behind them (one more walk over the persons) when first read.
  walkStatus(persons, year, (key, kel, slot) => {
    const grid = own.get(key);
    if (grid) grid.dalam[at(kel)][slot]++;
  });
  let listed: Map<string, number[]> | null = null;
  const rowsByKey = (): Map<string, number[]> => {
    if (listed === null) {
      const found = new Map<string, number[]>(keys.map((key) => [key, []]));
      walkStatus(persons, year, (key, kel, slot, row) => found.get(key)?.push(at(kel), slot, row));
      listed = found;
    }
    return listed;
  };
  for (const [key, grid] of own) {
    grid.laterDalam((lists) => {
      const list = rowsByKey().get(key)!;
      for (let i = 0; i < list.length; i += 3) addRow(lists[list[i]], list[i + 1], list[i + 2]);
    });
  }
  return grids;
}

/** Each counted T dose and completeness date of the persons in `year`'s slots, in person order: its line, kelurahan, slot and register row. */
function walkStatus(persons: readonly StatusInput[], year: number, visit: (key: string, kelurahan: string | null, slot: number, row: number) => void): void {
  // Indexed loops: this runs for each of 100k persons.
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    const doses = p.doses;
    for (let j = 0; j < doses.length; j++) {
      const d = doses[j];
      const key = tIndicator(d);
      if (key === null) continue;
      const slot = slotOf(d.date, year);
      if (slot >= 0) visit(key, d.kelurahan, slot, d.row);
    }
    if (!p.infant) continue;
    const reached = completenessDates(p.infant);
    let row = -1;
    for (let k = 0; k < COMPLETENESS_KEYS.length; k++) {
      const date = reached[COMPLETENESS_KEYS[k]];
      if (date === null) continue;
      if (row < 0) row = bayiRow(p);
      const slot = slotOf(date, year);
      if (slot >= 0) visit(COMPLETENESS_KEYS[k], p.kelurahan, slot, row);
    }
  }
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
