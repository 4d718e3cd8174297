import { daysBetween, IsoDate } from '../dates/isoDate';
import { formatDateId } from '../dates/formatId';
import { ParsedTable } from '../read/readTable';

/** Doses of one series are at least 4 weeks apart (thesis Tabel 2.3; Kemenkes schedule). */
export const MIN_SERIES_GAP_DAYS = 28;

/**
 * Within each series (Polio 1–4, DPT-HB-Hib 1–4, Td/TT 1–5, …), every dose must come after
 * the previous filled dose of the series and at least 4 weeks later. Both are warnings: the
 * date may be right and the dose given too early; the status engine then does not count it.
 */
export function checkDoseSeries(table: ParsedTable): void {
  const { context } = table;
  const series = new Map<string, string[]>();
  for (const column of context.schema.columns) {
    if (!column.series || !context.has(column.key)) continue;
    const keys = series.get(column.series) ?? [];
    keys.push(column.key);
    series.set(column.series, keys);
  }
  if (series.size === 0) return;
  for (const { row, values } of table.rows) {
    for (const keys of series.values()) {
      // The previous filled dose of the series (two variables, not an object per dose).
      let previousKey = '';
      let previousDate: IsoDate | null = null;
      for (const key of keys) {
        const date = values[key] as IsoDate | null;
        if (!date) continue;
        if (previousDate !== null) {
          const gap = daysBetween(previousDate, date);
          if (gap < 0) {
            context.cell('DOSE_ORDER', 'warning', row, key, `tanggal ${formatDateId(date)} lebih awal dari dosis sebelumnya "${context.header(previousKey)}" (${formatDateId(previousDate)}). Periksa apakah tanggalnya tertukar`);
          } else if (gap < MIN_SERIES_GAP_DAYS) {
            context.cell('DOSE_TOO_CLOSE', 'warning', row, key, `jarak ${gap} hari dari "${context.header(previousKey)}" (${formatDateId(previousDate)}); minimal 4 minggu (28 hari). Periksa tanggalnya; bila benar, dosis ini tidak dihitung`);
          }
        }
        previousKey = key;
        previousDate = date;
      }
    }
  }
}
