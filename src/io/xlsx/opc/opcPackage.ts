import { READ_LIMITS } from '../readLimits';
import { compressWhole, PartCompressor, WrittenPart } from './compressAhead';
import { compressionStreamDeflate, Deflate, pakoDeflate } from '../zip/deflate';
import { streamEntryText } from '../zip/inflateEntry';
import { writeZip, ZipInput } from '../zip/zipWriter';
import { entryData, partKey, readZipDirectory, ZipEntry } from '../zip/zipDirectory';
import { elements, escapeXml, rootPrefix, withPrefix } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  calcChain: `${REL_NS}/calcChain`,
} as const;
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part path without a leading slash ('xl/worksheets/sheet1.xml'), or the URL of an external target. */
  target: string;
  external: boolean;
}

/**
 * How bytes() deflates new parts: Node's zlib where the CLI registers it (nativeDeflate.ts),
 * else the browser's CompressionStream where it has 'deflate-raw', else pako.
 */
let deflate: Deflate | null = null;

/** Makes every package deflate its new parts with `fn`. */
export function setPackageDeflate(fn: Deflate): void {
  deflate = fn;
}

function packageDeflate(): Deflate {
  deflate ??= compressionStreamDeflate() ?? pakoDeflate;
  return deflate;
}

/**
 * A part as the package holds it: text or bytes written here (text perhaps with its zip entry
 * made ahead, elsewhere), or an entry of the loaded zip, still compressed.
 */
interface Part {
  name: string;
  data?: string | Uint8Array;
  compressed?: WrittenPart['compressed'];
  entry?: ZipEntry;
}

const tooLarge = (name: string) => (size: number, ratio?: number) => new Error(`Package part ${name} too large (${size} bytes${ratio ? `, inflating over ${ratio}×` : ''})`);

/**
 * An Office Open XML package (the zip inside an .xlsx) opened for editing part by part. Parts
 * of a loaded file stay compressed until read; those not written are copied into the new zip
 * byte for byte (their deflated data, checksum and date), so writing the package deflates only
 * what changed. Part names are matched without regard to case, as OPC names are.
 */
export class OpcPackage {
  private constructor(
    private readonly source: Uint8Array | null,
    private readonly parts: Map<string, Part>,
  ) {}

  static async load(bytes: Uint8Array): Promise<OpcPackage> {
    const parts = new Map<string, Part>();
    for (const [key, entry] of readZipDirectory(bytes)) {
      if (entry.flags & 1) throw new Error(`${entry.name} is encrypted`);
      if (entry.method !== 0 && entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method}`);
      entryData(bytes, entry); // its local header is there
      parts.set(key, { name: entry.name, entry });
    }
    return new OpcPackage(bytes, parts);
  }

  /** A new package of these parts, in this order (nothing is compressed until bytes(), unless a part comes compressed ahead). */
  static fromParts(parts: readonly (WrittenPart & { name: string; base64?: boolean })[]): OpcPackage {
    const map = new Map<string, Part>();
    for (const part of parts) map.set(partKey(part.name), { name: part.name.replace(/^\/+/, ''), data: part.base64 && typeof part.data === 'string' ? fromBase64(part.data) : part.data, compressed: part.compressed });
    return new OpcPackage(null, map);
  }

  has(path: string): boolean {
    return this.parts.has(partKey(path));
  }

  /** The parts' names (folders left out), in package order. */
  paths(): string[] {
    return [...this.parts.values()].map((p) => p.name).filter((name) => !name.endsWith('/'));
  }

  async text(path: string): Promise<string> {
    return this.partText(path, null);
  }

  /**
   * The start of a part's text, inflated only until `enough` says so (or the part ends): a
   * sheet's first row without inflating a 100k-row sheet.
   */
  async textUntil(path: string, enough: (text: string) => boolean): Promise<string> {
    return this.partText(path, enough);
  }

  private partText(path: string, enough: ((text: string) => boolean) | null): string {
    const part = this.parts.get(partKey(path));
    if (!part) throw new Error(`Package part missing: ${path}`);
    if (typeof part.data === 'string') return part.data;
    if (part.data) return new TextDecoder().decode(part.data);
    const chunks: string[] = [];
    let text = '';
    streamEntryText(this.source!, part.entry!, READ_LIMITS.partBytes, tooLarge(part.name), (chunk) => {
      if (enough === null) {
        chunks.push(chunk);
        return true;
      }
      text += chunk;
      return !enough(text);
    });
    return enough === null ? chunks.join('') : text;
  }

  /** Writes a part's text (or UTF-8 bytes); `compressed` where its zip entry is being made already (WrittenPart). */
  write(path: string, data: string | Uint8Array, compressed?: WrittenPart['compressed']): void {
    const key = partKey(path);
    const name = this.parts.get(key)?.name ?? path.replace(/^\/+/, '');
    this.parts.set(key, { name, data, compressed });
  }

  /** A part written here, with its compression made ahead if any: to write it into another package as it is. */
  written(path: string): WrittenPart {
    const part = this.parts.get(partKey(path));
    if (part?.data === undefined) throw new Error(`Package part not written here: ${path}`);
    return { data: part.data, compressed: part.compressed };
  }

  remove(path: string): void {
    this.parts.delete(partKey(path));
  }

  /**
   * The package as a zip: new and rewritten parts deflated once (by `compressor` where there is
   * one: the page's worker, while this thread copies the rest), every other part copied as stored.
   */
  async bytes(compressor: PartCompressor | null = null): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    const inputs: ZipInput[] = [...this.parts.values()].map((part): ZipInput => {
      if (part.compressed) return { name: part.name, compressed: part.compressed };
      // A folder's entry is written as it is (writeZip).
      if (part.data !== undefined && compressor && !part.name.endsWith('/')) return { name: part.name, compressed: compressWhole(compressor, part.data) };
      if (part.data !== undefined) return { name: part.name, data: typeof part.data === 'string' ? encoder.encode(part.data) : part.data };
      const entry = part.entry!;
      return { name: part.name, stored: { method: entry.method, flags: entry.flags, crc32: entry.crc32, size: entry.size, data: entryData(this.source!, entry), dosTime: entry.dosTime, dosDate: entry.dosDate } };
    });
    return writeZip(inputs, packageDeflate());
  }

  /** Relationships of a part ('' for the package itself). */
  async relationships(source: string): Promise<Relationship[]> {
    const path = relsPath(source);
    if (!this.has(path)) return [];
    const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
    return elements(await this.text(path), 'Relationship').map(({ attrs }) => {
      const external = attrs.TargetMode === 'External';
      return { id: attrs.Id, type: attrs.Type, target: external ? attrs.Target : resolvePart(folder, attrs.Target), external };
    });
  }

  /** Adds a relationship from `source` to the part `target`; returns its new id. */
  async addRelationship(source: string, type: string, target: string): Promise<string> {
    const path = relsPath(source);
    const xml = this.has(path) ? await this.text(path) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set(elements(xml, 'Relationship').map((r) => r.attrs.Id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = relativeTarget(source.slice(0, source.lastIndexOf('/') + 1), target);
    const rel = withPrefix(`<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative)}"/>`, rootPrefix(xml));
    this.write(path, insertBeforeClose(xml, 'Relationships', rel));
    return id;
  }

  async removeRelationship(source: string, id: string): Promise<void> {
    const path = relsPath(source);
    const xml = await this.text(path);
    const rel = elements(xml, 'Relationship').find((r) => r.attrs.Id === id);
    if (rel) this.write(path, xml.slice(0, rel.start) + xml.slice(rel.end));
  }

  /** Declares the content type of a new part unless the package already does. */
  async declareContentType(part: string, contentType: string): Promise<void> {
    const xml = await this.text('[Content_Types].xml');
    const declared = elements(xml, 'Override').some((o) => o.attrs.PartName.toLowerCase() === `/${part}`.toLowerCase());
    if (declared) return;
    const override = withPrefix(`<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`, rootPrefix(xml));
    this.write('[Content_Types].xml', insertBeforeClose(xml, 'Types', override));
  }

  /** The content type the package declares for a part (its Override, else its extension's Default). */
  async contentType(part: string): Promise<string | undefined> {
    const xml = await this.text('[Content_Types].xml');
    const override = elements(xml, 'Override').find((o) => o.attrs.PartName.toLowerCase() === `/${part}`.toLowerCase());
    if (override) return override.attrs.ContentType;
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    return elements(xml, 'Default').find((d) => d.attrs.Extension.toLowerCase() === ext)?.attrs.ContentType;
  }

  async removeContentType(part: string): Promise<void> {
    const xml = await this.text('[Content_Types].xml');
    const override = elements(xml, 'Override').find((o) => o.attrs.PartName.toLowerCase() === `/${part}`.toLowerCase());
    if (override) this.write('[Content_Types].xml', xml.slice(0, override.start) + xml.slice(override.end));
  }
}

/** '_rels/.rels' for the package, 'xl/_rels/workbook.xml.rels' for 'xl/workbook.xml'. */
export function relsPath(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source's folder ('../x', '/x', 'x'). */
export function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of decodeURI(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The target of a relationship from a part in `folder` to `target`: 'sheet1.xml', '../drawings/drawing1.xml', or '/x' from the package root. */
export function relativeTarget(folder: string, target: string): string {
  if (!folder) return `/${target}`;
  const from = folder.split('/').filter(Boolean);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  if (common === 0) return `/${target}`;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** Inserts a fragment just before the closing tag of the root element named `root`. */
export function insertBeforeClose(xml: string, root: string, fragment: string): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + fragment + xml.slice(close.index);
  // An empty root written self-closing: <Relationships xmlns="…"/>.
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${root})([^>]*?)/>`).exec(xml);
  if (!selfClosing) throw new Error(`No <${root}> element to insert into`);
  return xml.slice(0, selfClosing.index) + `<${selfClosing[1]}${selfClosing[2]}>${fragment}</${selfClosing[1]}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}

/** Bytes of a base64 text (media parts handed over as base64). */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
