import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A zip entry's data, already deflated, with the size (and CRC) it inflates to. */
export interface Deflated {
  deflated: Uint8Array;
  size: number;
  crc: number;
}

export interface ZipPart {
  name: string;
  data: string | Uint8Array | Deflated;
  /** The inflated size the directory declares, when a test wants it to lie. */
  declaredSize?: number;
}

export function deflated(data: string | Uint8Array): Deflated {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { deflated: new Uint8Array(deflateRawSync(bytes)), size: bytes.length, crc: crc32(bytes) };
}

/**
 * `prefix`, then `unit` repeated `unitsPerChunk × chunks` times, then `suffix`, as one deflate
 * stream built from flushed pieces: a gigabyte of XML costs a few megabytes and milliseconds
 * to make. The CRC is left 0 (no reader here checks it).
 */
export function repeatedDeflate(prefix: string, unit: string, unitsPerChunk: number, chunks: number, suffix: string): Deflated {
  const flushed = (text: string) => new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 }));
  const head = flushed(prefix);
  const chunk = flushed(unit.repeat(unitsPerChunk));
  const tail = new Uint8Array(deflateRawSync(Buffer.from(suffix, 'utf8')));
  const out = new Uint8Array(head.length + chunk.length * chunks + tail.length);
  out.set(head, 0);
  for (let i = 0; i < chunks; i++) out.set(chunk, head.length + i * chunk.length);
  out.set(tail, head.length + chunk.length * chunks);
  return { deflated: out, size: Buffer.byteLength(prefix) + Buffer.byteLength(unit) * unitsPerChunk * chunks + Buffer.byteLength(suffix), crc: 0 };
}

/** A zip archive of the parts, deflated, with a central directory (sizes as declared). */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const d = typeof part.data === 'string' || part.data instanceof Uint8Array ? deflated(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.deflated.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(d.crc >>> 0, 16);
    header.writeUInt32LE(d.deflated.length, 20);
    header.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(d.deflated));
    central.push(header, name);
    offset += 30 + name.length + d.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A minimal xlsx package: one worksheet per entry, given as its whole XML or as a deflated
 * stream (see repeatedDeflate); shared strings optional.
 */
export function minimalXlsx(sheets: { name: string; xml: string | Deflated; declaredSize?: number }[], sharedStrings?: string[]): Uint8Array {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${sharedStrings ? `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: typeof s.xml === 'string' ? s.xml : s.xml, declaredSize: s.declaredSize })),
  ];
  if (sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>` });
  return buildZip(parts);
}

export const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
export const SHEET_CLOSE = '</sheetData></worksheet>';

/** An xlsx of one sheet whose XML inflates to about `gigabytes` GB from a file of a few MB. */
export function inflationBomb(gigabytes: number, declaredSize?: number): Uint8Array {
  const unit = '<row><c><v>1</v></c></row>';
  const perChunk = Math.floor((1024 * 1024) / unit.length);
  const chunks = Math.ceil((gigabytes * 1024 * 1024 * 1024) / (perChunk * unit.length));
  return minimalXlsx([{ name: 'Register Bayi', xml: repeatedDeflate(SHEET_OPEN, unit, perChunk, chunks, SHEET_CLOSE), declaredSize }]);
}
