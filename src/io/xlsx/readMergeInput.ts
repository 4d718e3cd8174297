import { readDataLaporan } from '../../domain/dataLaporan/readDataLaporan';
import { DATA_LAPORAN_SHEET } from '../../domain/dataLaporan/types';
import type { MergeInput, RegistersToReport } from '../../app/mergeRun';
import { MergeFinding } from '../../domain/merge/types';
import { RawWorkbook } from '../../domain/raw';
import { readWorkbookBytes } from './readWorkbookBytes';
import { DATA_LAPORAN_ONLY, REGISTER_SHEETS } from './sheetSelection';
import { UnreadableFileError } from './unreadableFile';


/**
 * One input of the Dinkes merge: a report file (its Data Laporan sheet alone is read; the
 * other sheets are not even inflated) or a full register workbook (aggregated on the fly;
 * names and NIK never leave this function).
 */
export function readMergeInput(bytes: Uint8Array, file: string, fileDate: string | null, fromRegisters?: RegistersToReport): MergeInput {
  let workbook: RawWorkbook;
  try {
    const only = readWorkbookBytes(bytes, file, DATA_LAPORAN_ONLY).sheets.find((s) => s.rows.length > 0);
    if (only) {
      const result = readDataLaporan(only);
      if (result.ok) {
        const old = (result.warnings ?? []).map((w): MergeFinding => ({ file, code: 'OLD_FORMAT', severity: 'warning', message: `${file}: ${w.message}` }));
        return old.length > 0 ? { report: { file, fileDate, data: result.data }, findings: old } : { report: { file, fileDate, data: result.data } };
      }
      const notOurs = result.findings.some((f) => /bukan Data Laporan|versi format/.test(f.message));
      return { finding: { file, code: notOurs ? 'NOT_A_REPORT' : 'REPORT_INVALID', severity: 'error', message: `${file}: ${result.findings.map((f) => f.message).join(' ')}` } };
    }
    workbook = readWorkbookBytes(bytes, file, REGISTER_SHEETS);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { finding: { file, code: 'FILE_UNREADABLE', severity: 'error', message: error.message } };
    throw error;
  }
  const registers = fromRegisters?.(workbook) ?? null;
  if (registers && 'data' in registers) return { report: { file, fileDate, data: registers.data, ...(registers.errors?.length ? { errors: registers.errors } : {}), ...(registers.recount ? { recount: registers.recount } : {}) } };
  if (registers) return { finding: { file, code: 'REPORT_INVALID', severity: 'error', message: `${file}: ${registers.problem}` } };
  return { finding: { file, code: 'NOT_A_REPORT', severity: 'error', message: `${file}: bukan laporan bulanan add-in Imunisasi (tidak ada sheet "${DATA_LAPORAN_SHEET}") dan bukan register puskesmas yang lengkap. Kirim file laporan bulanan dari add-in.` } };
}
