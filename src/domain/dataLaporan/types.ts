/**
 * "Data Laporan": the machine-readable part of every monthly report, and the only thing a
 * puskesmas sends to Dinkes (aggregates, never names or NIK). Long format: one row per
 * kelurahan and indicator. Values are counts (additive), so Dinkes can sum them across
 * puskesmas; every percentage is derived from counts and sasaran, never stored.
 */
export const DATA_LAPORAN_FORMAT = 'imunisasi-data-laporan';
/**
 * 2: "Jumlah Error" in the identity block and the figures that cannot be computed (blank
 * Nilai, the reason under "Keterangan"). Version 1 files are still read (without them).
 */
export const DATA_LAPORAN_VERSION = 2;
/** Versions the reader still accepts (older ones with a finding). */
export const DATA_LAPORAN_READABLE_VERSIONS: readonly number[] = [1, 2];
export const DATA_LAPORAN_SHEET = 'Data Laporan';
/** Kode Kelurahan of the puskesmas-wide rows (totals, and items that have no kelurahan such as stock). */
export const TOTAL = 'TOTAL';

/**
 * Indicator prefix of the rows that carry the targets the report was made with (TOTAL rows,
 * Nilai a fraction: `target.dpt3` 0,9; `target.uciThreshold` 0,8). They are not counts: the
 * reader keeps them apart (DataLaporan.targets) so Dinkes can compare them with its own.
 */
export const TARGET_ROW_PREFIX = 'target.';

export interface DataLaporanRow {
  kodeKelurahan: string;
  indikator: string;
  nilai: number;
  /** The denominator the indicator is measured against, when it has one. */
  sasaran: number | null;
}

export interface DataLaporan {
  format: typeof DATA_LAPORAN_FORMAT;
  version: number;
  kodePuskesmas: string;
  namaPuskesmas: string;
  kabupaten: string;
  provinsi: string;
  tahun: number;
  /** 1–12 */
  bulan: number;
  /**
   * When the report was made: ISO 8601 with the puskesmas's UTC offset, e.g.
   * 2026-01-05T10:15:00+07:00. Null when the stamp is missing (Dinkes then uses the file's date).
   */
  dibuat: string | null;
  /** Kelurahan code → name, for the district's tables. */
  kelurahan: Record<string, string>;
  rows: DataLaporanRow[];
  /**
   * Errors in the registers the report was made from: more than 0 means the report is not
   * final ("BELUM FINAL"). Null when the file does not say (format version 1).
   */
  jumlahError: number | null;
  /** Figures left out of `rows` because their inputs are missing or broken, with the reason. */
  tidakDapatDihitung: NotComputableRow[];
  /**
   * The annual targets and thresholds the report used (Target sheet or defaults), by key
   * (dpt3, idl, bias_dt_k1, uciThreshold, dropOutThreshold). Absent in files made before they
   * were written, and in reports Dinkes makes from register workbooks.
   */
  targets?: Record<string, number>;
}

/** A Data Laporan figure that could not be computed: Nilai blank, the reason in Bahasa Indonesia. */
export interface NotComputableRow {
  kodeKelurahan: string;
  indikator: string;
  sasaran: number | null;
  alasan: string;
}

/** Whether a report says it is not final: errors in its registers, or figures it could not compute. */
export function isNotFinal(data: DataLaporan): boolean {
  return (data.jumlahError ?? 0) > 0 || data.tidakDapatDihitung.length > 0;
}
