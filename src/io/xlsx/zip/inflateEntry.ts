import { Inflate } from 'pako/lib/inflate';
import { entryData, ZipEntry, ZipFormatError } from './zipDirectory';

/** Input is fed to the inflater in slices this big, so that a reader can stop early. */
const INPUT_SLICE = 64 * 1024;
const OUTPUT_CHUNK = 256 * 1024;

/**
 * Real spreadsheet XML deflates 5 to 20 times (measured on the sample, a 100k-row register and
 * a LibreOffice template). A part still inflating more than this many times its compressed
 * size after INFLATION_CHECK_FROM bytes of output is a zip bomb, whatever its directory says.
 */
export const MAX_INFLATION_RATIO = 100;
const INFLATION_CHECK_FROM = 8 * 1024 * 1024;

/** Thrown through pako from a sink that has what it needs. */
class Stop {}

/**
 * Streams an entry's inflated bytes to `sink`, chunk by chunk, and never produces more than
 * the entry declares: the declared size is checked against `limit` first (`tooLarge` makes
 * the error), and output beyond the declared size means the archive lies (a corrupt file).
 * The sink returns false when it needs no more; the rest is then never inflated.
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, tooLarge: (size: number, ratio?: number) => Error, sink: (chunk: Uint8Array) => boolean | void): void {
  if (entry.size > limit) throw tooLarge(entry.size);
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipFormatError(`${entry.name}: stored size differs`);
    for (let at = 0; at < data.length; at += OUTPUT_CHUNK) if (sink(data.subarray(at, at + OUTPUT_CHUNK)) === false) return;
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  // pako allocates a fresh output buffer per chunk: no bigger than the part (most parts are small).
  const inflater = new Inflate({ raw: true, chunkSize: Math.max(1024, Math.min(OUTPUT_CHUNK, entry.size + 16)) });
  let produced = 0;
  let consumed = 0;
  // What the sink throws (a limit reached while parsing) passes through pako untouched.
  let sinkError: unknown = null;
  inflater.onData = (chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new ZipFormatError(`${entry.name}: inflates beyond its declared ${entry.size} bytes`);
    if (produced > INFLATION_CHECK_FROM && produced > consumed * MAX_INFLATION_RATIO) {
      sinkError = tooLarge(entry.size, MAX_INFLATION_RATIO);
      throw new Stop();
    }
    let more: boolean | void;
    try {
      more = sink(chunk);
    } catch (error) {
      sinkError = error;
      throw new Stop();
    }
    if (more === false) throw new Stop();
  };
  inflater.onEnd = () => undefined;
  try {
    for (let at = 0; at < data.length; at += INPUT_SLICE) {
      const last = at + INPUT_SLICE >= data.length;
      consumed = Math.min(data.length, at + INPUT_SLICE);
      inflater.push(data.subarray(at, at + INPUT_SLICE), last);
      if (inflater.err) throw new ZipFormatError(`${entry.name}: ${inflater.msg || 'invalid deflate data'}`);
      if (inflater.ended) break;
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (sinkError !== null) throw sinkError;
    if (error instanceof Stop) return;
    if (error instanceof ZipFormatError) throw error;
    // pako throws plain errors on some damaged streams.
    throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (produced !== entry.size) throw new ZipFormatError(`${entry.name}: inflated ${produced} of ${entry.size} declared bytes`);
}

/** An entry inflated whole (for the small parts: workbook, relationships, styles). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, tooLarge: (size: number, ratio?: number) => Error): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  streamEntry(bytes, entry, limit, tooLarge, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/**
 * An entry's text, streamed: XML parts are UTF-8 (a UTF-16 byte order mark is honoured).
 * `onText` returns false to stop.
 */
export function streamEntryText(bytes: Uint8Array, entry: ZipEntry, limit: number, tooLarge: (size: number, ratio?: number) => Error, onText: (text: string) => boolean | void): void {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let stopped = false;
  streamEntry(bytes, entry, limit, tooLarge, (chunk) => {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    stopped = onText(decoder.decode(chunk, { stream: true })) === false;
    return !stopped;
  });
  const rest = decoder && !stopped ? (decoder as InstanceType<typeof TextDecoder>).decode() : '';
  if (rest) onText(rest);
}
