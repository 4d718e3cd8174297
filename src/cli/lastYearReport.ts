import { basename } from 'node:path';
import { registersToDataLaporan } from '../app/monthlyReport';
import { formatMonthId } from '../domain/dates/formatId';
import { IsoDate } from '../domain/dates/isoDate';
import { startOfDayStamp } from '../domain/dates/zoneClock';
import { DataLaporan } from '../domain/dataLaporan/types';
import { readMergeInput } from '../io/xlsx/readMergeInput';
import { CliUsageError } from './cliError';
import { readFileBytes } from './io';

/**
 * --tahun-lalu: last year's report of the same month (its Data Laporan, or last year's
 * register workbook counted on the fly), for Kualitas Data's comparison over time. Another
 * puskesmas's or another month's report is a usage error, never compared.
 */
export function readLastYearReport(path: string, want: { kode: string | null; tahun: number; bulan: number; today: IsoDate }): DataLaporan {
  const input = readMergeInput(readFileBytes(path), basename(path), null, registersToDataLaporan({ year: want.tahun, month: want.bulan, today: want.today, generatedAt: startOfDayStamp(want.today) }));
  if ('finding' in input) throw new CliUsageError(`--tahun-lalu: ${input.finding.message}`);
  const data = input.report.data;
  const period = formatMonthId(want.tahun, want.bulan);
  if (data.tahun !== want.tahun || data.bulan !== want.bulan) throw new CliUsageError(`--tahun-lalu: ${basename(path)} berisi laporan ${formatMonthId(data.tahun, data.bulan)}, bukan ${period}. Pakai laporan bulan yang sama tahun lalu.`);
  if (want.kode && data.kodePuskesmas !== want.kode) throw new CliUsageError(`--tahun-lalu: ${basename(path)} adalah laporan ${data.namaPuskesmas} (${data.kodePuskesmas}), bukan puskesmas ini (${want.kode}).`);
  return data;
}
