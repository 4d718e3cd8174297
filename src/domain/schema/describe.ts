import { ColumnNeed, ColumnSchema, ColumnType, RefKind } from './types';

/*
 * The schema in words, for people: the Petunjuk sheet of the template and docs/format.md say
 * the same thing because both take it from here.
 */

export const NEED_TEXT: Record<ColumnNeed, string> = {
  value: 'wajib diisi',
  column: 'kolom wajib, sel boleh kosong',
  optional: 'tidak wajib',
};

const TYPE_TEXT: Record<ColumnType, string> = {
  text: 'teks',
  code: 'kode (teks)',
  nik: 'NIK 16 angka, sebagai teks',
  phone: 'nomor HP, sebagai teks',
  date: 'tanggal (hari-bulan-tahun)',
  sex: 'L / P',
  count: 'bilangan bulat ≥ 0',
  integer: 'bilangan bulat ≥ 1',
  year: 'tahun 4 angka',
  month: 'bulan 1–12',
  kelas: 'kelas 1–6',
  tStatus: 'status T 0–5',
  scheme: '"Td terkini" / "2005 (TT)"',
  schedule: '"Kemenkes terkini" / "Permenkes 12/2017"',
  zone: 'WIB / WITA / WIT',
};

export const REF_SHEET: Record<RefKind, string> = { kelurahan: 'Kelurahan', sekolah: 'Sekolah', vaksin: 'Vaksin' };

/** What a column holds, e.g. "kode (teks) dari sheet Kelurahan". */
export function columnContent(column: ColumnSchema): string {
  return column.ref ? `${TYPE_TEXT[column.type]} dari sheet ${REF_SHEET[column.ref]}` : TYPE_TEXT[column.type];
}
