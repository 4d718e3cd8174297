/**
 * A calendar month: the one month type of the code (a report's period, the due list's month,
 * the pane's choice). The Data Laporan format and the merge keep their Indonesian field
 * names (tahun, bulan), which are part of the file format.
 */
export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}
