import { Capabilities } from '../io/office/capabilities';
import { ExcelRun } from '../io/office/excelRun';
import { readWorkbook } from '../io/office/readWorkbook';
import { selectCell } from '../io/office/selectCell';
import { listSheetNames } from '../io/office/sheetNames';
import { writeSheets } from '../io/office/writeSheets';
import { WorkbookHost } from '../app/workbookHost';

/** The workbook open in Excel, through the Office.js adapter's small operations. */
export function officeHost(run: ExcelRun, capabilities: Capabilities): WorkbookHost {
  return {
    mode: 'excel',
    sheetNames: () => listSheetNames(run),
    read: (onProgress) => readWorkbook(run, { capabilities, onProgress }),
    write: (specs, { onProgress, confirmRenames }) => writeSheets(run, specs, { capabilities, onProgress, confirmRenames }),
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
