import { Cell, MergeRange, RawSheet, RawWorkbook } from '../../domain/raw';
import { rangeAddress } from '../../sheets/a1';
import { isGeneratedMark } from '../../sheets/reportFrame';
import { Capabilities } from './capabilities';
import type { OnProgress } from '../../app/workbookHost';
import { probeDateSystem } from './dateSystem';
import { ExcelRun } from './excelRun';
import { planReadBlocks, UsedArea } from './readBlocks';
import { SyncBudget } from './syncBudget';

export interface ReadOptions {
  capabilities: Capabilities;
  onProgress?: OnProgress;
}

export const READ_STAGE = 'Membaca sheet';

/**
 * Reads the open workbook into a RawWorkbook, values only: every sheet except the add-in's own
 * generated sheets (A1 mark). Two syncs find the sheets and their used ranges (and the
 * workbook's date system, probed with DATE in the first), then one sync per block of about
 * READ_BLOCK_CELLS cells — never one per row or cell.
 */
export async function readWorkbook(run: ExcelRun, options: ReadOptions): Promise<RawWorkbook> {
  return run(async (context) => {
    const budget = new SyncBudget(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const dates = probeDateSystem(context);
    await budget.sync();

    const found = worksheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('isNullObject, rowIndex, columnIndex, rowCount, columnCount');
      const a1 = ws.getRange('A1');
      a1.load('values');
      return { name: ws.name, ws, used, a1 };
    });
    await budget.sync();

    const wanted = found.filter((s) => !isGeneratedMark(s.a1.values[0][0]));
    const byName = new Map(wanted.map((s) => [s.name, s.ws]));
    const areas: UsedArea[] = wanted
      .filter((s) => !s.used.isNullObject)
      .map((s) => ({ sheet: s.name, top: s.used.rowIndex + 1, left: s.used.columnIndex + 1, rows: s.used.rowCount, columns: s.used.columnCount }));
    const rows = new Map<string, Cell[][]>(areas.map((a) => [a.sheet, []]));

    const merges = options.capabilities.mergedAreas
      ? areas.map((a) => {
          const areasOf = byName.get(a.sheet)!.getRange(rangeAddress(a.top, a.left, a.top + a.rows - 1, a.left + a.columns - 1)).getMergedAreasOrNullObject();
          areasOf.load('isNullObject, address');
          return { sheet: a.sheet, areas: areasOf };
        })
      : [];

    const plan = planReadBlocks(areas);
    for (const [i, pieces] of plan.entries()) {
      options.onProgress?.({ stage: READ_STAGE, done: i, total: plan.length });
      const loaded = pieces.map((piece) => {
        const range = byName.get(piece.sheet)!.getRange(rangeAddress(piece.top, piece.left, piece.bottom, piece.right));
        range.load('values');
        return { piece, range };
      });
      await budget.sync();
      for (const { piece, range } of loaded) rows.get(piece.sheet)!.push(...range.values.map(toRawRow));
    }
    options.onProgress?.({ stage: READ_STAGE, done: plan.length, total: plan.length });

    const mergesBySheet = new Map(merges.filter((m) => !m.areas.isNullObject).map((m) => [m.sheet, parseMergedAddress(m.areas.address)]));
    const sheets: RawSheet[] = wanted.map((s) => {
      const area = areas.find((a) => a.sheet === s.name);
      if (!area) return { name: s.name, rows: [], firstRow: 1, firstCol: 1 };
      const sheetMerges = mergesBySheet.get(s.name);
      return { name: s.name, rows: rows.get(s.name)!, firstRow: area.top, firstCol: area.left, ...(sheetMerges?.length ? { merges: sheetMerges } : {}) };
    });
    return { sheets, dateSystem: dates.system() };
  });
}

/** Office.js gives "" for an empty cell; the core's raw rows use null, without trailing blanks. */
function toRawRow(values: unknown[]): Cell[] {
  const row = values.map((v): Cell => (v === '' || v === undefined ? null : (v as Cell)));
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** "'Register Bayi'!A1:B2, 'Register Bayi'!D4:D9" → merge ranges. */
export function parseMergedAddress(address: string): MergeRange[] {
  const merges: MergeRange[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)) {
    const left = columnNumber(m[1]);
    const top = Number(m[2]);
    merges.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left });
  }
  return merges;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
