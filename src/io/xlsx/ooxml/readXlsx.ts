import { RawSheet, RawWorkbook } from '../../../domain/raw';
import { partTooLarge, READ_LIMITS, tooManyCells } from '../readLimits';
import { EVERY_SHEET, HEAD_ROWS, SheetSelection } from '../sheetSelection';
import { inflateEntry, streamEntryText } from '../zip/inflateEntry';
import { partKey, ZipEntry, ZipFormatError } from '../zip/zipDirectory';
import { readRelationships, readWorkbookPart, relsPartOf } from './packageParts';
import { SharedStringsHandler } from './sharedStrings';
import { SheetHandler, TooManyCells } from './sheetHandler';
import { XmlScanner } from './xmlScanner';

const REL = {
  officeDocument: /\/officeDocument$/,
  sharedStrings: /\/sharedStrings$/,
  chartsheet: /\/chartsheet$/,
};

/** The workbook part of an xlsx package (its main document), or null when the zip holds no workbook XML. */
export function xlsxWorkbookPart(entries: Map<string, ZipEntry>, bytes: Uint8Array, fileName: string): string | null {
  const rootRels = entries.get(partKey('_rels/.rels'));
  if (rootRels) {
    const main = readRelationships(text(bytes, rootRels, fileName), '').find((r) => REL.officeDocument.test(r.type));
    if (main && entries.has(partKey(main.target)) && main.target.toLowerCase().endsWith('.xml')) return main.target;
  }
  return entries.has(partKey('xl/workbook.xml')) ? 'xl/workbook.xml' : null;
}

/**
 * Reads an xlsx package with our own streaming reader: sheet names from the workbook part,
 * and for each sheet what `selection` asks — all its cells, only its first rows, or nothing.
 * Parts are inflated within READ_LIMITS; the cell count is bounded over all sheets read. The
 * workbook's date system (workbookPr date1904) comes along: its serials are left as stored.
 */
export function readXlsx(bytes: Uint8Array, entries: Map<string, ZipEntry>, workbookPart: string, fileName: string, selection: SheetSelection = EVERY_SHEET): RawWorkbook & { skipped: number } {
  const rels = readRelationships(optionalText(bytes, entries, relsPartOf(workbookPart), fileName) ?? '', workbookPart);
  const { sheets: listed, dateSystem } = readWorkbookPart(text(bytes, entries.get(partKey(workbookPart))!, fileName));
  const plan = listed.map((s) => ({ ...s, need: selection(s.name), rel: rels.find((r) => r.id === s.relationshipId) }));
  let cells = 0;
  let current = '';
  const countCell = () => {
    if (++cells > READ_LIMITS.cells) throw new TooManyCells(current);
  };
  const read: (RawSheet | SheetHandler)[] = [];
  for (const sheet of plan) {
    if (sheet.need === 'none') continue;
    const entry = sheet.rel ? entries.get(partKey(sheet.rel.target)) : undefined;
    if (!sheet.rel || REL.chartsheet.test(sheet.rel.type) || !entry) {
      // A chart sheet holds no cells; a listed sheet whose part is missing is a damaged file.
      if (sheet.rel && !REL.chartsheet.test(sheet.rel.type) && !entry) throw new ZipFormatError(`sheet ${sheet.name}: part ${sheet.rel.target} missing`);
      read.push({ name: sheet.name, rows: [], firstRow: 1, firstCol: 1 });
      continue;
    }
    current = sheet.name;
    const head = sheet.need === 'head';
    const handler = new SheetHandler(sheet.name, { rowLimit: head ? HEAD_ROWS : Infinity, countCell, dateSystem });
    const scanner = new XmlScanner(handler);
    try {
      streamEntryText(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, `sheet "${sheet.name}"`, size, ratio), (chunk) => {
        scanner.feed(chunk);
        return !handler.done;
      });
    } catch (error) {
      if (error instanceof TooManyCells) throw tooManyCells(fileName, error.message);
      throw error;
    }
    handler.partial = head && handler.done;
    read.push(handler);
  }
  // Shared strings last: only those the cells read refer to are built.
  const handlers = read.filter((r): r is SheetHandler => r instanceof SheetHandler);
  let maxIndex = -1;
  for (const h of handlers) for (let i = 2; i < h.stringRefs.length; i += 3) if (h.stringRefs[i] > maxIndex) maxIndex = h.stringRefs[i];
  if (maxIndex >= 0) {
    const wanted = new Uint8Array(maxIndex + 1);
    for (const h of handlers) for (let i = 2; i < h.stringRefs.length; i += 3) wanted[h.stringRefs[i]] = 1;
    const strings = sharedStrings(bytes, entries, rels, fileName, wanted);
    for (const h of handlers) h.resolveStrings(strings);
  }
  return { sheets: read.map((r) => (r instanceof SheetHandler ? r.result() : r)), dateSystem, skipped: plan.length - read.length };
}

function sharedStrings(bytes: Uint8Array, entries: Map<string, ZipEntry>, rels: { type: string; target: string }[], fileName: string, wanted: Uint8Array): (string | undefined)[] {
  const target = rels.find((r) => REL.sharedStrings.test(r.type))?.target ?? 'xl/sharedStrings.xml';
  const entry = entries.get(partKey(target));
  if (!entry) throw new ZipFormatError('shared strings missing');
  const handler = new SharedStringsHandler(wanted);
  const scanner = new XmlScanner(handler);
  // Past the last string wanted, the rest of the table is not inflated.
  streamEntryText(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, 'daftar teks (sharedStrings)', size, ratio), (chunk) => {
    scanner.feed(chunk);
    return !handler.complete;
  });
  return handler.strings;
}

function text(bytes: Uint8Array, entry: ZipEntry, fileName: string): string {
  return new TextDecoder('utf-8').decode(inflateEntry(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, entry.name, size, ratio)));
}

function optionalText(bytes: Uint8Array, entries: Map<string, ZipEntry>, part: string, fileName: string): string | null {
  const entry = entries.get(partKey(part));
  return entry ? text(bytes, entry, fileName) : null;
}
