import { startTags } from './ooxml/packageParts';
import { attribute, unescapeXml } from './ooxml/xmlScanner';
import { partTooLarge, READ_LIMITS, recordsRefused } from './readLimits';
import { EVERY_SHEET, SheetSelection } from './sheetSelection';
import { CellTally } from './cellTally';
import { XlsbRecordCounter, XlsbSheetCounter, XlsbStringsCounter } from './xlsbCells';
import { Biff12Walker, forEachRecord, RecordHandler, uint32 } from './xlsbRecords';
import { inflateEntry, streamEntry } from './zip/inflateEntry';
import { partKey, ZipEntry } from './zip/zipDirectory';

const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const STRINGS_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml', 'application/vnd.ms-excel.sharedStrings']);
const BUNDLE_SH = 0x009c;

/** A part to walk and the counter that reads it (a part two sheets point to is walked twice, as SheetJS parses it twice). */
interface Walk {
  entry: ZipEntry;
  handler: RecordHandler;
}

/**
 * The .xlsb parts SheetJS will parse record by record, each with its counter: the sheets it
 * will read (found as SheetJS finds them: the workbook part named in [Content_Types].xml, its
 * sheet list, its relationships, SheetJS's own path fallbacks) and the shared string table.
 * Null when SheetJS will not read the package as an .xlsb.
 */
export function xlsbWalks(bytes: Uint8Array, entries: Map<string, ZipEntry>, fileName: string, selection: SheetSelection = EVERY_SHEET): { walks: Walk[]; tally: CellTally } | null {
  const has = (path: string) => entries.has(partKey(path));
  const text = (path: string) => {
    const entry = entries.get(partKey(path));
    return entry ? new TextDecoder('utf-8').decode(inflateEntry(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, entry.name, size, ratio))) : null;
  };
  // SheetJS reads a package with a manifest as OpenDocument, and one without content types not at all.
  if (has('META-INF/manifest.xml') || has('objectdata.xml') || has('Index/Document.iwa')) return null;
  const types = text('[Content_Types].xml');
  if (types === null) return null;
  const tags = startTags(types);
  const overrides = tags.filter((t) => t.name === 'Override').map((t) => ({ part: attribute(t.tag, 'PartName') ?? '', type: attribute(t.tag, 'ContentType') ?? '' }));
  const binType = tags.find((t) => t.name === 'Default' && attribute(t.tag, 'Extension')?.toLowerCase() === 'bin');
  const workbookName = overrides.find((o) => WORKBOOK_TYPES.has(o.type))?.part ?? 'xl/workbook.bin';
  if (!workbookName.endsWith('bin')) return null;
  const workbook = entries.get(partKey(workbookName));
  if (!workbook) return null;

  const tally = new CellTally({ cells: READ_LIMITS.cells, strings: READ_LIMITS.cells });
  const walks: Walk[] = [];
  const strings = overrides.find((o) => STRINGS_TYPES.has(o.type))?.part.replace(/^\//, '');
  const stringsEntry = strings?.endsWith('.bin') ? entries.get(partKey(strings)) : undefined;
  // Walked first: the sheets' cells are checked against the strings it holds.
  if (stringsEntry) walks.push({ entry: stringsEntry, handler: new XlsbStringsCounter(tally) });
  else if (strings && entries.has(partKey(strings))) tally.stringsKnown = false;

  const sheets = bundledSheets(inflateEntry(bytes, workbook, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, workbook.name, size, ratio)));
  if (sheets === null) throw recordsRefused(fileName, { kind: 'damaged', where: 'daftar sheet (workbook.bin)' }, 'xlsb');
  const paths = sheetPaths(workbookName, sheets, has, text);
  const read = sheetsRead(sheets.map((s) => s.name), selection);
  // Sheet parts are counted as sheets when SheetJS reads them, and not at all when it does not.
  const walked = new Set<ZipEntry>(stringsEntry ? [stringsEntry] : []);
  sheets.forEach((sheet, i) => {
    const entry = entries.get(partKey(paths[i]));
    if (entry) walked.add(entry);
    // A sheet part SheetJS cannot find it skips; an XML one it reads as xlsx (not counted here).
    if (!read[i] || !entry || !paths[i].endsWith('.bin')) return;
    walks.push({ entry, handler: new XlsbSheetCounter(tally, sheet.name) });
  });
  // Every other part in BIFF12 (an Excel type, by its override or the default for .bin): records counted.
  const typeOf = new Map(overrides.map((o) => [partKey(o.part), o.type]));
  const defaultType = binType ? (attribute(binType.tag, 'ContentType') ?? '') : '';
  for (const [key, entry] of entries) {
    if (walked.has(entry) || !key.endsWith('.bin')) continue;
    if ((typeOf.get(key) ?? defaultType).startsWith('application/vnd.ms-excel.')) walks.push({ entry, handler: new XlsbRecordCounter(tally, entry.name) });
  }
  return { walks, tally };
}

/** Walks each part with its counter, within the part limits; refuses at the first limit passed. */
export function checkXlsbParts(bytes: Uint8Array, walks: readonly Walk[], tally: CellTally, fileName: string): void {
  for (const { entry, handler } of walks) {
    const walker = new Biff12Walker(handler);
    streamEntry(bytes, entry, READ_LIMITS.partBytes, (size, ratio) => partTooLarge(fileName, entry.name, size, ratio), (chunk) => walker.feed(chunk));
    walker.end();
    if (tally.problem) throw recordsRefused(fileName, tally.problem, 'xlsb');
  }
}

/** The sheets workbook.bin lists (BrtBundleSh), in order: name and relationship id; null when a record is damaged. */
function bundledSheets(workbook: Uint8Array): { name: string; relId: string }[] | null {
  const sheets: { name: string; relId: string }[] = [];
  let damaged = false;
  forEachRecord(workbook, (type, start, end) => {
    if (type !== BUNDLE_SH || damaged) return;
    // hsState, iTabID, strRelID (nullable), strName.
    const relId = wideString(workbook, start + 8, end, true);
    const name = relId && wideString(workbook, relId.end, end, false);
    if (!relId || !name) damaged = true;
    else sheets.push({ relId: relId.text, name: name.text });
  });
  return damaged ? null : sheets;
}

/** An XLWideString at `at` that ends by `end`, decoded as SheetJS decodes it (UTF-16 units, NULs dropped). */
function wideString(bytes: Uint8Array, at: number, end: number, nullable: boolean): { text: string; end: number } | null {
  if (at + 4 > end) return null;
  const chars = uint32(bytes, at);
  if (nullable && chars === 0xffffffff) return { text: '', end: at + 4 };
  const stop = at + 4 + 2 * chars;
  if (stop > end) return null;
  let text = '';
  for (let i = at + 4; i < stop; i += 2) {
    const unit = bytes[i] + (bytes[i + 1] << 8);
    if (unit !== 0) text += String.fromCharCode(unit);
  }
  return { text, end: stop };
}

/** Where SheetJS looks for each sheet's part (its parse_zip, step by step). */
function sheetPaths(workbookName: string, sheets: readonly { relId: string }[], has: (path: string) => boolean, text: (path: string) => string | null): string[] {
  const slash = workbookName.lastIndexOf('/');
  let relsFile = `${workbookName.slice(0, slash + 1)}_rels/${workbookName.slice(slash + 1)}.rels`.replace(/^\//, '');
  if (!has(relsFile)) relsFile = 'xl/_rels/workbook.bin.rels';
  const targets = new Map<string, string>();
  for (const t of startTags(text(relsFile) ?? '')) {
    const id = attribute(t.tag, 'Id');
    const target = attribute(t.tag, 'Target');
    if (t.name === 'Relationship' && id !== undefined && target !== undefined) targets.set(id, unescapeXml(target));
  }
  const found = sheets.map((s) => targets.get(s.relId));
  if (sheets.length === 0 || found.some((t) => t === undefined)) {
    const numbers = has('xl/worksheets/sheet.xml') ? 1 : 0;
    return sheets.map((_, i) => `xl/worksheets/sheet${i + 1 - numbers}.bin`.replace(/sheet0\./, 'sheet.'));
  }
  return found.map((target) => {
    let path = `xl/${target!.replace(/[/]?xl\//, '')}`;
    if (!has(path)) path = target!;
    if (!has(path)) path = relsFile.replace(/_rels\/[\S\s]*$/, '') + target!;
    return path;
  });
}

/** Which sheets SheetJS parses when readWithSheetJs passes it the wanted names (matched without letter case). */
function sheetsRead(names: readonly string[], selection: SheetSelection): boolean[] {
  if (selection === EVERY_SHEET) return names.map(() => true);
  const wanted = names.filter((n) => selection(n) !== 'none');
  if (wanted.length === names.length) return names.map(() => true);
  const lower = new Set(wanted.map((n) => n.toLowerCase()));
  return names.map((n) => lower.has(n.toLowerCase()));
}
