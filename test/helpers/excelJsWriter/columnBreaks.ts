import { SheetSpec } from '../../../src/sheets/spec';
import { OpcPackage } from '../../../src/io/xlsx/opc/opcPackage';
import { WorkbookPackage } from '../../../src/io/xlsx/opc/workbookPackage';
import { firstElement, splice } from '../../../src/io/xlsx/opc/xml';

/** CT_Worksheet's children after <colBreaks>, in schema order: the breaks go before the first present. */
const AFTER_COL_BREAKS = ['customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * Writes SheetSpec.columnBreaks into the worksheets of a package ExcelJS wrote from the same
 * specs (ExcelJS writes row breaks but not column breaks).
 */
export async function addColumnBreaks(pkg: OpcPackage, specs: readonly SheetSpec[]): Promise<void> {
  const withBreaks = specs.filter((s) => s.columnBreaks?.length);
  if (withBreaks.length === 0) return;
  const sheets = (await (await WorkbookPackage.open(pkg))!.sheets()).filter((s) => s.part);
  for (const spec of withBreaks) {
    const sheet = sheets.find((s) => s.name === spec.name);
    if (!sheet) throw new Error(`Written workbook lacks sheet ${spec.name}`);
    pkg.write(sheet.part, withColumnBreaks(await pkg.text(sheet.part), spec.columnBreaks!));
  }
}

/** The worksheet with `<colBreaks>`: a manual break after each 1-based column. */
export function withColumnBreaks(xml: string, columns: readonly number[]): string {
  const own = /<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  const brk = columns.map((c) => `<${own}brk id="${c}" max="1048575" man="1"/>`).join('');
  const element = `<${own}colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brk}</${own}colBreaks>`;
  for (const later of AFTER_COL_BREAKS) {
    const next = firstElement(xml, later);
    if (next) return splice(xml, next.start, next.start, element);
  }
  const close = new RegExp(`</${own}worksheet>\\s*$`).exec(xml);
  if (!close) throw new Error('Worksheet part has no closing tag');
  return splice(xml, close.index, close.index, element);
}
