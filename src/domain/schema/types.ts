/** How a cell of a column is read and checked. */
export type ColumnType =
  | 'text'
  | 'code' // an identifier such as Kode Kelurahan: text, numbers read as their digits
  | 'nik' // 16-digit Nomor Induk Kependudukan, kept as text
  | 'phone'
  | 'date'
  | 'sex' // L or P
  | 'count' // whole number ≥ 0
  | 'integer' // whole number ≥ 1 (No Urut, Hamil Ke)
  | 'year'
  | 'month' // 1–12
  | 'kelas' // school class 1–6
  | 'tStatus' // screened tetanus status 0–5
  | 'scheme' // "Td terkini" or "2005 (TT)"
  | 'schedule' // "Kemenkes terkini" or "Permenkes 12/2017"
  | 'zone'; // WIB, WITA or WIT

/** Master data a code column must point into. */
export type RefKind = 'kelurahan' | 'sekolah' | 'vaksin';

/**
 * - value: the column must exist and every data row must fill it;
 * - column: the column must exist, cells may stay empty (a dose not given yet);
 * - optional: the column may be left out of the sheet altogether.
 */
export type ColumnNeed = 'value' | 'column' | 'optional';

export interface ColumnSchema {
  /** Stable identifier used in code and JSON; never shown to users. */
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other headers people write for the same column; matched like the header. */
  aliases?: readonly string[];
  type: ColumnType;
  need: ColumnNeed;
  ref?: RefKind;
  /** Doses of one series: they must be in column order and at least 4 weeks apart (longer where the dose record says: IPV 2). */
  series?: string;
  /** A date that may lie in the future (a planned wedding). */
  future?: boolean;
  /** Input hint shown in the template when the cell is selected. */
  hint: string;
  /** Column width in the template, in characters. */
  width?: number;
}

export type SheetKey =
  | 'puskesmas'
  | 'kelurahan'
  | 'sekolah'
  | 'vaksin'
  | 'bayi'
  | 'bias'
  | 'wus'
  | 'caten'
  | 'bumil'
  | 'luar'
  | 'stok';

export interface SheetSchema {
  key: SheetKey;
  name: string;
  aliases?: readonly string[];
  /** table: a header row then one record a row; fields: label/value pairs in two columns. */
  layout: 'table' | 'fields';
  /** A missing required sheet is an error; a missing optional one a warning. */
  required: boolean;
  /** One line for the Petunjuk sheet and docs/format.md. */
  description: string;
  /** Rows describe people identified by NIK or Kode KK + No Urut. */
  persons?: boolean;
  /** Columns (besides the person key) that together must be unique in the sheet. */
  uniqueBy?: readonly string[];
  columns: readonly ColumnSchema[];
}
