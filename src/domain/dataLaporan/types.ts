/**
 * "Data Laporan": the machine-readable part of every monthly report, and the only thing a
 * puskesmas sends to Dinkes (aggregates, never names or NIK). Long format: one row per
 * kelurahan and indicator. Values are counts (additive), so Dinkes can sum them across
 * puskesmas; every percentage is derived from counts and sasaran, never stored.
 */
export const DATA_LAPORAN_FORMAT = 'imunisasi-data-laporan';
export const DATA_LAPORAN_VERSION = 1;
export const DATA_LAPORAN_SHEET = 'Data Laporan';
/** Kode Kelurahan of the puskesmas-wide rows (totals, and items that have no kelurahan such as stock). */
export const TOTAL = 'TOTAL';

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
}
