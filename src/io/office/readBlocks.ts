import { READ_BLOCK_CELLS } from './limits';

/** The used area of a sheet, 1-based and inclusive. */
export interface UsedArea {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Rows `top..bottom` of one sheet's used area. */
export interface ReadPiece {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Groups the used areas of all sheets into syncs of at most `blockCells` cells each: a sheet
 * larger than a block is cut into row bands, small sheets share a sync. The number of syncs is
 * ⌈cells / blockCells⌉ (give or take one per sheet boundary), however the rows are spread.
 */
export function planReadBlocks(areas: readonly UsedArea[], blockCells = READ_BLOCK_CELLS): ReadPiece[][] {
  const syncs: ReadPiece[][] = [];
  let current: ReadPiece[] = [];
  let cells = 0;
  for (const area of areas) {
    const rowsPerPiece = Math.max(1, Math.floor(blockCells / area.columns));
    let top = area.top;
    const last = area.top + area.rows - 1;
    while (top <= last) {
      const room = Math.max(1, Math.floor((blockCells - cells) / area.columns));
      if (cells > 0 && (blockCells - cells) < area.columns) {
        syncs.push(current);
        current = [];
        cells = 0;
        continue;
      }
      const bottom = Math.min(last, top + Math.min(room, rowsPerPiece) - 1);
      current.push({ sheet: area.sheet, top, bottom, left: area.left, right: area.left + area.columns - 1 });
      cells += (bottom - top + 1) * area.columns;
      top = bottom + 1;
      if (cells >= blockCells) {
        syncs.push(current);
        current = [];
        cells = 0;
      }
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}
