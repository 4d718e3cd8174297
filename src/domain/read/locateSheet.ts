import { RawSheet, RawWorkbook } from '../raw';
import { SheetSchema } from '../schema/types';
import { nearMisses } from './nearMiss';
import { normalizeName, visibleText } from './normalize';

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

/**
 * The name of a sheet that is probably the missing schema sheet misspelt ("Regiser Bayi"):
 * among the sheets no standard sheet claims, the nearest by a few edits, as the user sees it;
 * undefined if none.
 */
export function nearMissSheet(workbook: RawWorkbook, schema: SheetSchema, all: readonly SheetSchema[]): string | undefined {
  const claimed = new Set(all.map((s) => locateSheet(workbook, s)?.name));
  const unclaimed = workbook.sheets.filter((s) => !claimed.has(s.name)).map((s, index) => ({ index, text: visibleText(s.name) }));
  const [miss] = nearMisses([{ key: schema.key, header: schema.name, aliases: schema.aliases }], unclaimed);
  return miss ? unclaimed[miss.header.index].text : undefined;
}
