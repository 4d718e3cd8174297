import { elements, rootPrefix, setAttribute, splice, withPrefix } from './xml';

/**
 * Appends child elements to a section of a part (`<fonts count="2">…</fonts>`), creating the
 * section where the schema's element order puts it when the part has none, and keeping the
 * section's `count` right. `order` lists the root's children in schema order.
 */
export function appendToSection(xml: string, section: string, fragments: readonly string[], order: readonly string[], countAttribute: string | null = 'count'): string {
  if (fragments.length === 0) return xml;
  const prefix = rootPrefix(xml);
  const added = fragments.map((f) => withPrefix(f, prefix)).join('');
  const existing = elements(xml, section)[0];
  if (existing) {
    const count = childCount(existing.text, section);
    let startTag = existing.startTag;
    if (countAttribute) startTag = setAttribute(startTag.replace(/\s*\/>$/, '>'), countAttribute, count + fragments.length);
    else startTag = startTag.replace(/\s*\/>$/, '>');
    const inner = xml.slice(existing.innerStart, existing.innerEnd);
    return splice(xml, existing.start, existing.end, `${startTag}${inner}${added}</${prefix}${section}>`);
  }
  const countText = countAttribute ? ` ${countAttribute}="${fragments.length}"` : '';
  const created = `<${prefix}${section}${countText}>${added}</${prefix}${section}>`;
  for (const later of order.slice(order.indexOf(section) + 1)) {
    const next = elements(xml, later)[0];
    if (next) return splice(xml, next.start, next.start, created);
  }
  const close = /<\/[\w.:-]+>\s*$/.exec(xml);
  if (!close) throw new Error(`No root element to add <${section}> to`);
  return splice(xml, close.index, close.index, created);
}

/** The child elements of a section, as text. */
export function sectionChildren(xml: string, section: string, child: string): string[] {
  const found = elements(xml, section)[0];
  return found ? elements(xml.slice(found.innerStart, found.innerEnd), child).map((e) => e.text) : [];
}

const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf', dxfs: 'dxf', definedNames: 'definedName', sheets: 'sheet' };

function childCount(sectionText: string, section: string): number {
  const child = CHILD[section];
  if (!child) throw new Error(`Unknown section ${section}`);
  const inner = sectionText.replace(/^<[^>]*>/, '');
  return elements(inner, child).length;
}
