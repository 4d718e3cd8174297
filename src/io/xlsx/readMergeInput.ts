import * as XLSX from 'xlsx';
import { readDataLaporan } from '../../domain/dataLaporan/readDataLaporan';
import { DATA_LAPORAN_SHEET } from '../../domain/dataLaporan/types';
import { MergeFinding, ReceivedReport, RegistersReport } from '../../domain/merge/types';
import { RawWorkbook } from '../../domain/raw';
import { precheck, readWorkbookBytes, SHEETJS_READ_OPTIONS, workbookToRaw } from './readWorkbookBytes';
import { UnreadableFileError } from './unreadableFile';

/** Turns a register workbook into its month's Data Laporan (the reports use case); null when it is no register workbook. */
export type RegistersToReport = (workbook: RawWorkbook) => RegistersReport | null;

/**
 * One input of the Dinkes merge: a report file (only its Data Laporan sheet is parsed) or a
 * full register workbook (aggregated on the fly; names and NIK never leave this function).
 */
export function readMergeInput(bytes: Uint8Array, file: string, fileDate: string | null, fromRegisters?: RegistersToReport): { report: ReceivedReport; findings?: MergeFinding[] } | { finding: MergeFinding } {
  let workbook: RawWorkbook;
  try {
    precheck(bytes, file);
    const only = onlyDataLaporan(bytes);
    if (only) {
      const result = readDataLaporan(only);
      if (result.ok) {
        const old = (result.warnings ?? []).map((w): MergeFinding => ({ file, code: 'OLD_FORMAT', severity: 'warning', message: `${file}: ${w.message}` }));
        return old.length > 0 ? { report: { file, fileDate, data: result.data }, findings: old } : { report: { file, fileDate, data: result.data } };
      }
      const notOurs = result.findings.some((f) => /bukan Data Laporan|versi format/.test(f.message));
      return { finding: { file, code: notOurs ? 'NOT_A_REPORT' : 'REPORT_INVALID', severity: 'error', message: `${file}: ${result.findings.map((f) => f.message).join(' ')}` } };
    }
    workbook = readWorkbookBytes(bytes, file);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { finding: { file, code: 'FILE_UNREADABLE', severity: 'error', message: error.message } };
    throw error;
  }
  const registers = fromRegisters?.(workbook) ?? null;
  if (registers && 'data' in registers) return { report: { file, fileDate, data: registers.data, ...(registers.errors?.length ? { errors: registers.errors } : {}) } };
  if (registers) return { finding: { file, code: 'REPORT_INVALID', severity: 'error', message: `${file}: ${registers.problem}` } };
  return { finding: { file, code: 'NOT_A_REPORT', severity: 'error', message: `${file}: bukan laporan bulanan add-in Imunisasi (tidak ada sheet "${DATA_LAPORAN_SHEET}") dan bukan register puskesmas yang lengkap. Kirim file laporan bulanan dari add-in.` } };
}

/** The Data Laporan sheet alone, parsed without the rest of the workbook; undefined if absent. */
function onlyDataLaporan(bytes: Uint8Array) {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { ...SHEETJS_READ_OPTIONS, sheets: DATA_LAPORAN_SHEET });
  } catch {
    // Unreadable as a whole: readWorkbookBytes says why, in the user's words.
    return undefined;
  }
  return workbookToRaw(workbook).sheets.find((s) => s.name === DATA_LAPORAN_SHEET && s.rows.length > 0);
}
