import type * as XLSX from 'xlsx';

let loaded: typeof XLSX | undefined;

/**
 * SheetJS, loaded on first use. It reads the formats our own reader does not (.xls, .ods,
 * .xlsb, csv); xlsx files, `imunisasi --help` and the commands that only write never load it.
 */
export function sheetJs(): typeof XLSX {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('xlsx') as typeof XLSX;
  return loaded;
}
