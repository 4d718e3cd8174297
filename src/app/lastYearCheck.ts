import { formatMonthId } from '../domain/dates/formatId';
import { DataLaporan } from '../domain/dataLaporan/types';
import { LAST_YEAR_INPUT } from '../domain/quality/lastYear';

/** Last year's report of the same month as read from a file: its Data Laporan and the file it came from. */
export interface LastYearReport {
  file: string;
  data: DataLaporan;
}


/**
 * Last year's report cannot be used: unreadable, not a report, another month or another
 * puskesmas. `problem` names the file and says what to give instead; each front door puts
 * its own words before it (the CLI "--tahun-lalu:", the pane the name of its input).
 */
export class LastYearRefusedError extends Error {
  constructor(readonly problem: string) {
    super(`Laporan belum dibuat: file "${LAST_YEAR_INPUT.replace(' (opsional)', '')}" tidak dapat dipakai. ${problem}`);
    this.name = 'LastYearRefusedError';
  }
}

/**
 * The comparison over time is only honest against the same puskesmas's report of the same
 * month a year before: any other report is refused, never compared. `kode` null: the workbook
 * names no puskesmas, so only the month can be checked.
 */
export function acceptLastYear(report: LastYearReport, want: { kode: string | null; tahun: number; bulan: number }): DataLaporan {
  const { file, data } = report;
  const period = formatMonthId(want.tahun, want.bulan);
  const fix = `Pakai laporan ${period} puskesmas ini (bulan yang sama tahun lalu), atau buat laporan tanpa file itu (tanpa perbandingan dengan tahun lalu).`;
  if (data.tahun !== want.tahun || data.bulan !== want.bulan) throw new LastYearRefusedError(`${file} berisi laporan ${formatMonthId(data.tahun, data.bulan)}, bukan ${period}. ${fix}`);
  if (want.kode && data.kodePuskesmas !== want.kode) throw new LastYearRefusedError(`${file} adalah laporan ${data.namaPuskesmas} (${data.kodePuskesmas}), bukan puskesmas ini (${want.kode}). ${fix}`);
  return data;
}
