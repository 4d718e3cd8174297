import { MergeOptions } from '../domain/merge/districtMerge';
import { MergeFinding, ReceivedReport, RegistersReport } from '../domain/merge/types';
import { IsoDate } from '../domain/dates/isoDate';
import { RawWorkbook } from '../domain/raw';
import { Zone } from '../domain/read/cellValue';

/** One file offered to the merge; its bytes are read only when its turn comes. */
export interface MergeSource {
  name: string;
  /** The file's modification time, ISO 8601 with offset (used when a report has no stamp). */
  date: string | null;
  bytes(): Promise<Uint8Array>;
}

/** Turns a register workbook into its month's Data Laporan (the reports use case); null when it is no register workbook. */
export type RegistersToReport = (workbook: RawWorkbook) => RegistersReport | null;

/** One merge input as read: a report (with notes on it) or the reason it cannot be merged. */
export type MergeInput = { report: ReceivedReport; findings?: MergeFinding[] } | { finding: MergeFinding };

/**
 * The port that reads one merge input from its bytes (io/xlsx's readMergeInput in every front
 * door); the use case receives it instead of reaching for a file format.
 */
export type ReadMergeInput = (bytes: Uint8Array, file: string, fileDate: string | null, fromRegisters?: RegistersToReport) => MergeInput;

export interface MergeRun extends MergeOptions {
  /** "05-02-2026 09:00 WIB" */
  generatedAt: string;
  /**
   * The merge's reference date (Dinkes's today): a register workbook's doses after it do not
   * count. The adapters take it from their clock.
   */
  today: IsoDate;
  /** Dinkes's zone, whose clock gave generatedAt and today (absent: DEFAULT_ZONE). */
  zone?: Zone;
  /** Reads a file's bytes into a merge input. */
  read: ReadMergeInput;
  /** How a full register workbook becomes a report; by default the monthly report's (registersToDataLaporan). */
  fromRegisters?: RegistersToReport;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Last year's reports of the same month (or register workbooks), for Kualitas Data Kabupaten's comparison over time. */
  lastYear?: readonly MergeSource[];
}
