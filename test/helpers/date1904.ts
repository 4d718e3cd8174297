import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';

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

/** 28-02-2025 as a 1900 serial: the day the colour rule of dateRuleSpec marks. */
export const MARKED_DAY = isoDateToSerial('2025-02-28');

/**
 * A report sheet of three dates (27-02, 28-02 and 01-03-2025 in A3:A5) whose colour rule fills
 * the cell equal to 28-02-2025 red: `dates` says the rule compares dates (moved for 1904).
 */
export function dateRuleSpec(dates: boolean): SheetSpec {
  return {
    name: 'Tanggal Uji',
    role: 'report',
    values: [[`${GENERATED_MARK} pada 01-03-2025 08:00 WIB.`], ['Tanggal'], [MARKED_DAY - 1], [MARKED_DAY], [MARKED_DAY + 1]],
    columnWidths: [40],
    styles: [{ range: 'A3:A5', style: { numberFormat: 'dd-mm-yyyy' } }],
    conditionalFormats: [{ range: 'A3:A5', rule: { kind: 'cellValue', operator: 'equal', values: [MARKED_DAY], ...(dates ? { dates: true as const } : {}) }, style: { fill: '#FF0000' } }],
  };
}
