import { isBlank, RawWorkbook } from '../../domain/raw';
import { isEncryptedOdf } from './odfEncryption';
import { checkFlatXml, checkOdsContent } from './odsGuard';
import { readXlsx, xlsxWorkbookPart } from './ooxml/readXlsx';
import { archiveTooLarge, beyondGrid, fileTooLarge, partTooLarge, READ_LIMITS, tooManyCells } from './readLimits';
import { BeyondGrid, readWithSheetJs } from './sheetJsRead';
import { EVERY_SHEET, SheetSelection } from './sheetSelection';
import { UnreadableFileError } from './unreadableFile';
import { checkXlsStream } from './xlsGuard';
import { checkXlsbParts, xlsbWalks } from './xlsbGuard';
import { streamEntry } from './zip/inflateEntry';
import { partKey, readZipDirectory, ZipEntry, ZipFormatError } from './zip/zipDirectory';

export { SHEETJS_READ_OPTIONS, workbookToRaw } from './sheetJsRead';
export type { SheetNeed, SheetSelection } from './sheetSelection';

/** Larger files are refused with a message rather than risking the browser tab or the CLI. */
export const MAX_FILE_BYTES = READ_LIMITS.fileBytes;

export type Kind = 'zip' | 'cfb' | 'text' | 'binary';

/** Names a person gives to a zip-packaged workbook: text under such a name is no spreadsheet. */
const ZIP_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm|xlsb|ods|ots)$/i;

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
  if (bytes.length > READ_LIMITS.fileBytes) throw fileTooLarge(fileName, bytes.length);
  const kind = sniff(bytes);
  if (kind === 'binary') throw notSpreadsheet(fileName, 'isinya bukan xlsx, xls, ods atau csv');
  // A text file renamed .xlsx would otherwise be read as csv: one column of lines, and every
  // register "missing". It is no workbook; say so.
  if (kind === 'text' && ZIP_EXTENSIONS.test(fileName)) throw notSpreadsheet(fileName, `isinya teks biasa, bukan buku kerja ${fileName.slice(fileName.lastIndexOf('.'))}`);
  return kind;
}

function notSpreadsheet(fileName: string, why: string): UnreadableFileError {
  return new UnreadableFileError('not-spreadsheet', `${fileName}: file tidak dapat dibuka: bukan file spreadsheet (${why}). Buka file aslinya di Excel lalu simpan sebagai .xlsx.`);
}

/**
 * Opens spreadsheet bytes (xlsx, xls, ods, csv) and returns the raw sheets. xlsx is read by our
 * own streaming reader, which reads every cell present (a stale stored sheet size cannot hide
 * rows) within READ_LIMITS; the other formats go through SheetJS. `selection` says which sheets
 * a command needs whole; the others are read only far enough to recognise them, or not at all.
 * Throws UnreadableFileError with a plain reason for anything that is not a readable
 * workbook: empty, too large, not a spreadsheet, password-protected, corrupted, no data.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName = 'file', selection: SheetSelection = EVERY_SHEET): RawWorkbook {
  const kind = precheck(bytes, fileName);
  // A flat OpenDocument file (.fods) repeats cells as an .ods does: counted before SheetJS.
  if (kind === 'text') checkFlatXml(bytes, fileName);
  // An .xls's records are counted before SheetJS builds its cells (a 40 MB file can ask for 7 million).
  if (kind === 'cfb') checkXlsStream(bytes, fileName);
  const { sheets, skipped, dateSystem = 1900 } = kind === 'zip' ? readZip(bytes, fileName, selection) : sheetJsOrExplain(bytes, kind, fileName, selection);
  // "No data" only when every sheet was read to its end: one read in part or skipped may hold some.
  if (skipped === 0 && sheets.every((s) => !s.partial && s.rows.every((row) => row.every(isBlank)))) {
    throw new UnreadableFileError('no-data', `${fileName}: buku kerja tidak berisi data di sheet mana pun.`);
  }
  return { sheets, dateSystem };
}

type Read = RawWorkbook & { skipped: number };

function readZip(bytes: Uint8Array, fileName: string, selection: SheetSelection): Read {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw corrupt(fileName, 'zip');
    throw error;
  }
  let declared = 0;
  for (const entry of entries.values()) declared += entry.size;
  if (declared > READ_LIMITS.archiveBytes) throw archiveTooLarge(fileName, declared);
  if (isEncryptedOdf(bytes)) throw passwordProtected(fileName);
  try {
    const workbookPart = xlsxWorkbookPart(entries, bytes, fileName);
    if (workbookPart) return readXlsx(bytes, entries, workbookPart, fileName, selection);
    if (!entries.has(partKey('content.xml')) && !entries.has(partKey('xl/workbook.bin'))) throw notSpreadsheet(fileName, 'arsip zip tanpa buku kerja di dalamnya');
    // .ods and .xlsb go to SheetJS, which inflates by itself: first prove, within the limits
    // and without keeping anything, that no part inflates beyond what it declares, and that
    // an .ods's repeated cells, or an .xlsb's cell records, do not expand beyond them either
    // (counted as content.xml, or the sheets and shared strings SheetJS will read, pass).
    const xlsb = xlsbWalks(bytes, entries, fileName, selection);
    if (xlsb) checkXlsbParts(bytes, xlsb.walks, xlsb.tally, fileName);
    const walked = new Set(xlsb?.walks.map((w) => w.entry));
    for (const entry of entries.values()) {
      if (partKey(entry.name) === 'content.xml') checkOdsContent(bytes, entry, fileName);
      else if (!walked.has(entry)) streamEntry(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, entry.name, size, ratio), () => undefined);
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw corrupt(fileName, 'zip');
    throw error;
  }
  return sheetJsOrExplain(bytes, 'zip', fileName, selection);
}

function sheetJsOrExplain(bytes: Uint8Array, kind: Kind, fileName: string, selection: SheetSelection): Read {
  let raw: Read;
  try {
    raw = readWithSheetJs(bytes, selection);
  } catch (error) {
    if (error instanceof BeyondGrid) throw beyondGrid(fileName, error.sheet, error.rows, error.cols);
    throw classifyReadError(error, kind, fileName, bytes);
  }
  let cells = 0;
  for (const sheet of raw.sheets) {
    for (const row of sheet.rows) for (const cell of row) if (cell !== null) cells++;
    if (cells > READ_LIMITS.cells) throw tooManyCells(fileName, sheet.name);
  }
  return raw;
}

function passwordProtected(fileName: string): UnreadableFileError {
  return new UnreadableFileError('password', `${fileName}: file dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja), simpan, lalu coba lagi.`);
}

function corrupt(fileName: string, kind: 'zip' | 'cfb'): UnreadableFileError {
  return new UnreadableFileError('corrupt', `${fileName}: file rusak dan tidak dapat dibuka (${kind === 'zip' ? 'arsip xlsx/ods tidak utuh' : 'struktur xls tidak utuh'}). Minta salinan baru atau simpan ulang dari Excel.`);
}

function classifyReadError(error: unknown, kind: Kind, fileName: string, bytes: Uint8Array): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text) || (kind === 'zip' && isEncryptedOdf(bytes))) return passwordProtected(fileName);
  if (kind === 'zip' || kind === 'cfb') return corrupt(fileName, kind);
  return notSpreadsheet(fileName, 'tidak dapat dibaca sebagai xlsx, xls, ods atau csv');
}
