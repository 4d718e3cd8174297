import * as XLSX from 'xlsx';
import { isoDateToSerial } from '../../domain/dates/excelSerial';
import { isoDate } from '../../domain/dates/isoDate';
import { Cell, isBlank, MergeRange, RawSheet, RawWorkbook } from '../../domain/raw';
import { isEncryptedOdf } from './odfEncryption';
import { UnreadableFileError } from './unreadableFile';

/** Larger files are refused with a message rather than risking the browser tab or the CLI. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

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

export type Kind = 'zip' | 'cfb' | 'text' | 'binary';

function sniff(bytes: Uint8Array): Kind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip'; // xlsx, ods
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb'; // xls, encrypted xlsx
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  return control > sample.length * 0.01 ? 'binary' : 'text';
}

/** Refuses, before any parsing, what is empty, too large or plainly not a spreadsheet. */
export function precheck(bytes: Uint8Array, fileName: string): Kind {
  if (bytes.length === 0) throw new UnreadableFileError('empty-file', `${fileName}: file kosong (0 byte). Pilih file register yang benar.`);
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',');
    throw new UnreadableFileError('too-large', `${fileName}: file terlalu besar (${mb} MB; batas ${MAX_FILE_BYTES / 1024 / 1024} MB). Pisahkan register per tahun atau hapus sheet yang tidak perlu.`);
  }
  const kind = sniff(bytes);
  if (kind === 'binary') throw new UnreadableFileError('not-spreadsheet', `${fileName}: bukan file spreadsheet (isinya bukan xlsx, xls, ods atau csv). Simpan ulang dari Excel sebagai .xlsx.`);
  return kind;
}

/**
 * Opens spreadsheet bytes (xlsx, xls, ods, csv) with SheetJS and returns the raw sheets.
 * Throws UnreadableFileError with a plain reason for anything that is not a readable
 * workbook: empty, too large, not a spreadsheet, password-protected, corrupted, no data.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName = 'file'): RawWorkbook {
  const kind = precheck(bytes, fileName);
  let workbook: XLSX.WorkBook;
  try {
    workbook = withoutOdsFormatNotes(() => XLSX.read(bytes, SHEETJS_READ_OPTIONS));
  } catch (error) {
    throw classifyReadError(error, kind, fileName, bytes);
  }
  const raw = workbookToRaw(workbook);
  if (raw.sheets.every((s) => s.rows.every((row) => row.every(isBlank)))) {
    throw new UnreadableFileError('no-data', `${fileName}: buku kerja tidak berisi data di sheet mana pun.`);
  }
  return raw;
}

/** The raw sheets of a workbook SheetJS has parsed with SHEETJS_READ_OPTIONS. */
export function workbookToRaw(workbook: XLSX.WorkBook): RawWorkbook {
  // Own properties only: a sheet named "__proto__" must not reach Object.prototype.
  const own = (name: string) => (Object.prototype.hasOwnProperty.call(workbook.Sheets, name) ? workbook.Sheets[name] : undefined);
  return { sheets: workbook.SheetNames.map((name) => toRawSheet(name, own(name))) };
}

function classifyReadError(error: unknown, kind: Kind, fileName: string, bytes: Uint8Array): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text) || (kind === 'zip' && isEncryptedOdf(bytes))) {
    return new UnreadableFileError('password', `${fileName}: file dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja), simpan, lalu coba lagi.`);
  }
  if (kind === 'zip' || kind === 'cfb') {
    return new UnreadableFileError('corrupt', `${fileName}: file rusak dan tidak dapat dibuka (${kind === 'zip' ? 'arsip xlsx/ods tidak utuh' : 'struktur xls tidak utuh'}). Minta salinan baru atau simpan ulang dari Excel.`);
  }
  return new UnreadableFileError('not-spreadsheet', `${fileName}: bukan file spreadsheet yang dapat dibaca. Simpan ulang dari Excel sebagai .xlsx.`);
}

function toRawSheet(name: string, sheet: XLSX.WorkSheet | undefined): RawSheet {
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) return { name, rows: [], firstRow: 1, firstCol: 1 };
  const range = XLSX.utils.decode_range(ref);
  const data = (sheet as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  const rows: Cell[][] = [];
  // The used range a file declares can be the whole grid (A1:XFD1048576) around a few
  // thousand filled rows: walk only as far as the parsed rows and cells go.
  const lastRow = Math.min(range.e.r, data.length - 1);
  for (let r = range.s.r; r <= lastRow; r++) {
    const source = data[r];
    if (!source) {
      rows.push([]);
      continue;
    }
    // Trailing blanks carry nothing; leaving them out keeps wide, sparse sheets small.
    let lastCol = Math.min(range.e.c, source.length - 1);
    while (lastCol >= range.s.c && cellValue(source[lastCol]) === null) lastCol--;
    const row = new Array<Cell>(lastCol - range.s.c + 1);
    for (let c = range.s.c; c <= lastCol; c++) row[c - range.s.c] = cellValue(source[c]);
    rows.push(row);
  }
  const merges: MergeRange[] = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
  return { name, rows, firstRow: range.s.r + 1, firstCol: range.s.c + 1, ...(merges.length ? { merges } : {}) };
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
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
      return iso ? isoDateToSerial(iso) : null;
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
function withoutOdsFormatNotes<T>(read: () => T): T {
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
