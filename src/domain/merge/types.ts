import { DataLaporan } from '../dataLaporan/types';
import { RegisterRecount } from '../quality/verification';
import { ProgrammeTargets } from '../programme/targets';

/** A problem with one input file of the Dinkes merge; the merge goes on with the others. */
export interface MergeFinding {
  file: string;
  code: MergeFindingCode;
  severity: 'error' | 'warning';
  message: string;
}

export type MergeFindingCode =
  | 'FILE_UNREADABLE'
  | 'NOT_A_REPORT'
  | 'REPORT_INVALID'
  | 'WRONG_PERIOD'
  | 'DUPLICATE_PUSKESMAS'
  | 'NOT_IN_LIST'
  | 'TOTAL_MISMATCH'
  | 'NOT_RECEIVED'
  // The report says it is not final: errors in its registers, figures it could not compute.
  | 'REPORT_NOT_FINAL'
  // A report in an older Data Laporan version: merged, but it cannot say whether it is final.
  | 'OLD_FORMAT'
  // A report whose month holds no dose and no stock row: its zeros are data not entered yet, most likely.
  | 'EMPTY_MONTH'
  // Some reports carry a figure's sasaran and another does not: the district coverage of it is not computed.
  | 'SASARAN_MISSING'
  // A bug in one district sheet (issue 12 item 7): that sheet holds only the message, the others are made.
  | 'INTERNAL_ERROR'
  // A report without figures others have (another immunization schedule, an older add-in): marked, never summed as 0.
  | 'NOT_REPORTED'
  // The district's Target sheet: a bad value, an unknown or doubled row, no column for the year or no target for a table's indicator.
  | 'TARGET_INVALID'
  | 'TARGET_UNKNOWN'
  | 'TARGET_DUPLICATE'
  | 'TARGET_MISSING'
  // A puskesmas report made with targets other than the district's.
  | 'TARGET_DIFFERS';

/**
 * What a full register workbook gives the merge (aggregated on the fly by the reports use
 * case): its month's Data Laporan, or why it cannot be used — in Bahasa Indonesia, without the
 * file name, which the reader puts in front.
 */
export type RegistersReport = { data: DataLaporan; errors?: string[]; recount?: RegisterRecount } | { problem: string };

/** One report as it arrived: its data, which file it came from, and that file's date. */
export interface ReceivedReport {
  file: string;
  /** The file's modification time (ISO 8601), used when the report carries no stamp. */
  fileDate: string | null;
  data: DataLaporan;
  /** A register workbook merged directly: its first error messages, named in the findings. */
  errors?: string[];
  /** Only for a register workbook: the rows behind its figures (row numbers, no names), for the verification factor. */
  recount?: RegisterRecount;
}

/** The district's list of puskesmas (sheet "Daftar Puskesmas" of the Dinkes workbook). */
export interface ExpectedPuskesmas {
  kode: string;
  nama: string;
}

export interface IndicatorValue {
  nilai: number;
  sasaran: number | null;
}

/** What the district report keeps of one puskesmas: identity, timing, and its TOTAL rows. */
export interface PuskesmasSummary {
  kode: string;
  nama: string;
  kabupaten: string;
  file: string;
  /** Generation stamp, or the file's date when the report has none. */
  dated: string | null;
  datedBy: 'stamp' | 'file' | 'none';
  onTime: boolean;
  kelurahanCount: number;
  totals: Map<string, IndicatorValue>;
  /** Set when the report is not final (errors in its registers, figures it could not compute). */
  notFinal: NotFinalMark | null;
  /**
   * The report's month holds no dose and no stock row (EMPTY_MONTH): its zeros are most likely
   * data not entered yet, so every figure but the number of kelurahan is in `blocked`.
   */
  emptyMonth: boolean;
  /** Puskesmas-wide indicators it could not compute → why (absent from `totals`). */
  blocked: Map<string, string>;
  /**
   * Indicators other reports carry and this one does not (its immunization schedule has no RV,
   * or an older add-in made it): shown as "tidak dilaporkan", never as 0. Set by the merge's result.
   */
  notReported?: ReadonlySet<string>;
  /** The targets its report was made with (Data Laporan target rows); absent in older files. */
  targets?: Readonly<Record<string, number>>;
}

export interface NotFinalMark {
  /** Errors in the registers; null when the report does not say (format version 1 never is marked). */
  errors: number | null;
  /** The register's first error messages, when the file was a register workbook. */
  problems: string[];
}

export interface DistrictResult {
  tahun: number;
  bulan: number;
  /** Accepted reports, sorted by puskesmas code. */
  puskesmas: PuskesmasSummary[];
  /** District totals per indicator (sum over accepted puskesmas), without the blocked ones. */
  totals: Map<string, IndicatorValue>;
  /** District totals that cannot be computed because a puskesmas could not compute its part → why. */
  blocked: Map<string, string>;
  /** District totals left out because a puskesmas's report does not carry the figure (another schedule) → which. */
  notReported?: Map<string, string>;
  /**
   * District totals counted, but whose sasaran some puskesmas did not report while others did
   * (an optional column left out): their coverage is "tidak dapat dihitung" → why.
   */
  sasaranMissing?: Map<string, string>;
  /** The expected list (the district's list, or the puskesmas received when there is none). */
  expected: ExpectedPuskesmas[];
  /** Deadline: on time = received by this date (the 10th of the following month). */
  deadline: string;
  findings: MergeFinding[];
  /** The targets the district tables are drawn against (the district's, or the Kemenkes defaults). */
  targets: DistrictTargets;
}

/**
 * The targets the district report is drawn against: the district's own Target sheet (in the
 * Daftar Puskesmas workbook, or a file given to `gabung --target`), its column of the report
 * year over the Kemenkes defaults, as the puskesmas reports do with theirs.
 */
export interface DistrictTargets {
  targets: ProgrammeTargets;
  /** The Target sheet's name; null when the district gave none. */
  sheet: string | null;
  /** The file it came from (a name, for findings); null for the open workbook or none. */
  file: string | null;
  year: number;
  /** Keys (annual targets and thresholds) whose value the district's sheet gave for the year. */
  fromSheet: readonly string[];
  /** Problems of the district's Target sheet, as merge findings. */
  findings: MergeFinding[];
}
