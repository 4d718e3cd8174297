/**
 * The records of a BIFF12 part (an .xlsb's workbook.bin, sheet*.bin, sharedStrings.bin): each a
 * record type (1–2 bytes, 7 bits each) and a body length (1–4 bytes, 7 bits each), then the
 * body. Read here as SheetJS's recordhopper reads them, so that a count made here is SheetJS's.
 */

/** `size` bytes (at most FIELD_BYTES) at `offset` of the current record's body. */
export interface FieldRequest {
  offset: number;
  size: number;
}

export const FIELD_BYTES = 16;

/**
 * What a part's records mean to one reader. Each record is offered at its start; the handler
 * asks for the few fields it needs, one at a time, and the walker skips everything else.
 */
export interface RecordHandler {
  /** A record begins: its type and body length. The first field wanted, or null. */
  begin(type: number, length: number): FieldRequest | null;
  /** The field asked for, at `at` of `bytes` (valid during the call only). The next field wanted, or null. */
  field(bytes: Uint8Array, at: number): FieldRequest | null;
  /** The field asked for lies (partly) beyond the end of the record's body. */
  beyond(): void;
  /** The part ends inside a record (its header or body cut short). */
  cutShort(): void;
  /** Set once the handler needs no more records (a limit passed, or the part's end marker). */
  readonly done: boolean;
}

/** Walks a part's records as its bytes stream past, chunk by chunk. */
export class Biff12Walker {
  private readonly header = new Uint8Array(6);
  private headerLength = 0;
  private inBody = false;
  private length = 0;
  private at = 0;
  private request: FieldRequest | null = null;
  private readonly fieldBytes = new Uint8Array(FIELD_BYTES);
  private filled = 0;

  constructor(private readonly handler: RecordHandler) {}

  /** Feeds the next bytes of the part; false once the handler needs no more. */
  feed(chunk: Uint8Array): boolean {
    const n = chunk.length;
    const handler = this.handler;
    let i = 0;
    while (i < n && !handler.done) {
      if (!this.inBody && this.headerLength === 0 && i + 6 <= n) {
        // Fast path: a record whose header lies whole in this chunk, its fields read in place.
        let type = chunk[i++];
        if (type & 0x80) type = (type & 0x7f) + ((chunk[i++] & 0x7f) << 7);
        let byte = chunk[i++];
        let length = byte & 0x7f;
        for (let k = 1; k < 4 && byte & 0x80; k++) length += ((byte = chunk[i++]) & 0x7f) << (7 * k);
        let request = handler.begin(type, length);
        if (request === null || i + length > n) {
          // Nothing wanted (skipped, here or in the chunks to come), or the body runs on past this chunk.
          this.inBody = true;
          this.length = length;
          this.at = 0;
          this.filled = 0;
          this.ask(request);
          if (this.request === null && length === 0) this.inBody = false;
          continue;
        }
        while (request !== null) {
          if (request.offset + request.size > length) {
            handler.beyond();
            break;
          }
          request = handler.field(chunk, i + request.offset);
        }
        i += length;
        continue;
      }
      if (!this.inBody) {
        this.header[this.headerLength++] = chunk[i++];
        this.headerRead();
        continue;
      }
      const request = this.request;
      if (request === null) {
        const step = Math.min(this.length - this.at, n - i);
        this.at += step;
        i += step;
      } else if (this.at < request.offset) {
        const step = Math.min(request.offset - this.at, n - i);
        this.at += step;
        i += step;
      } else {
        const take = Math.min(request.size - this.filled, n - i);
        this.fieldBytes.set(chunk.subarray(i, i + take), this.filled);
        this.filled += take;
        this.at += take;
        i += take;
        if (this.filled === request.size) {
          this.filled = 0;
          this.ask(handler.field(this.fieldBytes, 0));
        }
      }
      if (this.request === null && this.at >= this.length) this.inBody = false;
    }
    return !this.handler.done;
  }

  /** The part has ended. */
  end(): void {
    if (!this.handler.done && (this.headerLength > 0 || this.inBody)) this.handler.cutShort();
  }

  private headerRead(): void {
    const h = this.header;
    const typeBytes = h[0] & 0x80 ? 2 : 1;
    const got = this.headerLength;
    if (got <= typeBytes) return;
    const lengthBytes = got - typeBytes;
    if (h[got - 1] & 0x80 && lengthBytes < 4) return;
    const type = typeBytes === 1 ? h[0] : (h[0] & 0x7f) + ((h[1] & 0x7f) << 7);
    let length = 0;
    for (let k = 0; k < lengthBytes; k++) length += (h[typeBytes + k] & 0x7f) << (7 * k);
    this.headerLength = 0;
    this.inBody = true;
    this.length = length;
    this.at = 0;
    this.filled = 0;
    this.ask(this.handler.begin(type, length));
    if (this.request === null && this.length === 0) this.inBody = false;
  }

  private ask(request: FieldRequest | null): void {
    if (request !== null && request.offset + request.size > this.length) {
      this.handler.beyond();
      request = null;
    }
    this.request = request;
  }
}

/** Calls `each` for every record of a part held whole: its type and where its body lies. */
export function forEachRecord(bytes: Uint8Array, each: (type: number, start: number, end: number) => void): void {
  let at = 0;
  while (at < bytes.length) {
    let type = bytes[at++];
    if (type & 0x80) type = (type & 0x7f) + (((bytes[at++] ?? 0) & 0x7f) << 7);
    let byte = bytes[at++] ?? 0;
    let length = byte & 0x7f;
    for (let k = 1; k < 4 && byte & 0x80; k++) length += ((byte = bytes[at++] ?? 0) & 0x7f) << (7 * k);
    each(type, at, Math.min(at + length, bytes.length));
    at += length;
  }
}

/** The unsigned 32-bit little-endian number at `at` (as SheetJS reads a 4-byte field). */
export function uint32(bytes: Uint8Array, at: number): number {
  return bytes[at] + (bytes[at + 1] << 8) + (bytes[at + 2] << 16) + bytes[at + 3] * 0x1000000;
}
