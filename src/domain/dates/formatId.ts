import { format } from 'date-fns/format';
import { id } from 'date-fns/locale/id';
import { IsoDate, toLocalDate } from './isoDate';

/** dd-mm-yyyy, the way dates are written on Indonesian forms. */
export function formatDateId(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

/** "17 Agustus 2025". */
export function formatDateLongId(date: IsoDate): string {
  return format(toLocalDate(date), 'd MMMM yyyy', { locale: id });
}

/** "Agustus 2025" for month 1–12. */
export function formatMonthId(year: number, month: number): string {
  return format(new Date(year, month - 1, 1), 'MMMM yyyy', { locale: id });
}

/** Indonesian month name for 1–12. */
export function monthNameId(month: number): string {
  return format(new Date(2000, month - 1, 1), 'MMMM', { locale: id });
}
