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
 * Bytes as a zip entry stores them: deflated by `deflate` unless that makes them no smaller
 * (then stored as they are). writeZip's rule for new data, so a part compressed ahead comes out
 * byte for byte as writeZip would store it.
 */
export async function compressBytes(raw: Uint8Array, deflate: Deflate): Promise<CompressedPart> {
  const deflated = raw.length > 0 ? await deflate(raw) : raw;
  const smaller = deflated.length < raw.length;
  return { method: smaller ? 8 : 0, crc32: crc32(raw), size: raw.length, data: smaller ? deflated : raw };
}

/** A part's text as writeZip would store it: UTF-8, then compressBytes. */
export function compressText(text: string, deflate: Deflate): Promise<CompressedPart> {
  return compressBytes(new TextEncoder().encode(text), deflate);
}
