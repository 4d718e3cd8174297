import { sheetJs } from './sheetJs';

/**
 * An xlsx file is a zip ("PK") holding "[Content_Types].xml"; an .ods is a zip without it.
 * The zip's central directory, which names every entry, is at the end of the file: its last
 * megabyte is searched for the name's bytes as they are (not decoded into a string first,
 * which at 100k rows was a megabyte of text on every write).
 */
export function isXlsx(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return false;
  return includesAscii(bytes, Math.max(0, bytes.length - 1024 * 1024), CONTENT_TYPES);
}

const CONTENT_TYPES = Uint8Array.from('[Content_Types].xml', (c) => c.charCodeAt(0));

/** Whether `bytes` from `from` on hold `needle` (indexOf finds each candidate's first byte natively). */
function includesAscii(bytes: Uint8Array, from: number, needle: Uint8Array): boolean {
  const last = bytes.length - needle.length;
  for (let at = bytes.indexOf(needle[0], from); at >= 0 && at <= last; at = bytes.indexOf(needle[0], at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/**
 * An .xls or .ods workbook re-saved as .xlsx (values and number formats, as SheetJS keeps
 * them), so the file writer can add generated sheets to it. The person's file on disk is not
 * changed; the result is a new .xlsx file. Its date system comes along (SheetJS keeps the
 * serials as stored and writes WBProps.date1904 as workbookPr date1904), so the writer then
 * puts the generated dates in the same system.
 */
export function toXlsxBytes(bytes: Uint8Array): Uint8Array {
  if (isXlsx(bytes)) return bytes;
  // SheetJS only for an .xls/.ods: an .xlsx never loads it (a third of a second of a laporan).
  const XLSX = sheetJs();
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, cellStyles: false });
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** What the person is told when their .xls/.ods came back as a new .xlsx (page and CLI alike). */
export const CONVERTED_NOTICE =
  'File ini bukan .xlsx, jadi hasilnya disimpan sebagai .xlsx baru: isi semua sheet ikut, tetapi warna dan format tampilan dari file asli tidak ikut. File asli tidak diubah.';
