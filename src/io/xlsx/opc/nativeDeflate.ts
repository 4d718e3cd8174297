import { deflateRawSync } from 'node:zlib';
import { setPackageDeflate } from './opcPackage';

/** JSZip's stream worker (jszip 3.10 lib/stream/GenericWorker), as much of it as we use. */
interface Worker {
  push(chunk: { data: Uint8Array; meta: unknown }): void;
  flush(): void;
}
type WorkerClass = new (name: string) => Worker;
interface Compression {
  magic: string;
  compressWorker(options?: { level?: number } | null): Worker;
  uncompressWorker(): Worker;
}

/** The name of the compression, among JSZip's. */
export const NATIVE_DEFLATE = 'DEFLATE_NATIVE';

let registered = false;

/**
 * In Node, the package's parts are deflated by Node's zlib (C) instead of JSZip's pako (the
 * same zlib algorithm and level, in JavaScript, several times slower: about half a second of a
 * laporan at 100,000 rows). Registered as a JSZip compression with DEFLATE's method number,
 * so the zip says "deflate" as before, and parts kept from the person's file are copied as
 * they are. The CLI calls this; the page keeps pako.
 */
export function useNativeDeflate(): void {
  if (registered) return;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const compressions = require('jszip/lib/compressions') as Record<string, Compression>;
  const GenericWorker = require('jszip/lib/stream/GenericWorker') as WorkerClass;
  /* eslint-enable @typescript-eslint/no-require-imports */
  class NativeDeflateWorker extends GenericWorker {
    private readonly chunks: Uint8Array[] = [];
    private meta: unknown = {};

    constructor(private readonly level: number) {
      super('NativeDeflate');
    }

    processChunk(chunk: { data: Uint8Array | string; meta: unknown }): void {
      this.meta = chunk.meta;
      this.chunks.push(typeof chunk.data === 'string' ? Buffer.from(chunk.data, 'latin1') : chunk.data);
    }

    override flush(): void {
      super.flush();
      const out = deflateRawSync(Buffer.concat(this.chunks), { level: this.level });
      this.chunks.length = 0;
      this.push({ data: new Uint8Array(out.buffer, out.byteOffset, out.length), meta: this.meta });
    }
  }
  compressions[NATIVE_DEFLATE] = {
    magic: compressions.DEFLATE.magic,
    compressWorker: (options) => new NativeDeflateWorker(options?.level ?? 6),
    uncompressWorker: () => compressions.DEFLATE.uncompressWorker(),
  };
  registered = true;
  setPackageDeflate(NATIVE_DEFLATE);
}
