import { CompressedPart } from '../zip/compressedPart';
import { joinBytes } from '../zip/deflate';

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
  /** The next bytes of the part (the compressor keeps them as they are). */
  write(bytes: Uint8Array): void;
  /** The part as the zip stores it, once the last bytes are written. */
  end(): Promise<CompressedPart>;
}

/** A part's bytes compressed whole by `compressor`. */
export function compressWhole(compressor: PartCompressor, bytes: Uint8Array): Promise<CompressedPart> {
  const part = compressor.start();
  part.write(bytes);
  return part.end();
}

/** A part's content with, where it was compressed ahead, the zip entry being made of it. */
export interface WrittenPart {
  data: string | Uint8Array;
  compressed?: Promise<CompressedPart>;
}

/** Pieces of text encoded and handed to the compressor at a time: some hundred kilobytes of a report's cells. */
const CHUNK_PIECES = 8 * 1024;

const encoder = new TextEncoder();

/**
 * A part's text written piece by piece and kept as UTF-8: the pieces are joined and encoded a
 * chunk at a time (joining once per chunk: concatenating as one goes builds deep string trees
 * that cost more to flatten than the pieces cost to make). With a compressor every chunk is
 * handed over as it is made, so the compressor works while the rest is written.
 */
export class PartWriter {
  private readonly pieces: string[] = [];
  private readonly chunks: Uint8Array[] = [];
  private compressing: CompressingPart | null = null;

  constructor(private readonly compressor: PartCompressor | null) {}

  push(piece: string): void {
    this.pieces.push(piece);
  }

  /**
   * A place where the part may be cut (between pieces: no character is split): encodes what
   * was written, if enough has piled up, and hands it to the compressor.
   */
  handOver(): void {
    if (this.pieces.length >= CHUNK_PIECES) this.close();
  }

  /** The part's bytes, and with a compressor, its compression (the last chunk handed over now). */
  end(): WrittenPart {
    this.close();
    const data = joinBytes(this.chunks);
    return this.compressing !== null ? { data, compressed: this.compressing.end() } : { data };
  }

  /** The pieces so far as one chunk of bytes, kept and handed to the compressor. */
  private close(): void {
    if (this.pieces.length === 0) return;
    const chunk = encoder.encode(this.pieces.join(''));
    this.pieces.length = 0;
    this.chunks.push(chunk);
    if (this.compressor !== null) {
      this.compressing ??= this.compressor.start();
      this.compressing.write(chunk);
    }
  }
}
