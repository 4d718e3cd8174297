import type { RawWorkbook } from '../domain/raw';
import type { OnProgress } from '../io/office/excelRun';
import type { WriteResult } from '../io/office/writeSheets';
import type { SheetSpec } from '../sheets/spec';
import type { Rename } from '../sheets/writePlan';

export type { OnProgress, Progress } from '../io/office/excelRun';
export type { WriteResult } from '../io/office/writeSheets';

export interface WriteRequest {
  onProgress: OnProgress;
  /** Asked before a generated sheet takes another name; false cancels the write. */
  confirmRenames: (renames: readonly Rename[]) => Promise<boolean>;
}

/**
 * The workbook the pane works on: the one open in Excel (Office.js) or a file opened in the
 * browser (file mode). The pane and its actions see only this; they never touch `Excel`.
 */
export interface WorkbookHost {
  readonly mode: 'excel' | 'file';
  sheetNames(): Promise<string[]>;
  read(onProgress: OnProgress): Promise<RawWorkbook>;
  write(specs: readonly SheetSpec[], request: WriteRequest): Promise<WriteResult>;
  /** Shows a cell (Excel only; a file in the browser has no cell to show). */
  select?(sheet: string, cell: string): Promise<void>;
}
