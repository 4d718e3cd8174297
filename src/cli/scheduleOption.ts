import { ScheduleKey } from '../domain/read/cellValue';
import { readCell, CellProblem } from '../domain/read/cellValue';
import { CliUsageError } from './cliError';

/**
 * --jadwal "Kemenkes terkini" | "Permenkes 12/2017": the immunization schedule for this run,
 * read as the Jadwal Imunisasi cell would be; absent: the cell's (blank cell: Kemenkes terkini).
 */
export function scheduleOption(value: string | undefined): ScheduleKey | undefined {
  if (value === undefined) return undefined;
  const read = readCell(value, 'schedule');
  if (read instanceof CellProblem || read === null) throw new CliUsageError(`--jadwal "${value}" tidak dikenal. Tulis --jadwal "Kemenkes terkini" atau --jadwal "Permenkes 12/2017".`);
  return read as ScheduleKey;
}
