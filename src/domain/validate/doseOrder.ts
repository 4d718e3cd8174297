import { formatDateId } from '../dates/formatId';
import { IsoDate } from '../dates/isoDate';
import { ParsedTable } from '../read/readTable';

/**
 * Within each series (Polio 1–4, DPT-HB-Hib 1–4, IPV 1–2, Td/TT 1–5, …), every dose must not be
 * dated before the previous filled dose of the series: a warning, the dates may be swapped.
 * Whether a dose came too soon after the previous one (DOSE_TOO_CLOSE) is not judged here: that
 * needs the rules (the Aturan sheet's gaps, month counting and tolerance; the T steps' own
 * gaps) and, for Td/TT, the person's doses in every register, so the status engine says it
 * (status/tooClose.ts).
 */
export function checkDoseOrder(table: ParsedTable): void {
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
        if (previousDate !== null && date < previousDate) {
          context.cell('DOSE_ORDER', 'warning', row, key, `tanggal ${formatDateId(date)} lebih awal dari dosis sebelumnya "${context.header(previousKey)}" (${formatDateId(previousDate)}). Periksa apakah tanggalnya tertukar`);
        }
        previousKey = key;
        previousDate = date;
      }
    }
  }
}
