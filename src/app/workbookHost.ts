import type { RawWorkbook } from '../domain/raw';
import type { SheetSpec } from '../sheets/spec';
import type { Rename } from '../sheets/writePlan';

/**
 * The ports the front doors share: the pane and the browser page work on a `WorkbookHost`, and
 * the adapters (io/office, ui, web) implement it. They live here, in the use-case layer, so no
 * adapter imports another adapter for them.
 */

/** Stage names and counts for the pane's progress bar. */
export interface Progress {
  stage: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

export interface WrittenSheet {
  name: string;
  kind: 'create' | 'replace';
}

export interface WriteResult {
  written: WrittenSheet[];
  /** Register/guide sheets left alone because the workbook already has them. */
  skipped: string[];
  renames: Rename[];
  /** What this Excel could not do (older requirement sets), in plain words. */
  notices: string[];
  cancelled: boolean;
}

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
