import { SHEET_GRID } from './sheetGrid';
import { CellAt, CellTally } from './cellTally';
import { FieldRequest, RecordHandler, uint32 } from './xlsbRecords';

const ROW_HEADER = 0x0000;
/** Value cells with their column (BrtCellRk, Error, Bool, Real, Isst, FmlaNum, FmlaBool, FmlaError). */
const LONG_VALUE = new Set([0x02, 0x03, 0x04, 0x05, 0x07, 0x09, 0x0a, 0x0b]);
/** Value cells in the column after the last one (BrtShortRk, Error, Bool, Real, Isst). */
const SHORT_VALUE = new Set([0x0d, 0x0e, 0x0f, 0x10, 0x12]);
const CELL_ISST = 0x07;
const SHORT_ISST = 0x12;
const CELL_ST = 0x06;
const FMLA_STRING = 0x08;
const SHORT_ST = 0x11;
const CELL_RSTRING = 0x3e;
const MERGE_CELL = 0x00b0;
const HLINK = 0x01ee;
const SST_ITEM = 0x0013;
const END_SST = 0x00a0;
/** An XLNullableWideString's "no string". */
const NULL_STRING = 0xffffffff;

const enum Step {
  None,
  Row,
  Col,
  /** An XLWideString's character count. */
  Text,
  /** A RichStr's flags and character count. */
  RichHead,
  /** A RichStr's count of formatting runs. */
  Runs,
  LinkRange,
  /** A cell's index into the shared string table. */
  Isst,
}

/**
 * Checks, as a part's records pass, that every string SheetJS reads (a count of characters,
 * then the characters; a count of formatting runs, then the runs) lies inside its record. A
 * count that runs past the record's end has SheetJS read on into the records after it — in the
 * browser, one character at a time for as many as the count says (up to four billion).
 */
abstract class StringChecker implements RecordHandler {
  protected step = Step.None;
  protected length = 0;
  /** Where the field being read starts in the record's body. */
  private at = 0;
  /** Strings still to read after this one (a hyperlink has four). */
  private strings = 0;
  private nullable = false;

  constructor(
    protected readonly tally: CellTally,
    private readonly where: string,
  ) {}

  get done(): boolean {
    return this.tally.problem !== null;
  }

  abstract begin(type: number, length: number): FieldRequest | null;
  protected abstract valueField(bytes: Uint8Array, at: number): FieldRequest | null;

  field(bytes: Uint8Array, at: number): FieldRequest | null {
    switch (this.step) {
      case Step.Text: {
        const count = uint32(bytes, at);
        const end = this.at + 4 + 2 * (this.nullable && count === NULL_STRING ? 0 : count);
        if (end > this.length) return this.damaged();
        if (this.strings === 0) return null;
        this.strings--;
        this.nullable = false;
        return this.want(Step.Text, end, 4);
      }
      case Step.RichHead: {
        const end = this.at + 5 + 2 * uint32(bytes, at + 1);
        if (end > this.length) return this.damaged();
        return bytes[at] & 1 ? this.want(Step.Runs, end, 4) : null;
      }
      case Step.Runs:
        return this.at + 4 + 4 * uint32(bytes, at) > this.length ? this.damaged() : null;
      default:
        return this.valueField(bytes, at);
    }
  }

  beyond(): void {
    this.damaged();
  }

  cutShort(): void {
    this.damaged();
  }

  protected want(step: Step, at: number, size: number): FieldRequest {
    this.step = step;
    this.at = at;
    return { offset: at, size };
  }

  /** `count` strings from `at` on (XLWideString; the first nullable when `nullable`). */
  protected texts(at: number, count: number, nullable = false): FieldRequest {
    this.strings = count - 1;
    this.nullable = nullable;
    return this.want(Step.Text, at, 4);
  }

  protected damaged(why?: string): null {
    this.tally.problem ??= why === undefined ? { kind: 'damaged', where: this.where } : { kind: 'damaged', where: this.where, why };
    return null;
  }
}

/**
 * Counts, as a sheet part's records (sheet*.bin) stream past, the cells SheetJS builds from
 * them with the options every reader uses: one for every value record (blank ones are not
 * built), one for every merged range, and one for every cell a hyperlink covers. The row and
 * column each lands in are followed as SheetJS follows them (a short record is in the column
 * after the last; a hyperlink leaves both past its range), and a cell beyond the sheet grid is
 * refused too, before SheetJS would walk the empty rows up to it.
 */
export class XlsbSheetCounter extends StringChecker {
  private type = 0;
  private row = 0;
  private col = -1;
  /** Whether a row header (BrtRowHdr) has come: SheetJS cannot place a cell before one. */
  private inRow = false;

  constructor(
    tally: CellTally,
    private readonly sheet: string,
  ) {
    super(tally, `sheet "${sheet}"`);
  }

  begin(type: number, length: number): FieldRequest | null {
    this.type = type;
    this.length = length;
    this.step = Step.None;
    if (type === ROW_HEADER) {
      this.inRow = true;
      return this.want(Step.Row, 0, 4);
    }
    if (LONG_VALUE.has(type) || type === CELL_ST || type === FMLA_STRING || type === CELL_RSTRING) return this.want(Step.Col, 0, 4);
    if (SHORT_VALUE.has(type)) {
      this.place(this.col + 1);
      return type === SHORT_ISST && !this.done ? this.want(Step.Isst, 4, 4) : null;
    }
    if (type === SHORT_ST) {
      this.place(this.col + 1);
      return this.texts(4, 1);
    }
    if (type === MERGE_CELL) {
      this.add(1, { row: this.row, col: this.col }, true);
      return null;
    }
    if (type === HLINK) return this.want(Step.LinkRange, 0, 16);
    return null;
  }

  protected valueField(bytes: Uint8Array, at: number): FieldRequest | null {
    switch (this.step) {
      case Step.Row:
        this.row = uint32(bytes, at);
        return null;
      case Step.Col:
        this.place(uint32(bytes, at));
        if (this.done) return null;
        if (this.type === CELL_ST || this.type === FMLA_STRING) return this.texts(8, 1);
        if (this.type === CELL_RSTRING) return this.want(Step.RichHead, 8, 5);
        if (this.type === CELL_ISST) return this.want(Step.Isst, 8, 4);
        return null;
      case Step.Isst: {
        // A shared string SheetJS does not hold: it stops reading the sheet and drops it.
        const index = uint32(bytes, at);
        return this.tally.stringsKnown && index >= this.tally.strings ? this.damaged(`sel merujuk teks ke-${index.toLocaleString('id-ID')} yang tidak ada di daftar teks`) : null;
      }
      case Step.LinkRange:
        this.link({ row: uint32(bytes, at), col: uint32(bytes, at + 8) }, { row: uint32(bytes, at + 4), col: uint32(bytes, at + 12) });
        // Its relationship id (nullable), location, tooltip and display text.
        return this.done ? null : this.texts(16, 4, true);
      default:
        return null;
    }
  }

  private place(col: number): void {
    if (!this.inRow) {
      this.damaged('ada sel sebelum baris pertamanya');
      return;
    }
    this.col = col;
    const at = { row: this.row, col };
    if (at.row >= SHEET_GRID.rows || at.col >= SHEET_GRID.cols) this.tally.problem ??= { kind: 'outside', sheet: this.sheet, at };
    else this.add(1, at, false);
  }

  private add(cells: number, at: CellAt, merge: boolean): void {
    this.tally.cells += cells;
    if (this.tally.cells > this.tally.limits.cells) this.tally.problem ??= { kind: 'cells', sheet: this.sheet, at, merge };
  }

  private link(first: CellAt, last: CellAt): void {
    if (first.row <= last.row && first.col <= last.col) {
      const cells = (last.row - first.row + 1) * (last.col - first.col + 1);
      if (last.row >= SHEET_GRID.rows || last.col >= SHEET_GRID.cols) {
        this.tally.problem ??= { kind: 'outside', sheet: this.sheet, at: last };
        return;
      }
      this.tally.cells += cells;
      if (this.tally.cells > this.tally.limits.cells) this.tally.problem ??= { kind: 'link', sheet: this.sheet, first, last, cells };
    }
    // SheetJS's loops over the range leave its row and column past it (or at its start, when empty).
    if (first.row <= last.row) {
      this.row = last.row + 1;
      this.col = first.col <= last.col ? last.col + 1 : first.col;
    } else {
      this.row = first.row;
    }
  }
}

/**
 * Counts the entries of the shared string table (sharedStrings.bin) up to its end marker, as
 * SheetJS reads them: every entry is kept, whether a cell uses it or not.
 */
export class XlsbStringsCounter extends StringChecker {
  private ended = false;

  constructor(tally: CellTally) {
    super(tally, 'daftar teks (sharedStrings.bin)');
  }

  override get done(): boolean {
    return this.ended || this.tally.problem !== null;
  }

  begin(type: number, length: number): FieldRequest | null {
    this.length = length;
    this.step = Step.None;
    if (type === END_SST) this.ended = true;
    if (type !== SST_ITEM) return null;
    if (++this.tally.strings > this.tally.limits.strings) {
      this.tally.problem ??= { kind: 'strings', strings: this.tally.strings };
      return null;
    }
    return this.want(Step.RichHead, 0, 5);
  }

  protected valueField(): FieldRequest | null {
    return null;
  }
}

/**
 * Counts the records of an .xlsb part that is neither a sheet nor the shared strings (styles,
 * the workbook part, comments, metadata …): SheetJS keeps an object for most (a font, a cell
 * format, a name), and a record can be two bytes. No workbook has more than a few thousand.
 */
export class XlsbRecordCounter implements RecordHandler {
  constructor(
    private readonly tally: CellTally,
    private readonly part: string,
  ) {}

  get done(): boolean {
    return this.tally.problem !== null;
  }

  begin(): null {
    if (++this.tally.records > this.tally.limits.cells) this.tally.problem ??= { kind: 'records', part: this.part };
    return null;
  }

  field(): null {
    return null;
  }

  beyond(): void {}

  cutShort(): void {}
}
