import { crc32 } from './crc32';
import { Deflate } from './deflate';

/** A new zip entry's data made ready ahead of the zip: its size and checksum, and the bytes to store. */
export interface CompressedPart {
  /** 8: deflated; 0: stored as it is (deflating made it no smaller, or it is empty). */
  method: 0 | 8;
  crc32: number;
  /** Uncompressed size in bytes. */
  size: number;
  data: Uint8Array;
}

/**
 * A part's text as writeZip would store it: UTF-8, deflated by `deflate` unless that makes it
 * no smaller (writeZip's own rule, so the entry comes out byte for byte the same).
 */
export async function compressText(text: string, deflate: Deflate): Promise<CompressedPart> {
  const raw = new TextEncoder().encode(text);
  const crc = crc32(raw);
  const deflated = raw.length > 0 ? await deflate(raw) : raw;
  const smaller = deflated.length < raw.length;
  return { method: smaller ? 8 : 0, crc32: crc, size: raw.length, data: smaller ? deflated : raw };
}
