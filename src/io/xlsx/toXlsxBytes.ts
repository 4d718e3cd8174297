import * as XLSX from 'xlsx';

/** An xlsx file is a zip ("PK") that is not an OpenDocument spreadsheet. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && !isOds(bytes);
}

/**
 * An .xls or .ods workbook re-saved as .xlsx (values and number formats, as SheetJS keeps
 * them), so the file writer can add generated sheets to it. The person's file on disk is not
 * changed; the result is a new .xlsx file.
 */
export function toXlsxBytes(bytes: Uint8Array): Uint8Array {
  if (isXlsx(bytes)) return bytes;
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, cellStyles: false });
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** An OpenDocument spreadsheet is a zip too; its first entry is "mimetype". */
function isOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  return head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
}
