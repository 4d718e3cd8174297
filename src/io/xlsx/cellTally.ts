/**
 * What a workbook's records ask SheetJS to build, counted before it parses them (the .xlsb
 * and .xls guards): the tally and the first problem found.
 */

/** A cell position, 0-based, as the records give it. */
export interface CellAt {
  row: number;
  col: number;
}

/** What a workbook's records ask of SheetJS beyond the limits, at the first record where a limit passed. */
export type CellProblem =
  /** Cells with a value (and merged ranges, which SheetJS builds one by one too) over the workbook's limit. */
  | { kind: 'cells'; sheet: string; at: CellAt; merge: boolean }
  /** A hyperlink over a range: SheetJS builds a cell for every cell in it. */
  | { kind: 'link'; sheet: string; first: CellAt; last: CellAt; cells: number }
  /** A cell or hyperlink beyond the sheet grid. */
  | { kind: 'outside'; sheet: string; at: CellAt }
  /** Merged ranges costing SheetJS too much (an .xls's MERGECELLS lists, each joined to all before it). */
  | { kind: 'merges'; sheet: string }
  /** Records of the workbook's other binary parts (styles, workbook, comments …) beyond the limit: SheetJS keeps an object for most. */
  | { kind: 'records'; part: string }
  /** Entries of the shared string table beyond the limit. */
  | { kind: 'strings'; strings: number }
  /**
   * A record SheetJS would misread: fields running past its own end (read on into the records
   * after it), or a cell it cannot place (SheetJS then drops the whole sheet without a word).
   */
  | { kind: 'damaged'; where: string; why?: string };

export interface CellLimits {
  /** Cells SheetJS builds over all sheets read (value cells, merged ranges, hyperlinked cells). */
  cells: number;
  /** Entries of the shared string table. */
  strings: number;
}

/** The count over the whole workbook, shared by the parts' counters. */
export class CellTally {
  cells = 0;
  strings = 0;
  /** Records of the parts counted by RecordCounter. */
  records = 0;
  /** Whether `strings` is the whole shared string table SheetJS will hold (false when it reads one this count does not). */
  stringsKnown = true;
  problem: CellProblem | null = null;
  constructor(readonly limits: CellLimits) {}
}
