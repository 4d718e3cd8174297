import { ExcelRun } from './excelRun';

/** The names of the workbook's sheets, in tab order: one sync. */
export async function listSheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    return worksheets.items.map((ws) => ws.name);
  });
}
