import { deflateRaw } from 'pako/lib/deflate';

/** Raw deflate (zip method 8) of one part's bytes. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

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
  const Stream = (globalThis as { CompressionStream?: CompressionStreamClass }).CompressionStream;
  if (typeof Stream !== 'function' || typeof Response !== 'function' || typeof Blob !== 'function') return null;
  try {
    new Stream('deflate-raw');
  } catch {
    return null;
  }
  return async (data) => {
    // Written into the stream directly: a Blob around each part cost a trip to the browser's
    // blob store per part (a report writes two dozen), for the same bytes out.
    const stream = new Stream('deflate-raw');
    const writer = stream.writable.getWriter();
    void writer.write(data);
    void writer.close();
    return new Uint8Array(await new Response(stream.readable).arrayBuffer());
  };
}
