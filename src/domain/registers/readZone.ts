import { CellProblem, readCell, Zone } from '../read/cellValue';
import { locateSheet } from '../read/locateSheet';
import { normalizeName } from '../read/normalize';
import { RawWorkbook } from '../raw';
import { PUSKESMAS_SHEET } from '../schema/registers';

/**
 * The time zone named on the Puskesmas sheet (WIB when absent or unreadable), read before
 * the full validation because "today" depends on it.
 */
export function readZone(workbook: RawWorkbook): Zone {
  const sheet = locateSheet(workbook, PUSKESMAS_SHEET);
  const column = PUSKESMAS_SHEET.columns.find((c) => c.key === 'zona')!;
  const labels = new Set([column.header, ...(column.aliases ?? [])].map(normalizeName));
  for (const row of sheet?.rows ?? []) {
    const at = row.findIndex((cell) => cell !== null && labels.has(normalizeName(cell)));
    if (at < 0) continue;
    const value = row.slice(at + 1).find((cell) => cell !== null && String(cell).trim() !== '');
    const result = value === undefined || value === null ? null : readCell(value, 'zone');
    return result === null || result instanceof CellProblem ? 'WIB' : (result as Zone);
  }
  return 'WIB';
}
