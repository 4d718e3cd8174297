import { formatDateId } from '../dates/formatId';
import { Finding } from '../findings';
import { Registers } from '../registers/types';
import { ageOn, formatAge } from '../rules/ageOn';
import { EXPIRY_PREFIX } from '../rules/aturan/statusSettings';
import { doseHeader } from '../rules/doses';
import { formatAgeLimit, lastDayAdder } from '../rules/ageLimit';
import { Rules } from '../rules/types';
import { Placer } from './link';

/**
 * Infant doses recorded after their upper age (the rules' expiry: HB0 7 days, RV 1–3 6 months
 * 29 days, from the preset with the Aturan sheet's "Batas umur …" over it), each a warning on its cell.
 * The limit day itself is still in time, as in the schedule (the dose is offered until then).
 * The dose still counts (docs/rules.md §9: the register records what was given); the warning
 * is there because a petugas must see it: an RV dose after 6 months 29 days is a safety matter,
 * a late HB0 a wrong date or a programme problem. Months as the rules count them (Hitungan bulan).
 * A row whose birth date, or a dose whose cell, already has an error of the register reader
 * (`reported`: a birth in 1800 is DATE_IMPLAUSIBLE) is left to that error: one slip, one finding.
 */
export function lateDoseFindings(registers: Registers, rules: Rules, reported: readonly Finding[] = []): Finding[] {
  const counting = rules.monthCounting;
  const limits = rules.infant.schedule.flatMap((r) => (r.expiry ? [{ dose: r.dose, expiry: r.expiry, last: lastDayAdder(r.expiry, counting) }] : []));
  if (limits.length === 0 || registers.bayi.length === 0) return [];
  const place = new Placer(registers);
  const sheet = place.sheetName('bayi');
  const flagged = new Set(reported.filter((f) => f.sheet === sheet && f.severity === 'error').map((f) => `${f.row}|${f.column}`));
  const isFlagged = (row: number, key: string) => flagged.size > 0 && flagged.has(`${row}|${place.header('bayi', key)}`);
  const findings: Finding[] = [];
  // Indexed loops, not for…of with destructuring: this runs for each dose with an upper age of
  // each of 100k register rows, from the first report after a file is opened (not yet optimised).
  const rows = registers.bayi;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const birth = row.tanggalLahir;
    if (!birth) continue;
    for (let k = 0; k < limits.length; k++) {
      const { dose, expiry, last } = limits[k];
      const date = row.doses[dose];
      if (date === undefined) continue;
      const latest = last(birth);
      // The reader's errors are looked up only for a late dose (at 100k rows, a key per row was most of this check).
      if (date <= latest || isFlagged(row.row, dose)) continue;
      if (isFlagged(row.row, 'tanggalLahir')) break;
      findings.push(
        place.finding(
          row,
          dose,
          'DOSE_PAST_AGE_LIMIT',
          `dosis tanggal ${formatDateId(date)} diberikan pada umur ${formatAge(ageOn(birth, date, counting))}, sesudah batas umurnya ${formatAgeLimit(expiry)} ("${EXPIRY_PREFIX} ${doseHeader('bayi', dose)}" di sheet Aturan): untuk anak lahir ${formatDateId(birth)} paling lambat ${formatDateId(latest)}. Periksa tanggal dosis ini dan tanggal lahirnya; bila dosis memang diberikan terlambat, catat hal itu dan sampaikan ke pengelola program imunisasi. Dosis ini tetap dihitung`,
        ),
      );
    }
  }
  return findings;
}
