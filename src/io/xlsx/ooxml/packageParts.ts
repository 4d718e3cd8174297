import type { DateSystem } from '../../../domain/dates/excelSerial';
import { attribute, attributes, unescapeXml, XmlHandler, XmlScanner } from './xmlScanner';

/** One <Relationship> of a .rels part, its target resolved to a part name. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A part's text parsed into its start tags (for the small parts: relationships, workbook). */
export function startTags(xml: string): { name: string; tag: string }[] {
  const tags: { name: string; tag: string }[] = [];
  const handler: XmlHandler = { wantText: false, open: (name, s, start, end) => tags.push({ name, tag: s.slice(start, end) }), close: () => undefined, text: () => undefined };
  new XmlScanner(handler).feed(xml);
  return tags;
}

/** The relationships of `source` (a part name such as "xl/workbook.xml"), from its .rels part's XML. */
export function readRelationships(xml: string, source: string): Relationship[] {
  const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  return startTags(xml)
    .filter((t) => t.name === 'Relationship' && attribute(t.tag, 'TargetMode') !== 'External')
    .map((t) => ({ id: attribute(t.tag, 'Id') ?? '', type: attribute(t.tag, 'Type') ?? '', target: resolvePart(base, unescapeXml(attribute(t.tag, 'Target') ?? '')) }));
}

/** Where a relationship's .rels part lives: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

export interface WorkbookSheetEntry {
  name: string;
  relationshipId: string;
}

/**
 * What the workbook part says: the sheets it lists, in its order (hidden ones too, as Excel
 * keeps them), and the date system its serials count in.
 */
export function readWorkbookPart(xml: string): { sheets: WorkbookSheetEntry[]; dateSystem: DateSystem } {
  const tags = startTags(xml);
  return { sheets: workbookSheets(tags), dateSystem: dateSystemOf(tags) };
}

/** `<workbookPr date1904="1"/>` (or "true"): the 1904 date system; otherwise 1900. */
function dateSystemOf(tags: readonly { name: string; tag: string }[]): DateSystem {
  const pr = tags.find((t) => t.name === 'workbookPr');
  return pr && /^\s*(1|true)\s*$/.test(attribute(pr.tag, 'date1904') ?? '') ? 1904 : 1900;
}

function workbookSheets(tags: readonly { name: string; tag: string }[]): WorkbookSheetEntry[] {
  return tags
    .filter((t) => t.name === 'sheet')
    .map((t) => {
      const attrs = attributes(t.tag);
      return { name: unescapeXml(attrs.find(([k]) => k === 'name')?.[1] ?? ''), relationshipId: attrs.find(([k]) => k === 'id')?.[1] ?? '' };
    });
}
