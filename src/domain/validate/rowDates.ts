import { daysBetween, IsoDate } from '../dates/isoDate';
import { formatDateId } from '../dates/formatId';
import { isImplausible, plausibleWindow } from '../dates/plausibleDates';
import { ParsedTable } from '../read/readTable';

/**
 * Dates that cannot be true: after the reference date (except a planned wedding), outside the
 * column's plausible window (dates/plausibleDates.ts: a baby born in 1800, a dose before the
 * immunisation programme), or, in a person register, before the person was born. A dose or
 * visit dated after the reference date or outside its window is left out of the record (the
 * sheet keeps it), so no report, status or due list counts a dose that cannot have happened.
 */
export function checkRowDates(table: ParsedTable, today: IsoDate): void {
  const { context } = table;
  const dateColumns = context.schema.columns
    .filter((c) => c.type === 'date' && context.has(c.key))
    .map((column) => ({ column, window: plausibleWindow(context.schema.key, column, today) }));
  const persons = context.schema.persons === true;
  for (const { row, values } of table.rows) {
    const born = persons ? (values.tanggalLahir as IsoDate | null) : null;
    for (const { column, window } of dateColumns) {
      const date = values[column.key] as IsoDate | null;
      if (date === null || date === undefined) continue;
      const isBirth = column.key === 'tanggalLahir';
      const counted = isBirth ? '' : '; tanggal ini tidak dihitung sampai diperbaiki';
      if (!column.future && date > today) {
        context.cell('DATE_FUTURE', 'error', row, column.key, `tanggal ${formatDateId(date)} ada di masa depan (hari ini ${formatDateId(today)}). Periksa tahun dan bulannya${counted}`);
        if (!isBirth) values[column.key] = null;
      } else if (isImplausible(window, date)) {
        context.cell('DATE_IMPLAUSIBLE', 'error', row, column.key, `${window.problem(date)}${counted}`);
        if (!isBirth) values[column.key] = null;
      } else if (born && !isBirth && !column.future && date < born) {
        context.cell('DOSE_BEFORE_BIRTH', 'error', row, column.key, `tanggal ${formatDateId(date)} lebih awal dari tanggal lahir ${formatDateId(born)} (${-daysBetween(born, date)} hari sebelumnya). Periksa tanggal ini atau tanggal lahirnya`);
      }
    }
  }
}
