import { deflateRaw } from 'pako/lib/deflate';

/** Raw deflate (zip method 8) of one part's bytes. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * Raw deflate of bytes that arrive in pieces, deflated as they arrive: the same bytes as a
 * Deflate of the pieces joined (zlib's output does not depend on how its input is cut).
 */
export interface DeflateStream {
  /** True when end() gives the input's CRC-32 too (then nobody else need compute it). */
  readonly checksums: boolean;
  write(data: Uint8Array): void;
  end(): Promise<{ deflated: Uint8Array; crc32: number | null }>;
}

/** zlib's default level, which Excel, JSZip and the browsers' CompressionStream use too. */
export const DEFLATE_LEVEL = 6;

/** pako: zlib in JavaScript, everywhere, the slowest. */
export const pakoDeflate: Deflate = (data) => deflateRaw(data, { level: DEFLATE_LEVEL });

interface CompressionStreamLike {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}
type CompressionStreamClass = new (format: string) => CompressionStreamLike;

/**
 * The browser's own zlib through CompressionStream('deflate-raw') (Chromium 103, Firefox 113,
 * Safari 16.4), several times faster than pako; null where the browser has none or does not
 * know 'deflate-raw'.
 */
export function compressionStreamDeflate(): Deflate | null {
  const Raw = compressionStream('deflate-raw');
  if (Raw === null) return null;
  return async (data) => {
    const stream = streamInto(new Raw('deflate-raw'));
    stream.write(data);
    return stream.end();
  };
}

/**
 * A DeflateStream on the browser's zlib; null where there is none (as compressionStreamDeflate,
 * so the page's own thread, when it must, deflates with the same zlib). Through
 * CompressionStream('gzip'): the same deflate inside the gzip wrapping (zlib's defaults, as for
 * 'deflate-raw'), and zlib's CRC-32 of the input in its trailer, instead of ours in JavaScript.
 */
export function compressionDeflateStream(): (() => DeflateStream) | null {
  const Raw = compressionStream('deflate-raw');
  if (Raw === null) return null;
  const Gzip = compressionStream('gzip');
  if (Gzip === null) {
    return () => {
      const stream = streamInto(new Raw('deflate-raw'));
      return { checksums: false, write: stream.write, end: async () => ({ deflated: await stream.end(), crc32: null }) };
    };
  }
  return () => {
    const stream = streamInto(new Gzip('gzip'));
    return { checksums: true, write: stream.write, end: async () => fromGzip(await stream.end()) };
  };
}

function compressionStream(format: string): CompressionStreamClass | null {
  const Stream = (globalThis as { CompressionStream?: CompressionStreamClass }).CompressionStream;
  if (typeof Stream !== 'function' || typeof Response !== 'function') return null;
  try {
    new Stream(format);
  } catch {
    return null;
  }
  return Stream;
}

/** Writes into a compression stream as the pieces come; end() gives all it made. */
function streamInto(stream: CompressionStreamLike): { write(data: Uint8Array): void; end(): Promise<Uint8Array> } {
  // Written into the stream directly: a Blob around each part cost a trip to the browser's
  // blob store per part (a report writes two dozen), for the same bytes out.
  const writer = stream.writable.getWriter();
  // Read from the start, so the output does not pile up in the stream; a failed write fails this too.
  const out = new Response(stream.readable).arrayBuffer();
  const ignore = () => undefined;
  return {
    write: (data) => void writer.write(data).catch(ignore),
    end: async () => {
      void writer.close().catch(ignore);
      return new Uint8Array(await out);
    },
  };
}

/** The raw deflate and the CRC-32 inside zlib's gzip output: a 10-byte header (no optional fields), the deflate, CRC-32 and size. */
function fromGzip(gzip: Uint8Array): { deflated: Uint8Array; crc32: number } {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[3] !== 0) throw new Error('Unexpected gzip header from CompressionStream');
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
  return { deflated: gzip.subarray(10, gzip.length - 8), crc32: view.getUint32(gzip.length - 8, true) };
}

/** A DeflateStream for a Deflate that takes its input whole (pako): the pieces kept, deflated at the end. */
export function deflateAtEnd(deflate: Deflate): () => DeflateStream {
  return () => {
    const pieces: Uint8Array[] = [];
    return {
      checksums: false,
      write: (data) => void pieces.push(data),
      end: async () => ({ deflated: await deflate(joinBytes(pieces)), crc32: null }),
    };
  };
}

/** Byte arrays one after another in one array. */
export function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
