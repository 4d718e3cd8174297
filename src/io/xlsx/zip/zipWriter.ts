import { compressBytes, CompressedPart } from './compressedPart';
import { crc32 } from './crc32';
import { Deflate } from './deflate';

/**
 * One entry of the zip to write: new bytes to deflate, new data compressed ahead (elsewhere,
 * while other work went on), or an entry copied as it is stored in another zip.
 */
export type ZipInput =
  | { name: string; data: Uint8Array }
  | { name: string; compressed: Promise<CompressedPart> }
  | { name: string; stored: { method: number; flags: number; crc32: number; size: number; data: Uint8Array; dosTime: number; dosDate: number } };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** Bit 11: the name is UTF-8. Bits 1–2: the deflate level hint. Nothing else is carried over. */
const KEPT_FLAGS = 0x0806;
const MAX32 = 0xffffffff;

interface Entry {
  name: Uint8Array;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  size: number;
  data: Uint8Array;
  directory: boolean;
}

const stored = (data: Uint8Array): CompressedPart => ({ method: 0, crc32: crc32(data), size: data.length, data });

/**
 * A zip archive of the entries, in order: new data deflated by `deflate` (stored when
 * deflating does not make it smaller, or the entry is a folder), copied entries byte for byte
 * with their checksum, method and date. No zip64: an xlsx is far below 4 GB.
 */
export async function writeZip(inputs: readonly ZipInput[], deflate: Deflate, now = new Date()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const time = dosTime(now);
  const entries = await Promise.all(
    inputs.map(async (input): Promise<Entry> => {
      const name = encoder.encode(input.name);
      const utf8 = /[^\x20-\x7e]/.test(input.name) ? 0x0800 : 0;
      const directory = input.name.endsWith('/');
      if ('stored' in input) {
        const s = input.stored;
        return { name, flags: (s.flags & KEPT_FLAGS) | utf8, method: s.method, dosTime: s.dosTime, dosDate: s.dosDate, crc32: s.crc32, size: s.size, data: s.data, directory };
      }
      // A folder's (empty) data is stored as it is; other new data deflated, unless that is no smaller.
      const c: CompressedPart = 'compressed' in input ? await input.compressed : directory ? stored(input.data) : await compressBytes(input.data, deflate);
      return { name, flags: utf8, method: c.method, ...time, crc32: c.crc32, size: c.size, data: c.data, directory };
    }),
  );
  let total = 22;
  for (const e of entries) total += 30 + 46 + 2 * e.name.length + e.data.length;
  if (total > MAX32 || entries.length > 0xffff) throw new Error('Zip too large for a workbook (no zip64)');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    header(view, at + 6, e);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const directoryStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, zip 2.0
    view.setUint16(at + 6, 20, true);
    header(view, at + 8, e);
    view.setUint16(at + 28, e.name.length, true);
    view.setUint16(at + 30, 0, true); // extra
    view.setUint16(at + 32, 0, true); // comment
    view.setUint16(at + 34, 0, true); // disk
    view.setUint16(at + 36, 0, true); // internal attributes
    view.setUint32(at + 38, e.directory ? 0x10 : 0, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directoryStart, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}

/** Flags, method, time, date, CRC and sizes: the same 20 bytes in the local and the central header. */
function header(view: DataView, at: number, e: Entry): void {
  view.setUint16(at, e.flags, true);
  view.setUint16(at + 2, e.method, true);
  view.setUint16(at + 4, e.dosTime, true);
  view.setUint16(at + 6, e.dosDate, true);
  view.setUint32(at + 8, e.crc32, true);
  view.setUint32(at + 12, e.data.length, true);
  view.setUint32(at + 16, e.size, true);
}

/** An instant as MS-DOS local time and date (2-second steps, from 1980). */
function dosTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    dosDate: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}
