import type ExcelJS from 'exceljs';

/**
 * ExcelJS's Workbook class alone, not the package index, which also loads the streaming reader
 * and writer (unzipper, archiver) the reference writer never uses.
 */
export function excelJsWorkbook(): typeof ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const narrow = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook | Record<string, never>;
  if (typeof narrow === 'function') return narrow;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('exceljs') as typeof ExcelJS).Workbook;
}

/** A part of the package ExcelJS writes: its path and content (text, or base64 for media). */
export interface ExcelJsPart {
  name: string;
  data: string | Uint8Array;
  base64?: boolean;
}

interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

/** The steps of ExcelJS 4.4's XLSX.write (lib/xlsx/xlsx.js), each adding its parts to a zip. */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PartSink, model: unknown): Promise<void>;
  addOfficeRels(zip: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartSink, model: unknown): Promise<void>;
  addWorksheets(zip: PartSink, model: unknown): Promise<void>;
  addSharedStrings(zip: PartSink, model: unknown): Promise<void>;
  addDrawings(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): Promise<void>;
  addThemes(zip: PartSink, model: unknown): Promise<void>;
  addStyles(zip: PartSink, model: unknown): Promise<void>;
  addMedia(zip: PartSink, model: unknown): Promise<void>;
  addApp(zip: PartSink, model: unknown): Promise<void>;
  addCore(zip: PartSink, model: unknown): Promise<void>;
  addWorkbook(zip: PartSink, model: unknown): Promise<void>;
}

/**
 * The parts ExcelJS's writeBuffer would put in its zip, in the same order and with the same
 * content, without the zip: ExcelJS's XLSX.write step by step into a list. The parts go into
 * our own package, which compresses once; zipping them first (even uncompressed) and opening
 * that zip again cost a UTF-8 encoding, a checksum and a decoding of every sheet for nothing.
 * The steps are those of the pinned ExcelJS version (package.json: exceljs 4.4.0).
 */
export async function excelJsParts(wb: ExcelJS.Workbook): Promise<ExcelJsPart[]> {
  const steps = wb.xlsx as unknown as XlsxSteps;
  if (typeof steps.prepareModel !== 'function' || typeof steps.addWorksheets !== 'function') throw new Error('ExcelJS without the XLSX.write steps this writer uses');
  const parts: ExcelJsPart[] = [];
  const zip: PartSink = { append: (data, { name, base64 }) => void parts.push({ name, data, ...(base64 ? { base64 } : {}) }) };
  const { model } = wb as unknown as { model: unknown };
  steps.prepareModel(model, {});
  await steps.addContentTypes(zip, model);
  await steps.addOfficeRels(zip, model);
  await steps.addWorkbookRels(zip, model);
  await steps.addWorksheets(zip, model);
  await steps.addSharedStrings(zip, model); // always after worksheets
  await steps.addDrawings(zip, model);
  await steps.addTables(zip, model);
  await Promise.all([steps.addThemes(zip, model), steps.addStyles(zip, model)]);
  await steps.addMedia(zip, model);
  await Promise.all([steps.addApp(zip, model), steps.addCore(zip, model)]);
  await steps.addWorkbook(zip, model);
  return parts;
}
