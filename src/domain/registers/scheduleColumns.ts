import { Finding } from '../findings';
import { DEFAULT_SCHEDULE } from '../read/cellValue';
import { sheetFinding } from '../read/tableContext';
import { scheduleDoseKeys } from '../rules/scheduleRules';
import { SCHEDULE_KEYS, SCHEDULES } from '../rules/schedules';
import { sheetSchema } from '../schema/registers';
import { Registers } from './types';

/**
 * The dose columns the workbook's Jadwal Imunisasi needs and its Register Bayi or Imunisasi
 * Luar does not have (issue 12 item 2): under "Kemenkes terkini" a register without RV, IPV 2
 * or PCV columns is an error that names the column and the two ways to fix it, and the figures
 * of that dose read "tidak dapat dihitung" (COLUMN_MISSING: reports/computability.ts), never 0.
 * A column every schedule has is required by the schema itself and reported by the reader.
 */
export function scheduleColumnFindings(registers: Registers): Finding[] {
  const schedule = registers.puskesmas?.jadwal ?? DEFAULT_SCHEDULE;
  const doses = scheduleDoseKeys(schedule);
  const name = SCHEDULES[schedule].name;
  const other = SCHEDULE_KEYS.filter((k) => k !== schedule && !doses.every((d) => scheduleDoseKeys(k).includes(d)));
  const puskesmas = registers.sheetNames.puskesmas ?? sheetSchema('puskesmas').name;
  const out: Finding[] = [];
  for (const sheet of ['bayi', 'luar'] as const) {
    const sheetName = registers.sheetNames[sheet];
    const places = registers.columns?.[sheet];
    // A missing sheet, or one without a header row, is the reader's finding already.
    if (sheetName === null || !places) continue;
    const schema = sheetSchema(sheet);
    for (const key of doses) {
      const column = schema.columns.find((c) => c.key === key);
      if (!column || column.need !== 'optional' || key in places) continue;
      const instead = other.filter((k) => !scheduleDoseKeys(k).includes(key)).map((k) => `"${SCHEDULES[k].name}"`);
      const fix = instead.length > 0 ? `, atau pilih Jadwal Imunisasi ${instead.join(' atau ')} di sheet ${puskesmas} bila puskesmas belum memberi ${column.header}` : '';
      out.push(sheetFinding(sheetName, 'COLUMN_MISSING', 'error', `kolom "${column.header}" tidak ada, padahal Jadwal Imunisasi "${name}" (sheet ${puskesmas}) memuatnya; angka ${column.header} tidak dapat dihitung. Tambahkan kolom dengan judul "${column.header}" di baris judul${fix}`, 0, column.header));
    }
  }
  return out;
}
