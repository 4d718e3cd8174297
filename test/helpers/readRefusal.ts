import { RawSheet } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { UnreadableFileError } from '../../src/io/xlsx/unreadableFile';

/** The refusal readWorkbookBytes gives a file; the test fails when the file reads without one. */
export function readRefusal(bytes: Uint8Array, name: string): UnreadableFileError {
  try {
    readWorkbookBytes(bytes, name);
  } catch (error) {
    if (error instanceof UnreadableFileError) return error;
    throw error;
  }
  throw new Error(`${name} read without a refusal`);
}

/** Cells holding a value in raw sheets: what a reader built from a file's cells. */
export function filledCells(sheets: readonly RawSheet[]): number {
  let cells = 0;
  for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row) if (cell !== null && cell !== undefined) cells++;
  return cells;
}
