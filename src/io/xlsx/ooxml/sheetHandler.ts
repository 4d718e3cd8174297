import { DateSystem, isoDateToSerial } from '../../../domain/dates/excelSerial';
import { isIsoDate } from '../../../domain/dates/isoDate';
import { Cell, MergeRange, RawSheet } from '../../../domain/raw';
import { ZipFormatError } from '../zip/zipDirectory';
import { attribute, attributeAt, unescapeXml, XmlHandler } from './xmlScanner';

/** Why a sheet stopped being read early. */
export class TooManyCells extends Error {}

export interface SheetReadOptions {
  /** Read only the rows above this 0-based sheet row (Infinity: all). */
  rowLimit: number;
  /** Called for each cell holding a value; throws to stop the read. */
  countCell: () => void;
  /** The workbook's date system: an ISO date cell (t="d") becomes a serial in it. Absent: 1900. */
  dateSystem?: DateSystem;
}

/**
 * One worksheet's XML, streamed: every <c> present is read wherever it sits. The stored
 * sheet size (<dimension>) is ignored, so a stale one written by some tool cannot hide the
 * rows after it. Values as SheetJS gives them without cellDates: numbers (dates as Excel
 * serials), text, booleans, error text.
 */
export class SheetHandler implements XmlHandler {
  wantText = false;
  /** True once the rows wanted are read (rowLimit reached): the caller stops inflating. */
  done = false;
  /** Set by the caller when the sheet goes on past what was read. */
  partial = false;
  private readonly cells: Cell[][] = [];
  private readonly merges: MergeRange[] = [];
  private row = -1;
  private col = -1;
  private inData = false;
  // The cell being read.
  private type: string | undefined;
  private value: string | undefined;
  /** The value when it is a plain non-negative integer (most cells; shared-string indices): read without a string. */
  private intValue = -1;
  private inline: string[] | null = null;
  private inPhonetic = false;
  private textTarget: 'v' | 't' | null = null;
  // Bounds of every <c> present (stubs too: a formatted empty cell is part of the used range, as in Excel).
  private minRow = Infinity;
  private minCol = Infinity;
  private lastValueRow = -1;
  /** Cells holding a shared string, as (row, column, index) triples: filled in by resolveStrings. */
  readonly stringRefs: number[] = [];

  constructor(
    private readonly name: string,
    private readonly options: SheetReadOptions,
  ) {}

  open(name: string, s: string, start: number, end: number, selfClosing: boolean): void {
    switch (name) {
      case 'c': {
        this.readCellTag(s, start, end);
        this.value = undefined;
        this.intValue = -1;
        this.inline = null;
        if (selfClosing) this.endCell();
        return;
      }
      case 'v':
        if (selfClosing) this.value = '';
        else {
          this.textTarget = 'v';
          this.value = '';
          this.wantText = true;
        }
        return;
      case 'is':
        if (!selfClosing) this.inline = [];
        return;
      case 't':
        if (this.inline && !this.inPhonetic && !selfClosing) {
          this.textTarget = 't';
          this.wantText = true;
        }
        return;
      case 'rPh':
        this.inPhonetic = !selfClosing;
        return;
      case 'row': {
        const at = attributeAt(s, start, end, 'r');
        const r = at >= 0 ? undefined : attribute(s.slice(start, end), 'r');
        const n = at >= 0 ? digits(s, at, s.indexOf('"', at)) : r === undefined ? NaN : parseInt(r, 10);
        this.row = Number.isFinite(n) && n > 0 ? n - 1 : this.row + 1;
        this.col = -1;
        if (this.row >= this.options.rowLimit) this.done = true;
        return;
      }
      case 'sheetData':
        this.inData = !selfClosing;
        return;
      case 'mergeCell': {
        const ref = attribute(s.slice(start, end), 'ref');
        const range = ref ? decodeRange(ref) : null;
        if (range && !this.done) this.merges.push(range);
        return;
      }
      default:
    }
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        this.endCell();
        return;
      case 'v':
      case 't':
        this.wantText = false;
        this.textTarget = null;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'sheetData':
        this.inData = false;
        if (this.options.rowLimit !== Infinity) this.done = true;
        return;
      default:
    }
  }

  text(s: string, start: number, end: number): void {
    if (this.textTarget === 'v') {
      if (this.value === '' && this.intValue < 0 && (this.type === undefined || this.type === 'n' || this.type === 's')) {
        this.intValue = digits(s, start, end);
        if (this.intValue >= 0) return;
      }
      if (this.intValue >= 0) {
        // A second run of text in one <v> (around a comment): back to a string.
        this.value = String(this.intValue);
        this.intValue = -1;
      }
      this.value += s.slice(start, end);
    }
    else if (this.textTarget === 't') this.inline!.push(s.slice(start, end));
  }

  /** The cell's position (r, or the next column) and type (t) from its tag, without making strings. */
  private readCellTag(s: string, start: number, end: number): void {
    let r = -1;
    let t = -1;
    let unusual = false;
    // One pass: ` r="` and ` t="` as every writer spells them; anything else goes the slow way.
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 /* " */) {
        const close = s.indexOf('"', i + 1);
        if (close < 0 || close >= end) unusual = true;
        else i = close;
      } else if (c === 32) {
        const a = s.charCodeAt(i + 1);
        if ((a === 114 /* r */ || a === 116 /* t */) && s.charCodeAt(i + 2) === 61 && s.charCodeAt(i + 3) === 34) {
          if (a === 114) r = i + 4;
          else t = i + 4;
          i += 2;
        }
      } else if (c === 39 || c === 9 || c === 10 || c === 13 || c === 61) {
        // A quote of the other kind, other white space, or "=" not directly after a name we know.
        if (c !== 61 || s.charCodeAt(i + 1) !== 34 || s.charCodeAt(i - 1) === 32) unusual = true;
      }
      if (unusual) break;
    }
    if (unusual) {
      const tag = s.slice(start, end);
      const ref = attribute(tag, 'r');
      if (ref === undefined || !this.setRef(ref)) this.col++;
      this.type = attribute(tag, 't');
      return;
    }
    if (r < 0 || !this.setRefAt(s, r)) this.col++;
    this.type = t < 0 ? undefined : cellType(s, t);
  }

  /** Puts the shared strings in the cells that refer to them. */
  resolveStrings(strings: readonly (string | undefined)[]): void {
    const refs = this.stringRefs;
    for (let i = 0; i < refs.length; i += 3) {
      const text = strings[refs[i + 2]];
      if (text === undefined) throw new ZipFormatError(`sheet ${this.name}: shared string ${refs[i + 2]} missing`);
      this.cells[refs[i]][refs[i + 1]] = text;
    }
    refs.length = 0;
  }

  /** The sheet read so far as a RawSheet: from the first cell present, rows to the last holding a value. */
  result(): RawSheet {
    const partial = this.partial;
    if (this.lastValueRow < 0) return { name: this.name, rows: [], firstRow: Number.isFinite(this.minRow) ? this.minRow + 1 : 1, firstCol: Number.isFinite(this.minCol) ? this.minCol + 1 : 1, ...(partial ? { partial } : {}) };
    const rows: Cell[][] = [];
    const firstCol = this.minCol;
    for (let r = this.minRow; r <= this.lastValueRow; r++) {
      const source = this.cells[r];
      if (!source) {
        rows.push([]);
        continue;
      }
      let last = source.length - 1;
      while (last >= firstCol && (source[last] === undefined || source[last] === null)) last--;
      const row = new Array<Cell>(Math.max(0, last - firstCol + 1));
      for (let c = firstCol; c <= last; c++) row[c - firstCol] = source[c] ?? null;
      rows.push(row);
    }
    return { name: this.name, rows, firstRow: this.minRow + 1, firstCol: firstCol + 1, ...(this.merges.length ? { merges: this.merges } : {}), ...(partial ? { partial } : {}) };
  }

  /** Like setRef, reading the reference in place: s[at] up to its closing quote. */
  private setRefAt(s: string, at: number): boolean {
    let col = 0;
    let i = at;
    for (; ; i++) {
      const c = s.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
      else if (c !== 36 /* $ */) break;
    }
    if (s.charCodeAt(i) === 36) i++;
    let row = 0;
    for (; ; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
      else break;
    }
    if (s.charCodeAt(i) !== 34 /* " */ || col === 0 || row === 0) return false;
    this.col = col - 1;
    this.row = row - 1;
    return true;
  }

  private setRef(ref: string): boolean {
    let col = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const c = ref.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
      else if (c === 36 /* $ */) continue;
      else break;
    }
    const row = parseInt(ref.slice(i).replace('$', ''), 10);
    if (col === 0 || !(row > 0)) return false;
    this.col = col - 1;
    this.row = row - 1;
    return true;
  }

  private endCell(): void {
    if (!this.inData || this.row < 0 || this.col < 0) return;
    if (this.row >= this.options.rowLimit) {
      this.done = true;
      return;
    }
    if (this.row < this.minRow) this.minRow = this.row;
    if (this.col < this.minCol) this.minCol = this.col;
    const value = this.cellValue();
    if (value === null) return;
    this.options.countCell();
    let row = this.cells[this.row];
    if (!row) {
      // A row costs about what a cell does: counted too, so a sheet of one-cell rows is bounded as tightly.
      this.options.countCell();
      row = this.cells[this.row] = [];
    }
    row[this.col] = value;
    // A shared string is known once the sheets are read (only the strings they use are kept).
    if (this.type === 's') this.stringRefs.push(this.row, this.col, this.intValue >= 0 ? this.intValue : parseInt(this.value!, 10));
    if (this.row > this.lastValueRow) this.lastValueRow = this.row;
  }

  private cellValue(): Cell {
    const v = this.value;
    switch (this.type) {
      case undefined:
      case 'n': {
        if (this.intValue >= 0) return this.intValue;
        if (v === undefined || v === '') return null;
        const n = parseFloat(v);
        // Not a number although stored as one: keep what is there rather than NaN.
        return Number.isNaN(n) ? unescapeXml(v) : n;
      }
      case 's':
        if (this.intValue >= 0) return '';
        if (v === undefined || v === '') return null;
        if (!(parseInt(v, 10) >= 0)) throw new ZipFormatError(`sheet ${this.name}: shared string "${v}"`);
        return '';
      case 'str':
        return v === undefined ? '' : unescapeXml(v);
      case 'inlineStr':
        return this.inline ? unescapeXml(this.inline.join('')) : '';
      case 'b':
        return v === '1' || v === 'true';
      case 'e':
        return v === undefined || v === '' ? '#N/A' : unescapeXml(v);
      case 'd':
        return v === undefined ? null : isoSerial(v, this.options.dateSystem ?? 1900);
      default:
        return null;
    }
  }
}

const CELL_TYPES = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr'];

/** s[start, end) as a non-negative integer when it is only digits (at most 15); otherwise -1. */
function digits(s: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A cell's t attribute at s[at] (up to its quote), as one of the known type strings when it is one. */
function cellType(s: string, at: number): string {
  const end = s.indexOf('"', at);
  const length = end - at;
  for (const type of CELL_TYPES) if (type.length === length && s.startsWith(type, at)) return type;
  return s.slice(at, end);
}

/** An ISO 8601 date-time cell (t="d") as an Excel serial of `system`, time of day as the fraction. */
function isoSerial(text: string, system: DateSystem): Cell {
  const day = text.slice(0, 10);
  if (!isIsoDate(day)) return unescapeXml(text);
  const time = /T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(text);
  const fraction = time ? (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400 : 0;
  return isoDateToSerial(day, system) + fraction;
}

function decodeCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function decodeRange(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const s = decodeCell(a);
  const e = decodeCell(b);
  return s && e ? { top: s.row, left: s.col, bottom: e.row, right: e.col } : null;
}
