import { daysBetween, IsoDate } from '../dates/isoDate';
import { formatDateId } from '../dates/formatId';
import { ANTIGEN_DOSES, DoseSheet } from '../programme/antigenDoses';
import { ParsedTable } from '../read/readTable';
import { allowedFrom, formatInterval } from '../rules/interval';

/** Doses of one series are at least 4 weeks apart (thesis Tabel 2.3; Kemenkes schedule). */
export const MIN_SERIES_GAP_DAYS = 28;

/** A dose's minimum gap after the previous dose of its series: the first date it meets it, and how the gap is said. */
interface OwnGap {
  allowed: (previous: IsoDate) => IsoDate;
  text: string;
}

/**
 * The doses whose record sets a longer gap than the series' 4 weeks (IPV 2: 4 months after
 * IPV 1), by register and column key. Months are calendar months, as the status engine counts
 * them by default (the Aturan sheet's "Hitungan bulan" is not known while reading registers).
 */
const OWN_GAPS = new Map<string, OwnGap>(
  ANTIGEN_DOSES.flatMap((d) => {
    const span = d.schedule?.minInterval;
    return span && d.series ? [[`${d.sheet}|${d.key}`, { allowed: allowedFrom(span, 'kalender', 0), text: formatInterval(span) }] as const] : [];
  }),
);

/**
 * Within each series (Polio 1–4, DPT-HB-Hib 1–4, IPV 1–2, Td/TT 1–5, …), every dose must come
 * after the previous filled dose of the series and at least its minimum gap later: 4 weeks,
 * or the dose record's own (IPV 2: 4 months after IPV 1). Both are warnings: the date may be
 * right and the dose given too early; the status engine then does not count it.
 */
export function checkDoseSeries(table: ParsedTable): void {
  const { context } = table;
  const sheet = context.schema.key as DoseSheet;
  // Per series its column keys, and beside each the dose's own gap where its record sets one.
  const series = new Map<string, { keys: string[]; own: (OwnGap | undefined)[] }>();
  for (const column of context.schema.columns) {
    if (!column.series || !context.has(column.key)) continue;
    let entry = series.get(column.series);
    if (!entry) series.set(column.series, (entry = { keys: [], own: [] }));
    entry.keys.push(column.key);
    entry.own.push(OWN_GAPS.get(`${sheet}|${column.key}`));
  }
  if (series.size === 0) return;
  for (const { row, values } of table.rows) {
    for (const { keys, own } of series.values()) {
      // The previous filled dose of the series (two variables, not an object per dose).
      let previousKey = '';
      let previousDate: IsoDate | null = null;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const date = values[key] as IsoDate | null;
        if (!date) continue;
        if (previousDate !== null) {
          const gap = daysBetween(previousDate, date);
          const longer = own[i];
          if (gap < 0) {
            context.cell('DOSE_ORDER', 'warning', row, key, `tanggal ${formatDateId(date)} lebih awal dari dosis sebelumnya "${context.header(previousKey)}" (${formatDateId(previousDate)}). Periksa apakah tanggalnya tertukar`);
          } else if (longer) {
            const earliest = longer.allowed(previousDate);
            if (date < earliest) {
              context.cell(
                'DOSE_TOO_CLOSE',
                'warning',
                row,
                key,
                `tanggal ${formatDateId(date)} hanya ${gap} hari setelah "${context.header(previousKey)}" (${formatDateId(previousDate)}); ${context.header(key)} minimal ${longer.text} setelah ${context.header(previousKey)}, jadi paling cepat ${formatDateId(earliest)}. Periksa kedua tanggalnya; bila benar, dosis ini tidak dihitung`,
              );
            }
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

