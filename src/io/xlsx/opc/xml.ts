/**
 * Just enough XML to edit the few package parts we touch (workbook, relationships, content
 * types, styles, shared strings) by inserting text, so every byte we do not mean to change
 * stays as the producing application (Excel, LibreOffice, WPS) wrote it. Parsing and
 * re-serialising those parts would lose its namespaces, extensions and ordering.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] as string;
  });
}

/** Attributes of a start tag, values unescaped. */
export function attributes(startTag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of startTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

export interface XmlElement {
  /** The whole element, start tag to end tag (or the self-closing tag). */
  text: string;
  startTag: string;
  attrs: Record<string, string>;
  /** Offsets of the element in the searched text. */
  start: number;
  end: number;
  /** Offsets of its content (empty for a self-closing element). */
  innerStart: number;
  innerEnd: number;
}

/**
 * Elements with this local name (any namespace prefix), in document order. Only for elements
 * that never contain an element of the same name, which holds for every one we look for.
 */
export function elements(xml: string, localName: string): XmlElement[] {
  return scan(xml, localName, 0, Infinity);
}

/** The first such element at or after offset `from` (where the search stops: a part can be megabytes long). */
export function firstElement(xml: string, localName: string, from = 0): XmlElement | undefined {
  return scan(xml, localName, from, 1)[0];
}

function scan(xml: string, localName: string, from: number, limit: number): XmlElement[] {
  const found: XmlElement[] = [];
  const start = new RegExp(`<((?:[\\w.-]+:)?${localName})(?=[\\s/>])[^>]*>`, 'g');
  start.lastIndex = from;
  for (let m = start.exec(xml); m && found.length < limit; m = start.exec(xml)) {
    const startTag = m[0];
    const innerStart = m.index + startTag.length;
    if (startTag.endsWith('/>')) {
      found.push({ text: startTag, startTag, attrs: attributes(startTag), start: m.index, end: innerStart, innerStart, innerEnd: innerStart });
      continue;
    }
    const close = `</${m[1]}>`;
    const innerEnd = xml.indexOf(close, innerStart);
    if (innerEnd < 0) throw new Error(`Unclosed <${m[1]}> in package XML`);
    const end = innerEnd + close.length;
    found.push({ text: xml.slice(m.index, end), startTag, attrs: attributes(startTag), start: m.index, end, innerStart, innerEnd });
    start.lastIndex = end;
  }
  return found;
}

/** The namespace prefix ('x:' or '') the document's root element uses. */
export function rootPrefix(xml: string): string {
  const m = /<([\w.-]+:)?[\w.-]+[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  return m?.[1] ?? '';
}

/** Gives every unprefixed tag of a fragment the prefix, to insert it into a prefixed document. */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([\w.-]+)(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}${prefix}${name}`) : fragment;
}

/** Sets (or adds) one attribute on a start tag. */
export function setAttribute(startTag: string, name: string, value: string | number): string {
  const re = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(String(value))}"`;
  if (re.test(startTag)) return startTag.replace(re, `$1${quoted}`);
  return startTag.replace(/\s*(\/?)>$/, ` ${name}=${quoted}$1>`);
}

/** Replaces the [start, end) span of a string. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
