import { RawSheet, RawWorkbook } from '../domain/raw';
import { readWorkbookBytes } from '../io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../io/xlsx/sheetSelection';
import { CONVERTED_NOTICE, isXlsx, toXlsxBytes } from '../io/xlsx/toXlsxBytes';
import { addSheetsToWorkbook } from '../io/xlsx/writeWorkbook';
import { isGeneratedMark } from '../sheets/reportFrame';
import { SheetSpec } from '../sheets/spec';
import { planSheetWrites } from '../sheets/writePlan';
import type { OnProgress, WorkbookHost, WriteRequest, WriteResult } from '../ui/host';

export const FILE_READ_STAGE = 'Membaca file';
export const FILE_WRITE_STAGE = 'Menyusun file hasil';

/**
 * File mode: a workbook opened from disk in the browser. Reading uses SheetJS, writing the
 * ExcelJS file writer; the same plan as in Excel decides what is added or replaced, so a
 * person's sheet is never changed here either. Everything stays in the page's memory until
 * the person downloads the result.
 */
export class FileWorkbook implements WorkbookHost {
  readonly mode = 'file';
  private bytes: Uint8Array;
  private workbook: RawWorkbook;
  /** True once generated sheets were added: there is a result to download. */
  changed = false;

  constructor(
    readonly fileName: string,
    bytes: Uint8Array,
  ) {
    this.workbook = readWorkbookBytes(bytes, fileName, REGISTER_SHEETS); // throws UnreadableFileError in plain words
    this.bytes = bytes;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((s) => s.name);
  }

  async read(onProgress: OnProgress): Promise<RawWorkbook> {
    onProgress({ stage: FILE_READ_STAGE, done: 1, total: 1 });
    return this.workbook;
  }

  async write(specs: readonly SheetSpec[], { onProgress, confirmRenames }: WriteRequest): Promise<WriteResult> {
    const existing = this.workbook.sheets.map((s) => ({ name: s.name, ours: isGeneratedMark(cellA1(s)) }));
    const plan = planSheetWrites(existing, specs);
    const result: WriteResult = { written: [], skipped: [], renames: plan.renames, notices: [], cancelled: false };
    if (plan.renames.length > 0 && !(await confirmRenames(plan.renames))) return { ...result, cancelled: true };
    onProgress({ stage: FILE_WRITE_STAGE, done: 0, total: 1 });
    const toWrite: SheetSpec[] = [];
    for (const write of plan.writes) {
      if (write.kind === 'skip') result.skipped.push(write.name);
      else {
        toWrite.push({ ...write.spec, name: write.name });
        result.written.push({ name: write.name, kind: write.kind });
      }
    }
    if (toWrite.length === 0) return result;
    const convertedNow = !isXlsx(this.bytes);
    const input = toXlsxBytes(this.bytes);
    const { bytes } = await addSheetsToWorkbook(input, toWrite);
    this.bytes = bytes;
    this.workbook = readWorkbookBytes(bytes, this.fileName, REGISTER_SHEETS);
    this.changed = true;
    onProgress({ stage: FILE_WRITE_STAGE, done: 1, total: 1 });
    if (convertedNow) result.notices.push(CONVERTED_NOTICE);
    return result;
  }

  /** The workbook to download: the file with the generated sheets, always .xlsx. */
  result(): { name: string; bytes: Uint8Array } {
    return { name: `${this.fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '')}-hasil.xlsx`, bytes: this.bytes };
  }
}

function cellA1(sheet: RawSheet): unknown {
  return sheet.firstRow === 1 && sheet.firstCol === 1 ? sheet.rows[0]?.[0] : null;
}
