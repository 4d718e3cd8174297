import { crc32 } from './crc32';
import { Deflate, DeflateStream, joinBytes } from './deflate';

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
  return storedAs(raw.length, crc32(raw), deflated, () => raw);
}

/** A part's bytes taken in pieces and deflated as they come (`deflate`); at the end the part, as compressBytes makes it of the pieces joined. */
export interface PartCompression {
  write(data: Uint8Array): void;
  end(): Promise<CompressedPart>;
}

export function compressInPieces(deflate: DeflateStream): PartCompression {
  const pieces: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  return {
    write(data) {
      if (data.length === 0) return;
      pieces.push(data);
      if (!deflate.checksums) crc = crc32(data, crc);
      size += data.length;
      deflate.write(data);
    },
    async end() {
      const done = await deflate.end();
      return storedAs(size, done.crc32 ?? crc, done.deflated, () => joinBytes(pieces));
    },
  };
}

/** The rule: deflated when that is smaller, else the bytes as they are (an empty part is stored). */
function storedAs(size: number, crc: number, deflated: Uint8Array, raw: () => Uint8Array): CompressedPart {
  const smaller = deflated.length < size;
  return { method: smaller ? 8 : 0, crc32: crc, size, data: smaller ? deflated : raw() };
}
