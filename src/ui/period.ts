import { Month } from '../domain/dates/month';
import { readRegistersKeeping } from '../app/keptRegisters';
import { monthNameId } from '../domain/dates/formatId';
import { RawWorkbook } from '../domain/raw';
import { readZone } from '../domain/registers/readZone';
import { latestDataMonth } from '../domain/reports/period';
import { todayInZone } from '../io/clock';

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, name: monthNameId(i + 1) }));

/**
 * For a file opened in file mode: the last month its registers hold data, when that is before
 * the month chosen in the pane (an older file: a report for the chosen month would be empty).
 * Null when the file has data in the chosen month or later, or none at all.
 */
export function earlierDataPeriod(workbook: RawWorkbook, now: Date, chosen: Month): Month | null {
  const today = todayInZone(readZone(workbook), now);
  const latest = latestDataMonth(readRegistersKeeping(workbook, { today }).registers, today);
  if (!latest || latest.year * 12 + latest.month >= chosen.year * 12 + chosen.month) return null;
  return latest;
}
