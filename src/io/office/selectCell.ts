import { ExcelRun } from './excelRun';

/** Shows a finding: activates its sheet and selects its cell (or row 1 when it has none). */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
