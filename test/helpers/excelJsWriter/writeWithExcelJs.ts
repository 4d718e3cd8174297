import { addCharts } from '../../../src/io/xlsx/chart/addCharts';
import { excelJsParts, excelJsWorkbook } from './excelJs';
import { OpcPackage } from '../../../src/io/xlsx/opc/opcPackage';
import { SheetSpec } from '../../../src/sheets/spec';
import { applySheetSpec } from './applySheetSpec';
import { addColumnBreaks } from './columnBreaks';

/**
 * The file writer as it was before sheets were written straight from their specs (src/io/xlsx/
 * sheetml): ExcelJS renders cells and styles, then charts and column breaks are added. Kept as
 * an independent second rendering of the same specs, for the writer's comparison test.
 */
export async function writeWithExcelJs(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new (excelJsWorkbook())();
  for (const spec of specs) applySheetSpec(wb.addWorksheet(spec.name), spec);
  const pkg = OpcPackage.fromParts(await excelJsParts(wb));
  await addColumnBreaks(pkg, specs);
  await addCharts(pkg, specs);
  return pkg.bytes();
}
