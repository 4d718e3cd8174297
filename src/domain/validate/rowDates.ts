import { daysBetween, IsoDate } from '../dates/isoDate';
import { formatDateId } from '../dates/formatId';
import { ParsedTable } from '../read/readTable';

/**
 * Dates that cannot be true: after the reference date (except a planned wedding), or, in a
 * person register, before the person was born.
 */
export function checkRowDates(table: ParsedTable, today: IsoDate): void {
  const { context } = table;
  const dateColumns = context.schema.columns.filter((c) => c.type === 'date' && context.has(c.key));
  const persons = context.schema.persons === true;
  for (const { row, values } of table.rows) {
    const born = persons ? (values.tanggalLahir as IsoDate | null) : null;
    for (const column of dateColumns) {
      const date = values[column.key] as IsoDate | null;
      if (date === null || date === undefined) continue;
      if (!column.future && date > today) {
        context.cell('DATE_FUTURE', 'error', row, column.key, `tanggal ${formatDateId(date)} ada di masa depan (hari ini ${formatDateId(today)}). Periksa tahun dan bulannya`);
      } else if (born && column.key !== 'tanggalLahir' && !column.future && date < born) {
        context.cell('DOSE_BEFORE_BIRTH', 'error', row, column.key, `tanggal ${formatDateId(date)} lebih awal dari tanggal lahir ${formatDateId(born)} (${-daysBetween(born, date)} hari sebelumnya). Periksa tanggal ini atau tanggal lahirnya`);
      }
    }
  }
}
