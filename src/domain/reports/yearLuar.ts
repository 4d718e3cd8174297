import { ImunisasiLuar } from '../registers/types';

/** The slot of an Imunisasi Luar row in `year`'s grid (see yearDoses' slotOf), or -1 when outside December Y−1 … December Y. */
export function luarSlot(row: ImunisasiLuar, year: number): number {
  if (row.tahun === null || row.bulan === null) return -1;
  return row.tahun === year ? row.bulan : row.tahun === year - 1 && row.bulan === 12 ? 0 : -1;
}

/** Where the counts of one Imunisasi Luar column fall in a year: the rows (indices into the sheet) with a count, their slots and counts, in row order. */
export interface LuarEntries {
  readonly rows: readonly number[];
  readonly slots: readonly number[];
  readonly counts: readonly number[];
}

/** The entries of a column no row of the year has a count in. */
const NONE: LuarEntries = Object.freeze({ rows: Object.freeze([]), slots: Object.freeze([]), counts: Object.freeze([]) });

/**
 * Per Imunisasi Luar sheet (the rows array) and year, every count column's non-zero counts in
 * that year's slots, found in one walk: the immunization report (per kelurahan), the stock report
 * and Kualitas Data (per puskesmas) each tally the sheet's columns, and would otherwise read every
 * row's every column again. Keyed by the rows array: registers are not changed once read.
 */
const BY_SHEET = new WeakMap<readonly ImunisasiLuar[], { year: number; byColumn: ReadonlyMap<string, LuarEntries> }>();

/** Each column's counts of `year` (see BY_SHEET); found once per sheet and year. */
function yearLuar(rows: readonly ImunisasiLuar[], year: number): ReadonlyMap<string, LuarEntries> {
  const memo = BY_SHEET.get(rows);
  if (memo !== undefined && memo.year === year) return memo.byColumn;
  const byColumn = new Map<string, { rows: number[]; slots: number[]; counts: number[] }>();
  for (let r = 0; r < rows.length; r++) {
    const slot = luarSlot(rows[r], year);
    if (slot < 0) continue;
    const counts = rows[r].counts;
    for (const column in counts) {
      const n = counts[column] ?? 0;
      if (n === 0) continue;
      let entries = byColumn.get(column);
      if (entries === undefined) byColumn.set(column, (entries = { rows: [], slots: [], counts: [] }));
      entries.rows.push(r);
      entries.slots.push(slot);
      entries.counts.push(n);
    }
  }
  BY_SHEET.set(rows, { year, byColumn });
  return byColumn;
}

/** The rows of `year` whose counts in `columns` sum to other than 0, with their slots and sums, in row order. */
export function luarEntries(rows: readonly ImunisasiLuar[], columns: readonly string[], year: number): LuarEntries {
  if (columns.length === 1) return yearLuar(rows, year).get(columns[0]) ?? NONE;
  // A line summing several columns (bumil_t2plus ← bumilT2 … T5): row by row, one entry per row.
  const out = { rows: [] as number[], slots: [] as number[], counts: [] as number[] };
  for (let r = 0; r < rows.length; r++) {
    const slot = luarSlot(rows[r], year);
    if (slot < 0) continue;
    let n = 0;
    for (let c = 0; c < columns.length; c++) n += rows[r].counts[columns[c]] ?? 0;
    if (n === 0) continue;
    out.rows.push(r);
    out.slots.push(slot);
    out.counts.push(n);
  }
  return out;
}
