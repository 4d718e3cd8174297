import { formatMonthId } from '../domain/dates/formatId';
import { IsoDate } from '../domain/dates/isoDate';
import { startOfDayStamp } from '../domain/dates/zoneClock';
import { LastYearRefusedError, LastYearReport } from './lastYearCheck';
import { ReadMergeInput } from './mergeRun';
import { registersToDataLaporan } from './monthlyReport';

/** Last year's report as a front door has it: the file's name and bytes, and the reader of report files (io/xlsx's readMergeInput). */
export interface LastYearFile {
  name: string;
  bytes: Uint8Array;
  read: ReadMergeInput;
}

/**
 * Reads last year's report of the same month for Kualitas Data's comparison over time, for
 * every front door (CLI --tahun-lalu, the pane, the page): a report file (its Data Laporan),
 * or last year's register workbook counted on the fly for that month. A file that is neither
 * is refused with what to give instead. Whose report and which month it is, monthlyReport
 * checks against the registers (acceptLastYear).
 */
export function readLastYearReport(file: LastYearFile, want: { tahun: number; bulan: number; today: IsoDate }): LastYearReport {
  const fromRegisters = registersToDataLaporan({ year: want.tahun, month: want.bulan, today: want.today, generatedAt: startOfDayStamp(want.today) });
  const input = file.read(file.bytes, file.name, null, fromRegisters);
  if ('finding' in input) {
    throw new LastYearRefusedError(`${input.finding.message} Pakai file laporan bulanan ${formatMonthId(want.tahun, want.bulan)} puskesmas ini (dengan sheet Data Laporan) atau buku kerja register tahun ${want.tahun}.`);
  }
  return { file: file.name, data: input.report.data };
}
