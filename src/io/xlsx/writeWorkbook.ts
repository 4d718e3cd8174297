import ExcelJS from 'exceljs';
import { GENERATED_MARK, isGeneratedMark } from '../../sheets/reportFrame';
import { SheetSpec } from '../../sheets/spec';
import { applySheetSpec } from './applySheetSpec';

export interface WriteOptions {
  /** Stamped as the file's created/modified date; fixed in templates so output is reproducible. */
  created?: Date;
}

const CREATOR = 'Add-in Imunisasi';

/** A new xlsx file holding the sheets in order. */
export async function writeWorkbook(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  stamp(wb, options);
  for (const spec of specs) applySheetSpec(wb.addWorksheet(spec.name), spec);
  return toBytes(await wb.xlsx.writeBuffer());
}

/** A workbook ExcelJS cannot open (xls, ods, csv): the user can save it as xlsx. */
export class UnsupportedInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedInputError';
  }
}

export interface AddResult {
  bytes: Uint8Array;
  /** Where a generated sheet could not take its name (a person's sheet has it). */
  renamed: { wanted: string; used: string }[];
}

/**
 * The input workbook with the generated sheets added. A sheet of the same name that the
 * add-in generated earlier (A1 starts with GENERATED_MARK) is replaced; any other sheet is
 * left exactly as it was, and a clashing generated sheet takes a free name instead.
 */
export async function addSheetsToWorkbook(input: Uint8Array, specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<AddResult> {
  if (!(input[0] === 0x50 && input[1] === 0x4b)) {
    throw new UnsupportedInputError('File ini bukan .xlsx (mungkin .xls, .ods atau .csv), sehingga laporan tidak dapat ditambahkan ke dalamnya. Simpan dulu sebagai .xlsx di Excel/LibreOffice, atau buat laporan sebagai file terpisah (--terpisah).');
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  stamp(wb, options);
  const renamed: AddResult['renamed'] = [];
  for (const spec of specs) {
    const existing = findSheet(wb, spec.name);
    let name = spec.name;
    if (existing && isGeneratedMark(existing.getCell('A1').value)) {
      wb.removeWorksheet(existing.id);
    } else if (existing) {
      name = freeName(wb, spec.name);
      renamed.push({ wanted: spec.name, used: name });
    }
    applySheetSpec(wb.addWorksheet(name), spec);
  }
  return { bytes: toBytes(await wb.xlsx.writeBuffer()), renamed };
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

/** "Laporan Bulanan (2)", "(3)", … within Excel's 31-character limit. */
export function freeName(wb: ExcelJS.Workbook, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!findSheet(wb, candidate)) return candidate;
  }
}

function stamp(wb: ExcelJS.Workbook, options: WriteOptions): void {
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  if (options.created) {
    wb.created = options.created;
    wb.modified = options.created;
  }
}

function toBytes(buffer: ExcelJS.Buffer): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

export { GENERATED_MARK };
