import ExcelJS from 'exceljs';
import { GENERATED_MARK, isGeneratedMark } from '../../sheets/reportFrame';
import { SheetSpec } from '../../sheets/spec';
import { applySheetSpec } from './applySheetSpec';
import { addCharts } from './chart/addCharts';
import { addColumnBreaks } from './columnBreaks';
import { OpcPackage } from './opc/opcPackage';
import { PackageSheet, WorkbookPackage } from './opc/workbookPackage';

export interface WriteOptions {
  /** Stamped as the file's created/modified date; fixed in templates so output is reproducible. */
  created?: Date;
}

const CREATOR = 'Add-in Imunisasi';

/** A new xlsx file holding the sheets in order. */
export async function writeWorkbook(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  return (await writePackage(specs, options)).bytes();
}

/**
 * The sheets as a package, not yet compressed: ExcelJS writes the cells and styles uncompressed
 * (STORE), the native charts ExcelJS cannot write are added as parts, and the caller deflates
 * the whole package once.
 */
async function writePackage(specs: readonly SheetSpec[], options: WriteOptions): Promise<OpcPackage> {
  const wb = new ExcelJS.Workbook();
  stamp(wb, options);
  for (const spec of specs) applySheetSpec(wb.addWorksheet(spec.name), spec);
  const written = toBytes(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const pkg = await OpcPackage.load(written);
  await addColumnBreaks(pkg, specs);
  await addCharts(pkg, specs);
  return pkg;
}

/**
 * The input cannot take the generated sheets (not an xlsx, or one we cannot add to safely): a
 * user-facing stop whose message says what to do, distinct from a bug (any other Error).
 */
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

const ADVICE = 'Simpan dulu file itu sebagai Buku Kerja Excel (.xlsx) di Excel atau LibreOffice, atau buat laporan sebagai file terpisah (di baris perintah: --terpisah).';

/**
 * The input workbook with the generated sheets added. A sheet of the same name that the
 * add-in generated earlier (A1 starts with GENERATED_MARK) is replaced in its place; any other
 * sheet is left exactly as it was, and a clashing generated sheet takes a free name instead.
 *
 * The input is not re-saved through ExcelJS, which drops what it does not understand (drop-downs
 * whose list is on another sheet, charts, pivot tables, macros): the generated sheets are
 * written by ExcelJS on their own and put into the input's package, which keeps every other
 * part byte for byte.
 */
export async function addSheetsToWorkbook(input: Uint8Array, specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<AddResult> {
  const book = await openInput(input);
  const sheets = await book.sheets();
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  const replace = new Map<string, PackageSheet>();
  const renamed: AddResult['renamed'] = [];
  const placed: SheetSpec[] = [];
  for (const spec of specs) {
    const existing = sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    let name = spec.name;
    if (existing && !replace.has(existing.name) && isGeneratedMark(await book.a1Text(existing))) {
      name = existing.name;
      replace.set(name, existing);
    } else if (taken.has(name.toLowerCase())) {
      name = freeName(taken, spec.name);
      renamed.push({ wanted: spec.name, used: name });
    }
    taken.add(name.toLowerCase());
    placed.push({ ...spec, name });
  }
  await book.addGenerated(await writePackage(placed, options), replace);
  return { bytes: await book.bytes(), renamed };
}

/** Opens the input as a spreadsheet package, or says in Bahasa Indonesia why it cannot be used. */
async function openInput(input: Uint8Array): Promise<WorkbookPackage> {
  const isZip = input.length > 4 && input[0] === 0x50 && input[1] === 0x4b;
  const isOle = input.length > 4 && input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0;
  if (isOle) throw new UnsupportedInputError(`File ini berformat Excel 97-2003 (.xls) atau .xlsx yang dilindungi kata sandi, sehingga laporan tidak dapat ditambahkan ke dalamnya. ${ADVICE}`);
  if (!isZip) throw new UnsupportedInputError(`File ini bukan buku kerja .xlsx (mungkin .csv atau teks), sehingga laporan tidak dapat ditambahkan ke dalamnya. ${ADVICE}`);
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.load(input);
  } catch (error) {
    throw new UnsupportedInputError(`File .xlsx ini rusak atau tidak lengkap (${error instanceof Error ? error.message : String(error)}). ${ADVICE}`);
  }
  if (pkg.has('content.xml') || pkg.has('mimetype')) throw new UnsupportedInputError(`File ini berformat OpenDocument (.ods), sehingga laporan tidak dapat ditambahkan ke dalamnya. ${ADVICE}`);
  if (pkg.has('xl/workbook.bin')) throw new UnsupportedInputError(`File ini berformat Excel Binary (.xlsb), sehingga laporan tidak dapat ditambahkan ke dalamnya. ${ADVICE}`);
  const book = await WorkbookPackage.open(pkg);
  if (!book) throw new UnsupportedInputError(`File ini berupa arsip zip tetapi bukan buku kerja Excel. ${ADVICE}`);
  if (await book.isStrict()) throw new UnsupportedInputError(`File ini disimpan sebagai "Strict Open XML Spreadsheet". ${ADVICE}`);
  if (await book.uses1904Dates()) throw new UnsupportedInputError(`Buku kerja ini memakai sistem tanggal 1904 (Excel Mac lama), sehingga tanggal laporan akan bergeser 4 tahun bila ditambahkan ke dalamnya. Buat laporan sebagai file terpisah (di baris perintah: --terpisah).`);
  return book;
}

/** "Laporan Bulanan (2)", "(3)", … within Excel's 31-character limit. */
export function freeName(taken: ReadonlySet<string>, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
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
