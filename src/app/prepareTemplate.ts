import { TARGET_SHEET } from '../domain/programme/readTargetSheet';
import { locateSheet } from '../domain/read/locateSheet';
import { normalizeName } from '../domain/read/normalize';
import { SHEETS } from '../domain/schema/registers';
import { targetSheetSpec } from '../sheets/rules/targetSheet';
import { SheetSpec } from '../sheets/spec';
import { templateSpecs } from '../sheets/template/templateSpecs';

/**
 * "Siapkan templat": the blank register and master sheets a workbook lacks, recognising its
 * sheets by their standard names and aliases, as the reader does, and the Target sheet
 * (pre-filled with the Kemenkes defaults for `year`) when the workbook has none under any of
 * its names. Existing sheets are not in the result, so nothing of theirs can be touched.
 */
export function missingTemplateSpecs(sheetNames: readonly string[], year?: number): SheetSpec[] {
  const workbook = { sheets: sheetNames.map((name) => ({ name, rows: [], firstRow: 1, firstCol: 1 })) };
  const missing = SHEETS.filter((schema) => !locateSheet(workbook, schema)).map((schema) => schema.key);
  const registers = missing.length ? templateSpecs({ only: missing }) : [];
  return year !== undefined && !hasTargetSheet(sheetNames) ? [...registers, targetSheetSpec(year)] : registers;
}

/** Whether a sheet carries the Target sheet's name or one of its aliases (as readTargetSheet finds it). */
function hasTargetSheet(sheetNames: readonly string[]): boolean {
  const names = new Set(sheetNames.map((n) => normalizeName(n)));
  return [TARGET_SHEET.name, ...TARGET_SHEET.aliases].some((n) => names.has(normalizeName(n)));
}
