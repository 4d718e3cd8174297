import { READ_LIMITS } from './readLimits';
import { inflateEntry } from './zip/inflateEntry';
import { partKey, readZipDirectory, ZipFormatError } from './zip/zipDirectory';

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
  try {
    const entry = readZipDirectory(bytes).get(partKey(MANIFEST));
    if (!entry) return false;
    const manifest = inflateEntry(bytes, entry, READ_LIMITS.partBytes, () => new ZipFormatError('manifest too large'));
    return latin1(manifest, 0, manifest.length).includes('encryption-data');
  } catch (error) {
    // A damaged package: the file is then reported as corrupted, which it is.
    if (error instanceof ZipFormatError) return false;
    throw error;
  }
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}
