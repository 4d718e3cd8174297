import { inDateSystem } from '../../sheets/dateSystem';
import { GENERATED_MARK, isGeneratedMark } from '../../sheets/reportFrame';
import { SheetSpec } from '../../sheets/spec';
import { ExistingSheet, planSheetWrites } from '../../sheets/writePlan';
import { PartCompressor } from './opc/compressAhead';
import { OpcPackage } from './opc/opcPackage';
import { PackageSheet, WorkbookPackage } from './opc/workbookPackage';
import { generatedBook } from './sheetml/generatedBook';
import { GeneratedBook } from './sheetml/generatedTypes';

export interface WriteOptions {
  /** Stamped as the file's created/modified date; fixed in templates so output is reproducible. */
  created?: Date;
  /** Compresses the large sheets while the rest is written, and at the end what else is new (the page's worker); without it, everything is compressed at the end, here. */
  compressor?: PartCompressor | null;
}

const CREATOR = 'Add-in Imunisasi';

/** A new xlsx file holding the sheets in order. */
export async function writeWorkbook(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  return (await book(specs, options).render(null)).bytes(options.compressor);
}

/**
 * The sheets written straight from their specs (sheetml/): cells, styles and setup as
 * SpreadsheetML, the native charts as parts of their own; the caller deflates the package once.
 */
function book(specs: readonly SheetSpec[], options: WriteOptions): GeneratedBook {
  return generatedBook(specs, { creator: CREATOR, created: options.created ?? new Date(), compressor: options.compressor });
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

export interface AddOptions extends WriteOptions {
  /**
   * Cell A1 of an input sheet by name, where the caller has read the input (the page holds the
   * workbook it opened): then the input's shared strings (100k items in a large register) are
   * not read again to find which sheets the add-in generated. Undefined: not known, read it.
   */
  a1?: (sheet: string) => unknown;
}

export interface AddResult {
  bytes: Uint8Array;
  /** Where a generated sheet could not take its name (a person's sheet has it). */
  renamed: { wanted: string; used: string }[];
}

const ADVICE = 'Simpan dulu file itu sebagai Buku Kerja Excel (.xlsx) di Excel atau LibreOffice, atau buat laporan sebagai file terpisah (di baris perintah: --terpisah).';

/**
 * The input workbook with the generated sheets added, planned as in Excel and the page
 * (planSheetWrites): a sheet the add-in generated earlier (its mark, A1 starting with
 * GENERATED_MARK) under the report's name, or under the "Name (n)" a person's sheet made it
 * take, is replaced in its place; a person's sheet is left exactly as it was, whatever its
 * name, so re-runs never pile up "(2)", "(3)", "(4)" copies; register sheets that exist are
 * skipped. Styles already in the file are reused, so the style table does not grow either.
 *
 * The input is never parsed and re-saved whole (a library doing that drops what it does not
 * understand: drop-downs whose list is on another sheet, charts, pivot tables, macros): the
 * generated sheets are written on their own, their styles merged into the input's, and put into
 * the input's package, which keeps every other part byte for byte. Dates land in the input's date system: a workbook counting from 1904
 * (old Mac Excel) gets 1904 serials (inDateSystem), so they show the same days.
 */
export async function addSheetsToWorkbook(input: Uint8Array, specs: readonly SheetSpec[], options: AddOptions = {}): Promise<AddResult> {
  const workbook = await openInput(input);
  const sheets = await workbook.sheets();
  const existing: ExistingSheet[] = [];
  for (const s of sheets) {
    const known = options.a1?.(s.name);
    existing.push({ name: s.name, ours: isGeneratedMark(known !== undefined ? known : await workbook.a1Text(s)) });
  }
  const plan = planSheetWrites(existing, specs);
  const replace = new Map<string, PackageSheet>();
  const dateSystem = (await workbook.uses1904Dates()) ? 1904 : 1900;
  const placed: SheetSpec[] = [];
  for (const write of plan.writes) {
    if (write.kind === 'skip') continue;
    if (write.kind === 'replace') replace.set(write.name, sheets.find((s) => s.name === write.name)!);
    placed.push(inDateSystem({ ...write.spec, name: write.name }, dateSystem));
  }
  if (placed.length > 0) await workbook.addGenerated(book(placed, options), replace);
  return { bytes: await workbook.bytes(options.compressor), renamed: plan.renames };
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
  return book;
}

export { GENERATED_MARK };
