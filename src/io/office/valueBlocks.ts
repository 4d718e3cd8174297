import { SpecCell } from '../../sheets/spec';
import { ExcelValue, excelValue } from './excelValues';
import { VALUE_BLOCK_BYTES } from './limits';
import { jsonBytes } from './syncBudget';

/** Whole rows from `top` (1-based), padded with null (= leave the cell alone) to `width`. */
export interface ValueBlock {
  top: number;
  width: number;
  rows: ExcelValue[][];
  /** Estimated UTF-8 JSON size of `rows`. */
  bytes: number;
}

/**
 * Cuts a sheet's values into blocks of whole rows of at most `maxBytes` (estimated from each
 * row's JSON), so a large sheet goes in a few writes and none comes near the request limit.
 * Runs of empty rows are left out: a new sheet is empty already.
 */
export function valueBlocks(values: readonly SpecCell[][], maxBytes = VALUE_BLOCK_BYTES): ValueBlock[] {
  const blocks: ValueBlock[] = [];
  let current: (ValueBlock & { json: number; cells: number }) | null = null;
  // A block's size: its rows' JSON plus "null," for each cell padded into the rectangle.
  const size = (json: number, rows: number, width: number, cells: number) => json + NULL_BYTES * (rows * width - cells);
  values.forEach((row, i) => {
    const cells = row.map(excelValue);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length === 0) {
      current = null;
      return;
    }
    const json = jsonBytes(cells);
    if (current && size(current.json + json, current.rows.length + 1, Math.max(current.width, cells.length), current.cells + cells.length) > maxBytes) current = null;
    if (!current) {
      current = { top: i + 1, width: 0, rows: [], bytes: 0, json: 0, cells: 0 };
      blocks.push(current);
    }
    current.rows.push(cells);
    current.width = Math.max(current.width, cells.length);
    current.json += json;
    current.cells += cells.length;
    current.bytes = size(current.json, current.rows.length, current.width, current.cells);
  });
  return blocks.map((block) => {
    const { top, width, rows, bytes } = block;
    for (const row of rows) while (row.length < width) row.push(null);
    return { top, width, rows, bytes };
  });
}

const NULL_BYTES = 5;
