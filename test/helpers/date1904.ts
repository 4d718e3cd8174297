import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

export const CONTOH = 'templates/contoh-puskesmas.xlsx';

/**
 * The workbook saved in Excel's 1904 date system by SheetJS (as old Mac Excel saves it): every
 * date cell (read as a date through its number format) written back as a serial counted from
 * 01-01-1904, with `<workbookPr date1904="1"/>` (xlsx) or the BIFF 1904 record (xls).
 */
export function as1904(bytes: Uint8Array, bookType: 'xlsx' | 'xls' | 'ods' = 'xlsx'): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
  wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: { ...(wb.Workbook?.WBProps ?? {}), date1904: true } };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

export const contohBytes = (): Uint8Array => new Uint8Array(readFileSync(CONTOH));
