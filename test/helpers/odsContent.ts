import { inflateEntry } from '../../src/io/xlsx/zip/inflateEntry';
import { readZipDirectory } from '../../src/io/xlsx/zip/zipDirectory';
import { buildZip } from './zipParts';

/** The parts of a zip, inflated, in their order. */
export function unzip(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return [...readZipDirectory(bytes).values()].map((entry) => ({ name: entry.name, data: inflateEntry(bytes, entry, 1e9, () => new Error('too large')) }));
}

/** The content.xml of an .ods, as text. */
export function contentXml(ods: Uint8Array): string {
  return new TextDecoder().decode(unzip(ods).find((p) => p.name === 'content.xml')!.data);
}

/** The same .ods with its content.xml edited (every other part as it was). */
export function editContent(ods: Uint8Array, edit: (xml: string) => string): Uint8Array {
  return buildZip(unzip(ods).map((p) => (p.name === 'content.xml' ? { name: p.name, data: edit(new TextDecoder().decode(p.data)) } : p)));
}

/** content.xml with the table of sheet `sheet` (from its start tag to its end tag) edited. */
export function inSheet(xml: string, sheet: string, edit: (table: string) => string): string {
  const start = xml.indexOf(`<table:table table:name="${sheet}"`);
  const end = xml.indexOf('</table:table>', start);
  if (start < 0 || end < 0) throw new Error(`sheet ${sheet} not in content.xml`);
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
}

/** LibreOffice's last empty rows of a sheet: one empty row repeated towards the end of the grid. */
const TRAILING_ROWS = /<table:table-row table:style-name="(ro\d+)" table:number-rows-repeated="(\d+)"><table:table-cell table:number-columns-repeated="(\d+)"\/><\/table:table-row>/;

/** content.xml with those trailing rows of `sheet` holding `cells(columns)` instead of their empty cells. */
export function withTrailingRows(xml: string, sheet: string, cells: (columns: number) => string): string {
  return inSheet(xml, sheet, (table) => {
    const match = TRAILING_ROWS.exec(table);
    if (!match) throw new Error(`no trailing empty rows in ${sheet}`);
    return table.replace(match[0], `<table:table-row table:style-name="${match[1]}" table:number-rows-repeated="${match[2]}">${cells(Number(match[3]))}</table:table-row>`);
  });
}

/**
 * A LibreOffice .ods made a repeated-cell bomb: the value 0 typed over the empty rows of
 * `sheet` down to the end of the grid, every column — tens of millions of cells for SheetJS
 * from a file the size of the original.
 */
export function repeatedCellBomb(ods: Uint8Array, sheet = 'Register Bayi'): Uint8Array {
  return editContent(ods, (xml) => withTrailingRows(xml, sheet, (columns) => `<table:table-cell office:value-type="float" office:value="0" calcext:value-type="float" table:number-columns-repeated="${columns}"><text:p>0</text:p></table:table-cell>`));
}
