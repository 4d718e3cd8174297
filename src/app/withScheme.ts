import { isBlank, RawWorkbook } from '../domain/raw';
import { headerLookup } from '../domain/read/headerRow';
import { locateSheet } from '../domain/read/locateSheet';
import { normalizeName } from '../domain/read/normalize';
import { PUSKESMAS_SHEET } from '../domain/schema/registers';

/** The two schemes a person can pick in the pane, spelled as the Skema cell takes them. */
export type SchemeName = 'Td terkini' | '2005 (TT)';

/**
 * The workbook as if its Puskesmas sheet named `scheme` in the Skema cell: the pane's scheme
 * picker, for one run, without touching the workbook itself. Every use case reads the scheme
 * from that cell, so they all follow the choice. The cell is found as the reader finds it
 * (the label, then the first cell to its right past a lone ":").
 */
export function withScheme(workbook: RawWorkbook, scheme: SchemeName): RawWorkbook {
  const sheet = locateSheet(workbook, PUSKESMAS_SHEET);
  if (!sheet) return workbook;
  const skema = PUSKESMAS_SHEET.columns.find((c) => c.key === 'skema')!;
  const lookup = headerLookup(PUSKESMAS_SHEET.columns);
  const rows = sheet.rows.map((row) => [...row]);
  const row = rows.find((cells) => cells.some((cell) => !isBlank(cell) && lookup.get(normalizeName(cell)) === skema));
  if (row) {
    let k = row.findIndex((cell) => !isBlank(cell) && lookup.get(normalizeName(cell)) === skema) + 1;
    while (k < row.length && typeof row[k] === 'string' && String(row[k]).trim() === ':') k++;
    row[k] = scheme;
  } else {
    rows.push([skema.header, scheme]);
  }
  return { sheets: workbook.sheets.map((s) => (s === sheet ? { ...sheet, rows } : s)) };
}
