import { XmlHandler } from './ooxml/xmlScanner';
import { SHEET_GRID } from './sheetGrid';

const PARSE_INT = (value: string) => parseInt(value, 10);

/** A cell element of an OpenDocument sheet with its repeats: top-left cell (1-based) and how far it repeats. */
export interface RepeatedCell {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Characters of its text, as SheetJS would hold them for each copy (spaces of <text:s text:c> counted out). */
  textChars: number;
}

/** What the counter found too much of, at the first point where the limit was passed. */
export type OdsCellProblem =
  | { kind: 'cells'; sheet: string; largest: RepeatedCell }
  | { kind: 'text'; sheet: string; largest: RepeatedCell }
  | { kind: 'outside'; block: RepeatedCell };

export interface OdsCellLimits {
  /** Cells holding a value, over the whole workbook, repeats counted out. */
  cells: number;
  /** Characters of cell text over the whole workbook, each copy of a repeated cell counted. */
  textChars: number;
}

/**
 * Counts, while the content.xml of an .ods (or a flat .fods) streams past, what SheetJS would
 * build from it: `table:number-rows-repeated` × `table:number-columns-repeated` cells for every
 * cell holding a value, each a copy with its own text. A few hundred bytes can ask for a whole
 * grid of 17 billion cells, so this runs before SheetJS and stops at the first limit passed.
 *
 * Only cells with a value count (a value type, or text inside): SheetJS builds nothing for an
 * empty cell, styled or not, so the empty rows LibreOffice repeats to row 1 048 576 and the
 * formatted empty columns a person leaves are no cost and are not refused. The attribute
 * spelling is read as SheetJS reads it (any prefix, any letter case), so that no spelling
 * SheetJS expands can pass here uncounted.
 */
export class OdsCellCounter implements XmlHandler {
  wantText = false;
  cells = 0;
  textChars = 0;
  problem: OdsCellProblem | null = null;
  private sheet = '';
  /** 0-based index of the current row element's first row, and how many rows it stands for. */
  private row = 0;
  private rowRepeat = 1;
  /** 0-based index of the next cell's column in the current row. */
  private col = 0;
  /** The open (not self-closing) cell element being read, with what it holds so far. */
  private cell: { col: number; cols: number; valued: boolean; textChars: number } | null = null;
  private largestCells: RepeatedCell | null = null;
  private largestText: RepeatedCell | null = null;

  constructor(private readonly limits: OdsCellLimits) {}

  open(rawName: string, s: string, start: number, end: number, selfClosing: boolean): void {
    if (this.problem) return;
    const name = tagName(rawName);
    switch (name) {
      case 'table':
      case '工作表': {
        // SheetJS starts a new sheet at every table element (its row and column back to the start).
        this.sheet = valueOf(s, start, end, 'name', '名称') ?? this.sheet;
        this.row = 0;
        this.rowRepeat = 1;
        this.col = 0;
        this.cell = null;
        return;
      }
      case 'table-row':
      case '行': {
        const fixed = valueOf(s, start, end, '行号');
        if (fixed !== undefined && Number(fixed) >= 1) this.row = Number(fixed) - 1;
        // SheetJS reads the row repeat with unary plus ("1e9" is a billion), the column repeat with parseInt.
        this.rowRepeat = repeatOf(s, start, end, 'number-rows-repeated', Number);
        this.col = 0;
        this.cell = null;
        if (selfClosing) this.closeRow();
        return;
      }
      case 'covered-table-cell':
        this.cell = null;
        this.col += repeatOf(s, start, end, 'number-columns-repeated', PARSE_INT);
        return;
      case 'table-cell':
      case '数据': {
        let cols = 1;
        let valued = false;
        let stringValue = 0;
        forEachAttribute(s, start, end, (a, b, v, w) => {
          if (nameIs(s, a, b, 'number-columns-repeated')) cols = Math.max(cols, Math.ceil(parseInt(s.slice(v, w), 10)) || 1);
          else if (nameIs(s, a, b, 'value-type') || nameIs(s, a, b, '数据类型')) valued = true;
          else if (nameIs(s, a, b, 'string-value')) stringValue = w - v;
        });
        if (selfClosing) {
          if (valued) this.count(this.col, cols, stringValue);
          this.col += cols;
          return;
        }
        this.cell = { col: this.col, cols, valued, textChars: stringValue };
        this.col += cols;
        this.wantText = true;
        return;
      }
      default:
        if (!this.cell) return;
        // Text inside the cell: SheetJS keeps it as the cell's string.
        this.cell.valued = true;
        if (name === 's') {
          // <text:s text:c="N"/>: SheetJS writes N spaces, each time the cell is copied.
          const c = repeatOf(s, start, end, 'c', PARSE_INT);
          if (c > 1) this.cell.textChars += c;
        }
    }
  }

  close(rawName: string): void {
    if (this.problem) return;
    const name = tagName(rawName);
    if (name === 'table-row' || name === '行') this.closeRow();
    else if ((name === 'table-cell' || name === '数据') && this.cell) {
      const { col, cols, valued, textChars } = this.cell;
      this.cell = null;
      this.wantText = false;
      if (valued) this.count(col, cols, textChars);
    }
  }

  text(_s: string, start: number, end: number): void {
    if (this.cell && end > start) this.cell.textChars += end - start;
  }

  private closeRow(): void {
    this.row += this.rowRepeat;
    this.rowRepeat = 1;
    this.cell = null;
    this.wantText = false;
  }

  /** A cell holding a value at column `col` (0-based), `cols` wide, over the current row's repeats. */
  private count(col: number, cols: number, textChars: number): void {
    const block: RepeatedCell = { sheet: this.sheet, row: this.row + 1, col: col + 1, rows: this.rowRepeat, cols, textChars };
    if (this.row + this.rowRepeat > SHEET_GRID.rows || col + cols > SHEET_GRID.cols) {
      this.problem = { kind: 'outside', block };
      return;
    }
    const cells = this.rowRepeat * cols;
    this.cells += cells;
    this.textChars += cells * textChars;
    if (!this.largestCells || cells > this.largestCells.rows * this.largestCells.cols) this.largestCells = block;
    if (!this.largestText || cells * textChars > this.largestText.rows * this.largestText.cols * this.largestText.textChars) this.largestText = block;
    if (this.cells > this.limits.cells) this.problem = { kind: 'cells', sheet: this.sheet, largest: this.largestCells };
    else if (this.textChars > this.limits.textChars) this.problem = { kind: 'text', sheet: this.sheet, largest: this.largestText };
  }
}

/** A tag's local name as SheetJS matches it: the part before any "_" ("table-cell_x" is a table-cell). */
function tagName(name: string): string {
  const underscore = name.indexOf('_');
  return underscore > 0 ? name.slice(0, underscore) : name;
}

/**
 * Calls `each` for every attribute of the tag s[start, end) (its name first), with where its
 * local name and its value lie in s. Quoted either way, spaces allowed around "=".
 */
function forEachAttribute(s: string, start: number, end: number, each: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void): void {
  let i = start;
  while (i < end && !isSpace(s.charCodeAt(i))) i++;
  while (i < end) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const nameStart = i;
    let colon = -1;
    for (let c = s.charCodeAt(i); i < end && c !== 61 /* = */ && !isSpace(c); c = s.charCodeAt(++i)) if (c === 58 /* : */) colon = i;
    const nameEnd = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61) {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
    const valueEnd = close < 0 || close > end ? end : close;
    let localStart = colon >= 0 ? colon + 1 : nameStart;
    let localEnd = nameEnd;
    if (colon < 0) {
      // SheetJS drops what follows "_" in a name without a prefix.
      const underscore = s.indexOf('_', nameStart + 1);
      if (underscore > 0 && underscore < nameEnd) localEnd = underscore;
    }
    if (localStart > localEnd) localStart = localEnd;
    each(localStart, localEnd, i + 1, valueEnd);
    i = valueEnd + 1;
  }
}

/** Whether s[start, end) is `name` (lower case), in any letter case: SheetJS also keys attributes in lower case. */
function nameIs(s: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    const c = s.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** The largest count an attribute `name` of the tag gives (read with `parse`, as SheetJS reads it), at least 1. */
function repeatOf(s: string, start: number, end: number, name: string, parse: (value: string) => number): number {
  let most = 1;
  forEachAttribute(s, start, end, (a, b, v, w) => {
    if (!nameIs(s, a, b, name)) return;
    const n = parse(s.slice(v, w));
    // A fraction rounds up, as SheetJS's loop over it runs.
    if (n > most) most = Math.ceil(n);
  });
  return most;
}

/** The first value of attribute `name` of the tag, if any. */
function valueOf(s: string, start: number, end: number, ...names: string[]): string | undefined {
  let value: string | undefined;
  forEachAttribute(s, start, end, (a, b, v, w) => {
    if (value === undefined && names.some((name) => nameIs(s, a, b, name))) value = s.slice(v, w);
  });
  return value;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
