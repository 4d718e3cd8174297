import { ownString } from '../ownString';

/**
 * A small streaming XML tokenizer for the parts of an xlsx package: text arrives in chunks
 * (as it is inflated) and tags are handed over one by one, so a sheet's XML is never held
 * whole. It knows nothing of DTDs or CDATA (Excel and the libraries that write xlsx use
 * neither); comments and processing instructions are skipped.
 */
export interface XmlHandler {
  /** Whether the text up to the next tag is wanted (checked before each text run). */
  wantText: boolean;
  /**
   * A start tag (also a self-closing one). `name` is the local name (no namespace prefix); the
   * tag's name and attributes are s[start, end) — indices, so that a cell costs no string.
   */
  open(name: string, s: string, start: number, end: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, s[start, end) (still escaped). */
  text(s: string, start: number, end: number): void;
}

export class XmlScanner {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of text; incomplete tags and text wait for the next piece. */
  feed(chunk: string): void {
    const s = this.rest.length ? this.rest + chunk : chunk;
    this.rest = '';
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (h.wantText) this.rest = s.slice(i);
        return;
      }
      if (lt > i && h.wantText) h.text(s, i, lt);
      if (s.charCodeAt(lt + 1) === 33 /* ! */ && s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end < 0) {
          this.rest = s.slice(lt);
          return;
        }
        i = end + 3;
        continue;
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) {
        this.rest = s.slice(lt);
        return;
      }
      i = gt + 1;
      const first = s.charCodeAt(lt + 1);
      if (first === 47 /* / */) {
        h.close(localName(s, lt + 2, gt));
        continue;
      }
      if (first === 63 /* ? */ || first === 33 /* ! */) continue;
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const end = selfClosing ? gt - 1 : gt;
      h.open(localName(s, lt + 1, end), s, lt + 1, end, selfClosing);
    }
  }
}

/** The tag's name without its namespace prefix, from s[start] up to whitespace, '/', '>' or end. */
function localName(s: string, start: number, end: number): string {
  let colon = -1;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 58 /* : */) colon = i;
    else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
  }
  return s.slice(colon < 0 ? start : colon + 1, i);
}

/** Where an attribute's value starts in s[start, end) (after ` name="`), or -1: the usual spelling only. */
export function attributeAt(s: string, start: number, end: number, name: string): number {
  const n = name.length;
  for (let i = start; i + n + 2 < end; i++) {
    if (s.charCodeAt(i) === 32 && s.charCodeAt(i + n + 1) === 61 /* = */ && s.charCodeAt(i + n + 2) === 34 /* " */ && s.startsWith(name, i + 1)) return i + n + 3;
  }
  return -1;
}

/** Whether a tag may spell its attributes unusually (single quotes, other white space, a prefix, spaces around =). */
export function unusualTag(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 9 || c === 10 || c === 13 || c === 58 || (c === 61 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i + 1) === 32))) return true;
  }
  return false;
}

/** An attribute's raw value in a tag (`name="…"` or `name='…'`), by local name; undefined if absent. */
export function attribute(tag: string, name: string): string | undefined {
  // Fast path: ` name="` as every writer in practice puts it.
  const quick = tag.indexOf(` ${name}="`);
  if (quick >= 0) {
    const start = quick + name.length + 3;
    const end = tag.indexOf('"', start);
    return end < 0 ? undefined : tag.slice(start, end);
  }
  // Absent, unless written otherwise: single quotes, a namespace prefix, other white space.
  if (tag.indexOf("'") < 0 && tag.indexOf('\n') < 0 && tag.indexOf('\t') < 0 && tag.indexOf(`:${name}=`) < 0 && tag.indexOf(' =') < 0 && tag.indexOf('= ') < 0) return undefined;
  for (const [key, value] of attributes(tag)) if (key === name) return value;
  return undefined;
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** All attributes of a tag, names without a namespace prefix, values raw (still escaped). */
export function attributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const key = m[1];
    out.push([key.slice(key.indexOf(':') + 1), m[2] ?? m[3]]);
  }
  return out;
}

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ESCAPED_CHAR = /_x([\da-fA-F]{4})_/gi;

/**
 * XML text as the person typed it: entities decoded, Excel's `_xHHHH_` escapes (control
 * characters) decoded, and Windows line ends made "\n" — the same as SheetJS does. The
 * result is a string of its own (see ownString), never a view into the inflated chunk it
 * came from: values read from a part outlive it.
 */
export function unescapeXml(text: string): string {
  let out = text;
  if (out.indexOf('&') >= 0) out = out.replace(ENTITY, (all: string, code: string | undefined) => NAMED[all.toLowerCase()] ?? (code !== undefined ? String.fromCharCode(parseInt(code, all.charAt(2).toLowerCase() === 'x' ? 16 : 10)) : all));
  if (out.indexOf('_x') >= 0 || out.indexOf('_X') >= 0) out = out.replace(ESCAPED_CHAR, (_all: string, code: string) => String.fromCharCode(parseInt(code, 16)));
  if (out.indexOf('\r') >= 0) out = out.replace(/\r\n/g, '\n');
  // Unchanged, it is still the slice of the chunk: copy it (a replacement above built a new string).
  return out === text ? ownString(text) : out;
}
