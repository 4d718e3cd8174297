import * as XLSX from 'xlsx';

const ODF_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument';
const MANIFEST = 'META-INF/manifest.xml';

/**
 * Whether zip bytes are an OpenDocument file saved with a password. SheetJS cannot open such
 * a file and fails on its zip entries before it looks at the manifest, so without this a
 * password-protected .ods would be called corrupted. An ODF package starts with its stored
 * `mimetype` entry; the password shows as `encryption-data` in META-INF/manifest.xml.
 */
export function isEncryptedOdf(bytes: Uint8Array): boolean {
  if (latin1(bytes, 30, ODF_MIMETYPE.length) !== ODF_MIMETYPE) return false;
  const manifest = zipEntry(bytes, MANIFEST);
  return manifest !== null && latin1(manifest, 0, manifest.length).includes('encryption-data');
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** One entry of a zip, found through its central directory; null when absent or unreadable. */
function zipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let e = 0; e < entries && at + 46 <= bytes.length; e++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (latin1(bytes, at + 46, nameLength) === name) {
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressed);
      if (method === 0) return data;
      return method === 8 ? inflateRaw(data, size) : null;
    }
    at += 46 + skip;
  }
  return null;
}

/** Deflate decoding from SheetJS's bundled zip code (the same one it reads xlsx with). */
function inflateRaw(data: Uint8Array, size: number): Uint8Array | null {
  const utils = (XLSX as unknown as { CFB?: { utils?: { _inflateRaw?: (payload: Uint8Array & { l: number }, size: number) => Uint8Array } } }).CFB?.utils;
  if (!utils?._inflateRaw) return null;
  const payload = Object.assign(data.slice(), { l: 0 });
  try {
    return utils._inflateRaw(payload, size);
  } catch (error) {
    // A damaged manifest: the file is then reported as corrupted, which it is.
    if (error instanceof Error) return null;
    throw error;
  }
}
