import { CompressedPart } from '../zip/compressedPart';

/**
 * Parts compressed ahead: the page hands a large part's text to a compressor of its own (a
 * worker, on another core) as soon as the text is written, and the package's bytes() takes the
 * result instead of encoding and deflating the text itself at the end. Elsewhere (CLI, tests)
 * no compressor is set and nothing changes. The entries come out byte for byte as bytes() would
 * make them (compressText).
 */
export type CompressAhead = (text: string) => Promise<CompressedPart>;

/** Below this many characters a part is not worth a trip to the compressor. */
const AHEAD_MIN = 64 * 1024;

let compressor: CompressAhead | null = null;
/** Started compressions by text (a long string's hash is its length: no walk over its characters). */
const started = new Map<string, Promise<CompressedPart>>();

export function setCompressAhead(fn: CompressAhead | null): void {
  compressor = fn;
  started.clear();
}

/** Starts compressing a part's text now, when a compressor is set and the text is large enough. */
export function compressAhead(text: string): void {
  if (compressor === null || text.length < AHEAD_MIN || started.has(text)) return;
  started.set(text, compressor(text));
}

/** The compression started for exactly this text, if any (taken: it serves once). */
export function takeCompressed(text: string): Promise<CompressedPart> | undefined {
  const found = started.get(text);
  if (found !== undefined) started.delete(text);
  return found;
}

/** Forgets compressions nobody took (a part written again after its text was handed over). */
export function dropCompressed(): void {
  started.clear();
}
