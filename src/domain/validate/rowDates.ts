import { daysBetween, IsoDate } from '../dates/isoDate';
import { formatDateId } from '../dates/formatId';
import { ParsedTable } from '../read/readTable';

/**
 * Dates that cannot be true: after the reference date (except a planned wedding), or, in a
 * person register, before the person was born. A dose or visit dated after the reference date
 * is left out of the record (the sheet keeps it), so no report, status or due list counts a
 * dose that has not happened yet.
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
        const counted = column.key === 'tanggalLahir' ? '' : '; tanggal ini tidak dihitung sampai diperbaiki';
        context.cell('DATE_FUTURE', 'error', row, column.key, `tanggal ${formatDateId(date)} ada di masa depan (hari ini ${formatDateId(today)}). Periksa tahun dan bulannya${counted}`);
        if (column.key !== 'tanggalLahir') values[column.key] = null;
      } else if (born && column.key !== 'tanggalLahir' && !column.future && date < born) {
        context.cell('DOSE_BEFORE_BIRTH', 'error', row, column.key, `tanggal ${formatDateId(date)} lebih awal dari tanggal lahir ${formatDateId(born)} (${-daysBetween(born, date)} hari sebelumnya). Periksa tanggal ini atau tanggal lahirnya`);
      }
    }
  }
}
