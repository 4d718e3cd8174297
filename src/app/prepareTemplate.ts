import { locateSheet } from '../domain/read/locateSheet';
import { SHEETS } from '../domain/schema/registers';
import { SheetSpec } from '../sheets/spec';
import { templateSpecs } from '../sheets/template/templateSpecs';

/**
 * "Siapkan templat": the blank register and master sheets a workbook lacks, recognising its
 * sheets by their standard names and aliases, as the reader does. Existing sheets are not
 * in the result, so nothing of theirs can be touched.
 */
export function missingTemplateSpecs(sheetNames: readonly string[]): SheetSpec[] {
  const workbook = { sheets: sheetNames.map((name) => ({ name, rows: [], firstRow: 1, firstCol: 1 })) };
  const missing = SHEETS.filter((schema) => !locateSheet(workbook, schema)).map((schema) => schema.key);
  return missing.length ? templateSpecs({ only: missing }) : [];
}
