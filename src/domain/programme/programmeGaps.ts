import { Finding } from '../findings';
import { sheetFinding } from '../read/tableContext';
import { AGE_PREFIX } from '../rules/aturan/statusSettings';
import { Rules } from '../rules/types';
import { dosesOf, INDICATOR_DOSES } from './doseIndex';
import { TARGET_SHEET, TargetSheet } from './readTargetSheet';

/*
 * No silent defaults (issue 12 item 1): a dose the records know but nothing schedules, or
 * whose indicator has no target anywhere, is a finding naming it and saying how to fix it.
 * Today's records schedule and target every dose; a record added without them (or a dose a
 * district adds as data) is caught here when the rules and the Target sheet are loaded.
 */

/** Infant doses with no age in the rules (neither their record nor the Aturan sheet gives one): no due date, never overdue. */
export function scheduleGapFindings(rules: Rules, aturanSheet: string | null): Finding[] {
  const scheduled = new Set(rules.infant.schedule.map((s) => s.dose));
  const sheet = aturanSheet ?? 'Aturan';
  return dosesOf('bayi')
    .filter((d) => !d.schedule && !scheduled.has(d.key))
    .map((d) =>
      sheetFinding(
        sheet,
        'DOSE_UNSCHEDULED',
        'warning',
        `dosis "${d.header}" (Register Bayi) tidak punya jadwal: tidak ada di Jadwal Bulan Ini dan tidak pernah dinilai terlambat. Tambahkan baris "${AGE_PREFIX} ${d.header}" dengan umur pemberiannya (mis. "10 bulan") di sheet ${sheet}`,
      ),
    );
}

/** Dose indicators with no default target and no row in any year of the Target sheet: their target line and need would stay empty. */
export function targetGapFindings(targets: TargetSheet | null): Finding[] {
  const sheet = targets?.sheet ?? TARGET_SHEET.name;
  const given = new Set([...(targets?.years.values() ?? [])].flatMap((y) => [...y.keys()]));
  return INDICATOR_DOSES.filter((d) => d.indicator.target === undefined && !given.has(d.indicator.key)).map((d) =>
    sheetFinding(
      sheet,
      'TARGET_MISSING',
      'warning',
      `dosis "${d.header}" tidak punya target tahunan (tidak ada nilai bawaan dan tidak ada di sheet ${sheet}), sehingga garis target, status desa dan kebutuhan vaksinnya tidak dihitung (tidak dianggap 100%). Tambahkan baris "${d.indicator.label}" dengan target setiap tahun di sheet ${sheet}`,
    ),
  );
}
