import { RawSheet, RawWorkbook } from '../raw';
import { SheetSchema } from '../schema/types';
import { normalizeName } from './normalize';

/** The workbook's sheet for a schema sheet: by its standard name first, then by an alias. */
export function locateSheet(workbook: RawWorkbook, schema: SheetSchema): RawSheet | undefined {
  const byName = new Map<string, RawSheet>();
  for (const sheet of workbook.sheets) {
    const key = normalizeName(sheet.name);
    if (!byName.has(key)) byName.set(key, sheet);
  }
  for (const name of [schema.name, ...(schema.aliases ?? [])]) {
    const found = byName.get(normalizeName(name));
    if (found) return found;
  }
  return undefined;
}
