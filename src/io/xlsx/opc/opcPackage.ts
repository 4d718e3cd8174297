import JSZip from 'jszip';
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

interface PartStream {
  on(event: 'data', listener: (chunk: string) => void): PartStream;
  on(event: 'error', listener: (error: Error) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** The compression bytes() uses: JSZip's DEFLATE, or Node's zlib registered under DEFLATE's method number (nativeDeflate.ts). */
let deflate = 'DEFLATE';

/** Makes every package compress with the JSZip compression registered under `name`. */
export function setPackageDeflate(name: string): void {
  deflate = name;
}

/**
 * An Office Open XML package (the zip inside an .xlsx) opened for editing part by part: parts
 * we do not write keep their exact bytes, only recompressed where JSZip must.
 */
export class OpcPackage {
  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes));
  }

  /** A new package of these parts, in this order (nothing is compressed until bytes()). */
  static fromParts(parts: readonly { name: string; data: string | Uint8Array; base64?: boolean }[]): OpcPackage {
    const zip = new JSZip();
    for (const part of parts) zip.file(part.name, part.data, part.base64 ? { base64: true } : {});
    return new OpcPackage(zip);
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  paths(): string[] {
    return Object.keys(this.zip.files).filter((p) => !this.zip.files[p].dir);
  }

  async text(path: string): Promise<string> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`Package part missing: ${path}`);
    return file.async('string');
  }

  /**
   * The start of a part's text, inflated only until `enough` says so (or the part ends): a
   * sheet's first row without inflating a 100k-row sheet.
   */
  textUntil(path: string, enough: (text: string) => boolean): Promise<string> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`Package part missing: ${path}`);
    return new Promise((resolve, reject) => {
      let text = '';
      // JSZip's stream of a part (in JSZip 3, not in its typings): pausing it stops the inflating.
      const stream = (file as unknown as { internalStream(type: 'string'): PartStream }).internalStream('string');
      stream
        .on('data', (chunk: string) => {
          text += chunk;
          if (enough(text)) {
            stream.pause();
            resolve(text);
          }
        })
        .on('error', reject)
        .on('end', () => resolve(text))
        .resume();
    });
  }

  write(path: string, text: string): void {
    this.zip.file(path, text);
  }

  remove(path: string): void {
    this.zip.remove(path);
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: deflate as 'DEFLATE', compressionOptions: { level: 6 } });
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
