import * as XLSX from 'xlsx';

/** A sheet's cells as SheetJS reads them: type and value, plus the shown text of date cells. */
export type Cells = Record<string, { t: string; v: unknown; w?: string }>;

const isDateFormat = (format: unknown) => typeof format === 'string' && /d.*m.*y/i.test(format);

/**
 * For comparing what two applications wrote: numbers rounded to 9 decimals (LibreOffice keeps
 * 15 significant digits of a fraction), dates compared also by the text their format shows.
 */
export function sheetCells(bytes: Uint8Array, sheet: string): Cells {
  const ws = XLSX.read(bytes, { type: 'array', cellNF: true }).Sheets[sheet];
  if (!ws) throw new Error(`No sheet ${sheet}`);
  return Object.fromEntries(
    Object.entries(ws)
      .filter(([k]) => !k.startsWith('!'))
      .map(([k, c]) => [k, { t: c.t, v: typeof c.v === 'number' ? Math.round(c.v * 1e9) / 1e9 : c.v, ...(isDateFormat(c.z) ? { w: c.w } : {}) }]),
  );
}
