import { RawSheet, RawWorkbook } from '../domain/raw';
import { PartCompressor } from '../io/xlsx/opc/compressAhead';
import { readWorkbookBytes } from '../io/xlsx/readWorkbookBytes';
import { HEAD_ROWS, REGISTER_SHEETS } from '../io/xlsx/sheetSelection';
import { CONVERTED_NOTICE, isXlsx, toXlsxBytes } from '../io/xlsx/toXlsxBytes';
import { addSheetsToWorkbook } from '../io/xlsx/writeWorkbook';
import { inDateSystem } from '../sheets/dateSystem';
import { isGeneratedMark } from '../sheets/reportFrame';
import { SheetSpec } from '../sheets/spec';
import { planSheetWrites, Rename } from '../sheets/writePlan';
import type { OnProgress, WorkbookHost, WriteRequest, WriteResult } from '../app/workbookHost';
import { specToRaw } from './specToRaw';

export const FILE_READ_STAGE = 'Membaca file';
export const FILE_WRITE_STAGE = 'Menyusun file hasil';

/**
 * File mode: a workbook opened from disk in the browser. Reading uses SheetJS, writing the
 * file writer (io/xlsx/sheetml); the same plan as in Excel decides what is added or replaced,
 * so a person's sheet is never changed here either. Everything stays in the page's memory until
 * the person downloads the result.
 */
export class FileWorkbook implements WorkbookHost {
  readonly mode = 'file';
  private bytes: Uint8Array;
  private workbook: RawWorkbook;
  /** True once generated sheets were added: there is a result to download. */
  changed = false;

  /** `compressor`: the page's compression worker, which compresses large sheets while the rest is written. */
  constructor(
    readonly fileName: string,
    bytes: Uint8Array,
    private readonly compressor: PartCompressor | null = null,
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
    const input = convertedNow ? toXlsxBytes(this.bytes) : this.bytes;
    // A1 of every sheet is in the workbook as read: the writer need not look it up in the file.
    const a1 = new Map(this.workbook.sheets.map((s) => [s.name, cellA1(s) ?? null]));
    const { bytes, renamed } = await addSheetsToWorkbook(input, toWrite, { a1: (name) => a1.get(name), compressor: this.compressor });
    this.bytes = bytes;
    // What was written is known: keep it instead of parsing the whole output again.
    this.workbook = withWritten(this.workbook, toWrite, renamed);
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

/**
 * The workbook as the file now holds it and as reading it with REGISTER_SHEETS would give it,
 * placed as addSheetsToWorkbook placed the sheets: a sheet of the same name (the add-in's own)
 * replaced in its place, the others added at the end, under the name the writer used.
 */
function withWritten(workbook: RawWorkbook, written: readonly SheetSpec[], renamed: readonly Rename[]): RawWorkbook {
  const sheets = [...workbook.sheets];
  for (const spec of written) {
    const name = renamed.find((r) => r.wanted === spec.name)?.used ?? spec.name;
    const at = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    // Its dates as the writer put them: in the workbook's date system.
    const sheet = asRead(inDateSystem(spec, workbook.dateSystem ?? 1900), at >= 0 ? sheets[at].name : name);
    if (at >= 0) sheets[at] = sheet;
    else sheets.push(sheet);
  }
  return { ...workbook, sheets };
}

/**
 * A written sheet as reading it with REGISTER_SHEETS gives it: whole, or for a sheet it reads
 * only the head of (a report: enough to see the mark in A1) as the xlsx reader gives that: its
 * first HEAD_ROWS rows, marked partial, without merged areas (they follow the cells in the file,
 * past where the reader stops). Only those rows are converted: a report can be 10k rows long.
 */
function asRead(spec: SheetSpec, name: string): RawSheet {
  if (REGISTER_SHEETS(name) !== 'head') return specToRaw(spec, name);
  const { rows, firstRow, firstCol } = specToRaw({ ...spec, values: spec.values.slice(0, HEAD_ROWS), merges: undefined }, name);
  return { name, rows, firstRow, firstCol, partial: true };
}
