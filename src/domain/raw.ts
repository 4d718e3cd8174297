import type { DateSystem } from './dates/excelSerial';

/**
 * A sheet as both readers deliver it, before any meaning is attached: the values of a
 * rectangular block of cells. Dates arrive as Excel serial numbers (Office.js `range.values`
 * and SheetJS without cellDates both give serials), counted in the workbook's date system
 * (RawWorkbook.dateSystem); Excel error values arrive as their text
 * (`#REF!`). Nothing here knows about registers.
 */
export type Cell = string | number | boolean | null;

/** A merged area, 1-based and inclusive, in sheet coordinates. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  /** rows[i][j] is the cell at sheet row firstRow + i, column firstCol + j. */
  rows: Cell[][];
  /** 1-based sheet row of rows[0]. */
  firstRow: number;
  /** 1-based sheet column of rows[i][0]. */
  firstCol: number;
  merges?: MergeRange[];
  /**
   * Only the sheet's first rows were read: a sheet the command does not need (a person's own
   * sheet, a generated one), read far enough to recognise it. Never counted from.
   */
  partial?: boolean;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /**
   * The date system the workbook's serials count in: 1904 for a workbook saved with Excel's
   * 1904 date system (old Mac Excel), where every date is stored 1462 smaller. Absent: 1900.
   */
  dateSystem?: DateSystem;
}

export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!', '#EXTERNAL!',
]);

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
