import { formatDateId } from '../dates/formatId';
import { daysBetween } from '../dates/isoDate';
import { Finding } from '../findings';
import { Bayi } from '../registers/types';
import { formatInterval } from '../rules/interval';
import { Rules } from '../rules/types';
import { InfantTooClose } from './infant';
import { Placer } from './link';
import { EarlyDose, gapText } from './tStatus';
import { PersonSheet } from './types';

/*
 * Periksa's DOSE_TOO_CLOSE warnings, made from what the status engine decided (infant.ts,
 * tStatus.ts) rather than worked out beside it: a dose is called too close exactly when the
 * engine does not count it for its gap, with the rules the engine used (the preset with the
 * Aturan sheet over it: gaps, month counting, tolerance). So Periksa and Status T, the due
 * lists, IDL and the reports never judge one dose two ways.
 */

/** The registers whose T doses Periksa judges by the T steps (the T engine runs for them in every door). */
export const T_CHECKED_SHEETS: ReadonlySet<PersonSheet> = new Set(['wus', 'caten', 'bumil']);

/** "; toleransi 3 hari" when the rules allow a dose a few days early, "; bulan = 30 hari" when months are counted in days. */
function arithmetic(rules: Rules, unitIsMonth: boolean): string {
  const parts: string[] = [];
  if (unitIsMonth && rules.monthCounting === 'hari') parts.push('1 bulan dihitung 30 hari, 1 tahun 365 hari');
  if (rules.toleranceDays > 0) parts.push(`toleransi ${rules.toleranceDays} hari`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** An infant dose the engine does not count because it came too soon after the previous valid dose of its series. */
export function infantTooCloseFinding(place: Placer, bayi: Bayi, close: InfantTooClose, rules: Rules): Finding {
  const header = place.header('bayi', close.doseKey);
  const previous = place.header('bayi', close.previousKey);
  const monthly = close.interval.unit === 'bulan' || close.interval.unit === 'tahun';
  const rule = close.own ? `jarak dosis ${header} sendiri` : '"Jarak minimal dosis satu seri"';
  return place.finding(
    bayi,
    close.doseKey,
    'DOSE_TOO_CLOSE',
    `tanggal ${formatDateId(close.date)} hanya ${daysBetween(close.previousDate, close.date)} hari setelah "${previous}" (${formatDateId(close.previousDate)}), dosis sebelumnya dalam seri yang dihitung; ${header} minimal ${formatInterval(close.interval)} setelahnya (${rule}${arithmetic(rules, monthly)}), jadi paling cepat ${formatDateId(close.allowed)}. Periksa kedua tanggalnya; bila benar, dosis ini tidak dihitung sah (tidak masuk IDL/IBL) dan tetap ada di jadwal sebagai dosis yang belum diberikan`,
  );
}

/** A Td/TT dose the T engine does not count because the minimum interval of the step it would reach had not passed. */
export function tTooCloseFinding(place: Placer, early: EarlyDose, rules: Rules): Finding {
  const { dose, status, min, from, allowed } = early;
  const step = status + 1;
  const monthly = min.unit === 'bulan' || min.unit === 'tahun';
  const elsewhere = (sheet: PersonSheet, row: number) => (sheet === dose.sheet && row === dose.row ? '' : ` di ${place.sheetName(sheet)} baris ${row}`);
  const reference =
    from.kind === 'dose'
      ? `dosis sah sebelumnya "${from.dose.column}"${elsewhere(from.dose.sheet, from.dose.row)} (${formatDateId(from.dose.date)}${from.dose.step ? `, T${from.dose.step}` : ''})`
      : `skrining T${from.screening.status}${elsewhere(from.screening.sheet, from.screening.row)} (${formatDateId(from.screening.date)})`;
  const refDate = from.kind === 'dose' ? from.dose.date : from.screening.date;
  return place.finding(
    dose,
    dose.doseKey,
    'DOSE_TOO_CLOSE',
    `tanggal ${formatDateId(dose.date)} hanya ${gapText(refDate, dose.date, min, rules.monthCounting)} setelah ${reference}; untuk T${step} jarak minimal ${formatInterval(min)} ("Jarak minimal T${step}"${arithmetic(rules, monthly)}), jadi paling cepat ${formatDateId(allowed)}. Periksa tanggalnya; bila benar, dosis ini tercatat tetapi belum dihitung sebagai T${step}: status tidak naik dari T${status}, dan dosis untuk T${step} baru dihitung bila diberikan mulai ${formatDateId(allowed)}`,
  );
}
