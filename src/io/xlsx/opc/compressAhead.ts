import { CompressedPart } from '../zip/compressedPart';

/**
 * Parts compressed ahead: the page hands a sheet's bytes to a compressor of its own (a worker,
 * on another core) piece by piece while the sheet is being written, and the package's bytes()
 * takes the result instead of deflating the part itself (the other new parts go to the
 * compressor there). Elsewhere (CLI, tests) there is no compressor and nothing changes. The
 * entries come out byte for byte as bytes() would make them (compressBytes).
 */
export interface PartCompressor {
  /** Starts a part: its bytes follow in pieces, in order. */
  start(): CompressingPart;
}

export interface CompressingPart {
  /** The next piece of the part: text (written as UTF-8), or bytes (the compressor leaves them as they are). */
  write(data: string | Uint8Array): void;
  /** The part as the zip stores it, once the last bytes are written. */
  end(): Promise<CompressedPart>;
}

/** A part's text or bytes compressed whole by `compressor`. */
export function compressWhole(compressor: PartCompressor, data: string | Uint8Array): Promise<CompressedPart> {
  const part = compressor.start();
  part.write(data);
  return part.end();
}

/** A part's content with, where it was compressed ahead, the zip entry being made of it. */
export interface WrittenPart {
  data: string | Uint8Array;
  compressed?: Promise<CompressedPart>;
}

/** A part's final text, handed to the compressor now where there is one (so it is not left for the end). */
export function compressedNow(text: string, compressor: PartCompressor | null): WrittenPart {
  return compressor === null ? { data: text } : { data: text, compressed: compressWhole(compressor, text) };
}

/** Pieces of text handed to the compressor at a time: some hundred kilobytes of a report's cells. */
const CHUNK_PIECES = 8 * 1024;

/**
 * A part's text written piece by piece, the pieces joined a chunk at a time (joining once per
 * chunk: concatenating as one goes builds deep string trees that cost more to flatten than the
 * pieces cost to make). With a compressor every chunk is handed over as it is made, so the
 * compressor works while the rest is written.
 */
export class PartWriter {
  private readonly pieces: string[] = [];
  private readonly chunks: string[] = [];
  private compressing: CompressingPart | null = null;

  constructor(private readonly compressor: PartCompressor | null) {}

  push(piece: string): void {
    this.pieces.push(piece);
  }

  /**
   * A place where the part may be cut (between pieces: no character is split): hands what was
   * written to the compressor, if enough has piled up.
   */
  handOver(): void {
    if (this.pieces.length >= CHUNK_PIECES) this.close();
  }

  /** The part's text, and with a compressor, its compression (the last chunk handed over now). */
  end(): WrittenPart {
    this.close();
    const data = this.chunks.join('');
    return this.compressing !== null ? { data, compressed: this.compressing.end() } : { data };
  }

  /** The pieces so far as one chunk, kept and handed to the compressor. */
  private close(): void {
    if (this.pieces.length === 0) return;
    const chunk = this.pieces.join('');
    this.pieces.length = 0;
    this.chunks.push(chunk);
    if (this.compressor !== null) {
      this.compressing ??= this.compressor.start();
      this.compressing.write(chunk);
    }
  }
}
