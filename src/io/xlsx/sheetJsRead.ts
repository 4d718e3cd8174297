import type * as XLSX from 'xlsx';
import { DateSystem, isoDateToSerial } from '../../domain/dates/excelSerial';
import { isoDate } from '../../domain/dates/isoDate';
import { Cell, MergeRange, RawSheet, RawWorkbook } from '../../domain/raw';
import { SHEET_GRID } from './sheetGrid';
import { EVERY_SHEET, HEAD_ROWS, SheetSelection } from './sheetSelection';
import { sheetJs } from './sheetJs';

/** The SheetJS options every reader uses; the bench's "bare parse" uses the same ones. */
export const SHEETJS_READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  // Dates stay Excel serials, as Office.js gives them; CSV text stays text (raw) so that
  // "01-02-2024" is parsed by our strict day-month-year reader, never US-style.
  cellDates: false,
  raw: true,
  cellFormula: false,
  // No formatted text per cell (`w`): we read values only, and formatting every cell costs a
  // fifth of the parse and a string per cell. Error cells are named from their code.
  cellText: false,
  cellHTML: false,
  cellStyles: false,
  WTF: false,
};

const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * A workbook in a format our own reader does not take (.xls, .ods, .xlsb, csv), through
 * SheetJS: the sheets `selection` skips are not parsed; 'head' sheets keep their first rows.
 * Throws SheetJS's own errors (the caller names them).
 */
export function readWithSheetJs(bytes: Uint8Array, selection: SheetSelection): RawWorkbook & { skipped: number } {
  const XLSX = sheetJs();
  let sheets: string[] | undefined;
  if (selection !== EVERY_SHEET) {
    // Names first (cheap), so that the sheets not needed are never parsed.
    const names = withoutOdsFormatNotes(() => XLSX.read(bytes, { ...SHEETJS_READ_OPTIONS, bookSheets: true })).SheetNames;
    const wanted = names.filter((n) => selection(n) !== 'none');
    if (wanted.length < names.length) sheets = wanted;
  }
  const workbook = withoutOdsFormatNotes(() => XLSX.read(bytes, sheets ? { ...SHEETJS_READ_OPTIONS, sheets } : SHEETJS_READ_OPTIONS));
  checkWithinGrid(workbook);
  const raw = workbookToRaw(workbook);
  const kept = raw.sheets.filter((s) => selection(s.name) !== 'none');
  return {
    skipped: raw.sheets.length - kept.length,
    dateSystem: raw.dateSystem,
    sheets: kept.map((s) => (selection(s.name) === 'head' && s.rows.length > HEAD_ROWS - s.firstRow + 1 ? { ...s, rows: s.rows.slice(0, Math.max(0, HEAD_ROWS - s.firstRow + 1)), partial: true } : s)),
  };
}

/** A sheet SheetJS read holds a cell beyond the sheet grid (`rows` or `cols` past it). */
export class BeyondGrid extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(`sheet ${sheet}: a cell beyond the grid (${rows} rows, ${cols} columns)`);
    this.name = 'BeyondGrid';
  }
}

/**
 * SheetJS keeps a cell an XML Spreadsheet 2003 file places at row 1 000 000 000 (ss:Index),
 * or an .xlsb at any 32-bit row, in a sparse array: cheap for SheetJS, but every empty row
 * up to it would then be walked. No spreadsheet program makes a sheet beyond SHEET_GRID.
 */
function checkWithinGrid(workbook: XLSX.WorkBook): void {
  for (const name of workbook.SheetNames) {
    const sheet = Object.prototype.hasOwnProperty.call(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
    const data = (sheet as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] } | undefined)?.['!data'];
    if (!data) continue;
    if (data.length > SHEET_GRID.rows) throw new BeyondGrid(name, data.length, 0);
    for (const row of data) if (row && row.length > SHEET_GRID.cols) throw new BeyondGrid(name, data.length, row.length);
  }
}

/**
 * The raw sheets of a workbook SheetJS has parsed with SHEETJS_READ_OPTIONS, with its date
 * system: SheetJS keeps an .xls/.xlsb/.xlsx's serials as stored and says 1904 in
 * Workbook.WBProps.date1904.
 */
export function workbookToRaw(workbook: XLSX.WorkBook): RawWorkbook & { dateSystem: DateSystem } {
  // Own properties only: a sheet named "__proto__" must not reach Object.prototype.
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(workbook.Sheets, name) ? workbook.Sheets[name] : undefined);
  const dateSystem = sheetJsDateSystem(workbook);
  return { sheets: workbook.SheetNames.map((name) => toRawSheet(name, own(name), dateSystem)), dateSystem };
}

/** The date system SheetJS read from the file (WBProps.date1904; true or 1). */
export function sheetJsDateSystem(workbook: XLSX.WorkBook): DateSystem {
  const flag: unknown = workbook.Workbook?.WBProps?.date1904;
  return flag === true || flag === 1 || flag === '1' || flag === 'true' ? 1904 : 1900;
}

function toRawSheet(name: string, sheet: XLSX.WorkSheet | undefined, dateSystem: DateSystem): RawSheet {
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) return { name, rows: [], firstRow: 1, firstCol: 1 };
  const range = sheetJs().utils.decode_range(ref);
  const data = (sheet as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  const rows: Cell[][] = [];
  // The used range a file stores (xlsb's, like xlsx's <dimension>) may be stale either way:
  // the whole grid (A1:XFD1048576) around a few thousand rows, or ten rows around five hundred.
  // Every cell SheetJS parsed counts: walk the parsed rows and cells, starting where the
  // stored range starts unless a cell sits before it.
  let firstRow = range.s.r;
  let firstCol = range.s.c;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) continue;
    for (let c = 0; c < Math.min(firstCol, source.length); c++) if (cellValue(source[c]) !== null) firstCol = c;
    if (r < firstRow && source.some((cell) => cellValue(cell) !== null)) firstRow = r;
  }
  for (let r = firstRow; r < data.length; r++) {
    const source = data[r];
    if (!source) {
      rows.push([]);
      continue;
    }
    // Trailing blanks carry nothing; leaving them out keeps wide, sparse sheets small.
    let lastCol = source.length - 1;
    while (lastCol >= firstCol && cellValue(source[lastCol]) === null) lastCol--;
    const row = new Array<Cell>(Math.max(0, lastCol - firstCol + 1));
    for (let c = firstCol; c <= lastCol; c++) row[c - firstCol] = cellValue(source[c], dateSystem);
    rows.push(row);
  }
  const merges: MergeRange[] = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
  return { name, rows, firstRow: firstRow + 1, firstCol: firstCol + 1, ...(merges.length ? { merges } : {}) };
}

function cellValue(cell: XLSX.CellObject | undefined, dateSystem: DateSystem = 1900): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return cell.v as number;
    case 's':
      return cell.v as string;
    case 'b':
      return cell.v as boolean;
    case 'e':
      return cell.w ?? ERROR_TEXT[cell.v as number] ?? '#N/A';
    case 'd': {
      // Only when a format stores real dates despite cellDates being off: keep it a serial.
      const d = cell.v as Date;
      const iso = d instanceof Date ? isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : null;
      return iso ? isoDateToSerial(iso, dateSystem) : null;
    }
    default:
      return null;
  }
}

/**
 * SheetJS writes "ODS number format may be incorrect: …" to the console for every conditional
 * number format of an .ods file (LibreOffice saves several). Formats do not matter here (we read
 * values), and to a petugas at the command line these are English alarms about nothing.
 */
export function withoutOdsFormatNotes<T>(read: () => T): T {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('ODS number format may be incorrect')) return;
    original(...args);
  };
  try {
    return read();
  } finally {
    console.error = original;
  }
}
