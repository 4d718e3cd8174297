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
/** Started compressions and their texts, found by === (the same string object: no walk over a long text). */
const started: { text: string; part: Promise<CompressedPart> }[] = [];

export function setCompressAhead(fn: CompressAhead | null): void {
  compressor = fn;
  started.length = 0;
}

/** Starts compressing a part's text now, when a compressor is set and the text is large enough. */
export function compressAhead(text: string): void {
  if (compressor === null || text.length < AHEAD_MIN || started.some((s) => s.text === text)) return;
  started.push({ text, part: compressor(text) });
}

/** The compression started for exactly this text, if any (taken: it serves once). */
export function takeCompressed(text: string): Promise<CompressedPart> | undefined {
  const at = started.findIndex((s) => s.text === text);
  return at < 0 ? undefined : started.splice(at, 1)[0].part;
}

/** Forgets compressions nobody took (a part written again after its text was handed over). */
export function dropCompressed(): void {
  started.length = 0;
}
