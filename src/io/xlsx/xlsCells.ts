import { CellAt, CellTally } from './cellTally';
import { SHEET_GRID } from './sheetGrid';

const BOF = new Set([0x0009, 0x0209, 0x0409, 0x0809]);
const EOF = 0x000a;
const BOUNDSHEET = 0x0085;
const FILEPASS = 0x002f;
/** Value cells SheetJS builds one each (BIFF8 Number, RK, LabelSst, Label, RString, BoolErr, Formula, and their BIFF2–4 kin). */
const VALUE = new Set([0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x00d6, 0x00fd, 0x0203, 0x0204, 0x0205, 0x0206, 0x027e, 0x0406]);
const MULRK = 0x00bd;
const MERGECELLS = 0x00e5;
const SST = 0x00fc;
const HLINK = 0x01b8;
const HLINK_TOOLTIP = 0x0800;
/** Records SheetJS appends to the one before them, and the bytes of their own header it skips. */
const CONTINUE_SKIP = new Map([
  [0x003c, 0],
  [0x043c, 0],
  [0x0812, 4],
  [0x0875, 12],
  [0x087f, 12],
]);
/**
 * SheetJS joins each MERGECELLS record's ranges to all the sheet's ranges before it (a copy of
 * the whole list per record). Excel writes up to 1 027 ranges a record: a sheet of 10 000
 * merged ranges costs some 50 000 copies; this bound allows a thousand times more.
 */
export const MERGE_COPIES = 50_000_000;

const u16 = (s: Uint8Array, at: number) => (s[at] ?? 0) + ((s[at + 1] ?? 0) << 8);
const u32 = (s: Uint8Array, at: number) => u16(s, at) + u16(s, at + 2) * 0x10000;

/**
 * Counts, record by record, what SheetJS builds from an .xls's Workbook stream (BIFF8, or an
 * older BIFF) with the options every reader uses: a cell for every value record (MULRK: one per
 * number in it), an entry for every string of the shared string table, a cell visited for every
 * cell a hyperlink covers, and the copies its merged-range lists cost. Stops as SheetJS stops
 * (after the last substream, or at a password's FILEPASS, past which records are encrypted) and
 * at the first limit passed (the problem is left in `tally`).
 */
export function countXlsRecords(s: Uint8Array, tally: CellTally): void {
  const names = new Map<number, string>();
  let depth = 0;
  let sheet = '';
  let lastType = -1;
  let merges = 0;
  let copies = 0;
  let at = 0;
  const add = (cells: number, where: CellAt) => {
    tally.cells += cells;
    if (tally.cells > tally.limits.cells) tally.problem ??= { kind: 'cells', sheet, at: where, merge: false };
  };
  const place = (row: number, first: number, last: number) => {
    if (last >= SHEET_GRID.cols) tally.problem ??= { kind: 'outside', sheet, at: { row, col: last } };
    else add(Math.max(0, last - first + 1), { row, col: last });
  };
  while (at < s.length - 1 && tally.problem === null) {
    const start = at;
    const type = u16(s, at);
    at += 2;
    if (type === 0 && lastType === EOF) return;
    const length = at >= s.length ? 0 : u16(s, at);
    at += 2;
    if (depth === 0 && !BOF.has(type)) return;
    const body = at;
    at += length;
    lastType = type;
    if (BOF.has(type)) {
      if (depth++ === 0 && names.has(start)) sheet = names.get(start)!;
      merges = 0;
      copies = 0;
    } else if (type === EOF) {
      depth--;
    } else if (type === FILEPASS) {
      return;
    } else if (type === BOUNDSHEET) {
      names.set(u32(s, body), shortString(s, body + 6));
    } else if (VALUE.has(type)) {
      const col = u16(s, body + 2);
      place(u16(s, body), col, col);
    } else if (type === MULRK) {
      // Row, first column, (XF, RK) × n, last column: SheetJS refuses the record unless n fits.
      place(u16(s, body), u16(s, body + 2), u16(s, body + 2) + Math.max(0, Math.floor((length - 6) / 6)) - 1);
    } else if (type === MERGECELLS) {
      const ranges = u16(s, body);
      if (2 + 8 * ranges > length + continued(s, at)) {
        tally.problem ??= { kind: 'damaged', where: `sheet "${sheet}"` };
        return;
      }
      merges += ranges;
      copies += merges;
      if (copies > MERGE_COPIES) tally.problem ??= { kind: 'merges', sheet };
    } else if (type === SST) {
      // Every string takes at least 3 bytes (count, flags): no more than that many, nor than it says.
      tally.strings += Math.min(u32(s, body + 4), Math.floor(Math.max(0, length + continued(s, at) - 8) / 3));
      if (tally.strings > tally.limits.strings) tally.problem ??= { kind: 'strings', strings: tally.strings };
    } else if (type === HLINK || type === HLINK_TOOLTIP) {
      const ref = type === HLINK ? body : body + 2;
      const first = { row: u16(s, ref), col: u16(s, ref + 4) };
      const last = { row: u16(s, ref + 2), col: u16(s, ref + 6) };
      if (first.row <= last.row && first.col <= last.col) {
        const cells = (last.row - first.row + 1) * (last.col - first.col + 1);
        tally.cells += cells;
        if (tally.cells > tally.limits.cells) tally.problem ??= { kind: 'link', sheet, first, last, cells };
      }
    }
  }
}

/** Bytes of the CONTINUE records right after `at`, as SheetJS appends them to the record before. */
function continued(s: Uint8Array, at: number): number {
  let bytes = 0;
  for (let skip = CONTINUE_SKIP.get(u16(s, at)); skip !== undefined && at + 4 <= s.length; skip = CONTINUE_SKIP.get(u16(s, at))) {
    const length = u16(s, at + 2);
    bytes += Math.max(0, length - skip);
    at += 4 + length;
  }
  return bytes;
}

/** A BIFF8 ShortXLUnicodeString (count, flags, Latin-1 or UTF-16LE characters), for naming a sheet. */
function shortString(s: Uint8Array, at: number): string {
  const chars = s[at] ?? 0;
  const wide = ((s[at + 1] ?? 0) & 1) === 1;
  let text = '';
  for (let i = 0; i < chars; i++) text += String.fromCharCode(wide ? u16(s, at + 2 + 2 * i) : (s[at + 2 + i] ?? 0));
  return text;
}
