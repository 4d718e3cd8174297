/**
 * The central directory of a zip archive (xlsx and ods are zip packages): each entry's name,
 * compression and sizes as the archive declares them, read without inflating anything. The
 * declared sizes are what the limits guard checks first; the inflater then holds every entry
 * to its declared size, so a lying directory cannot make it produce more.
 */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The inflated size the archive declares. */
  size: number;
  localHeader: number;
  /** CRC-32 of the inflated bytes, as the directory declares it (a writer copying the entry keeps it). */
  crc32: number;
  /** MS-DOS time and date of the entry, as stored. */
  dosTime: number;
  dosDate: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || at === MAX32) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = safeNumber(view.getBigUint64(eocd - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError('zip64 end record missing');
    count = safeNumber(view.getBigUint64(record + 32, true));
    at = safeNumber(view.getBigUint64(record + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  for (let e = 0; e < count; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('central directory cut short');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc32 = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeader = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw new ZipFormatError('central directory cut short');
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (size === MAX32 || compressedSize === MAX32 || localHeader === MAX32) {
      // ZIP64: the real values sit in extra field 0x0001, in this order, for each field that is saturated.
      const extra = zip64Extra(view, nameStart + nameLength, extraLength);
      let k = 0;
      if (size === MAX32) size = extra[k++] ?? size;
      if (compressedSize === MAX32) compressedSize = extra[k++] ?? compressedSize;
      if (localHeader === MAX32) localHeader = extra[k++] ?? localHeader;
    }
    // Part names are case-insensitive in OPC; the first of a duplicate wins.
    const key = partKey(name);
    if (!entries.has(key)) entries.set(key, { name: name.replace(/^\/+/, ''), method, flags, compressedSize, size, localHeader, crc32, dosTime, dosDate });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** How the directory is keyed: a part name without its leading slash, in lower case. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** The compressed bytes of an entry (the local header's own name and extra lengths skipped). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`local header of ${entry.name} missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} cut short`);
  return bytes.subarray(start, end);
}

function findEndRecord(view: DataView): number {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipFormatError('end of central directory missing');
}

function zip64Extra(view: DataView, start: number, length: number): number[] {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let k = 0; k + 8 <= size; k += 8) values.push(safeNumber(view.getBigUint64(at + 4 + k, true)));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

function safeNumber(value: bigint): number {
  // Beyond 2^53 no honest spreadsheet goes; saturate so every limit check refuses it.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
