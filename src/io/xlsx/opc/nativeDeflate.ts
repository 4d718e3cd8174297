import { deflateRawSync } from 'node:zlib';
import { DEFLATE_LEVEL } from '../zip/deflate';
import { setPackageDeflate } from './opcPackage';

/**
 * In Node, the package's new parts are deflated by Node's zlib (C) instead of pako (the same
 * zlib algorithm and level, in JavaScript, several times slower: about half a second of a
 * laporan at 100,000 rows). Parts kept from the person's file are copied as they are. The CLI
 * calls this; the page uses the browser's CompressionStream (zip/deflate.ts).
 */
export function useNativeDeflate(): void {
  setPackageDeflate((data) => {
    const out = deflateRawSync(data, { level: DEFLATE_LEVEL });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  });
}
