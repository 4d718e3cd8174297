import * as XLSX from 'xlsx';
import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { Cell } from '../../src/domain/raw';
import { CATEN_SHEET, LUAR_SHEET, WUS_SHEET } from '../../src/domain/schema/registers';
import { PUSKESMAS_ROWS } from './workbook';

const d = (iso: string) => isoDateToSerial(iso);

/** An Imunisasi Luar row with every count column: the counts given, 0 elsewhere. */
function luarRow(tahun: number, bulan: number, kel: string, fasilitas: string, counts: Record<string, number>): Cell[] {
  const fixed: Record<string, Cell> = { tahun, bulan, kodeKelurahan: kel, fasilitas };
  return LUAR_SHEET.columns.map((c) => fixed[c.key] ?? counts[c.key] ?? 0);
}

/*
 * A puskesmas small enough to compute every report number by hand (the tests do), reported
 * for March 2025. Two kelurahan (K02 leaves its sasaran blank, so the denominator rules
 * apply), one child of an unlisted kelurahan (K09), Imunisasi Luar counts, the thesis's stock
 * screen (Gambar 4.45: BCG 5 + 10 − 7 = 8 … TT 5 + 0 − 0 = 5) with the thesis's numbered
 * vaccine codes (and an 08 the programme does not know: JE, since ROTA now reads as RV), two schools and one pupil of an unlisted school; one infant reaching IDL, and
 * women's Td/TT doses: a bumil's T1, a bumil reaching T2, a WUS dose too early to count and a
 * caten raised from her screened T2. Like a register made before the optional Posyandu column,
 * none of its registers has that column. It follows the current schedule (Kemenkes terkini): its
 * Register Bayi has the IPV 2 and RV 1–3 columns (added at the end of the form, empty: nobody had
 * them by March 2025) beside the older "IPV" column, which reads as IPV 1.
 */
export const HANDMADE: Record<string, Cell[][]> = {
  Puskesmas: PUSKESMAS_ROWS,
  Kelurahan: [
    ['Kode Kelurahan', 'Nama Kelurahan', 'Tahun', 'Jumlah Penduduk', 'Sasaran Bayi', 'Sasaran Bumil', 'Sasaran WUS'],
    ['K01', 'Kalicacing', 2024, 9800, 96, 106, 2146],
    ['K01', 'Kalicacing', 2025, 10000, 100, 110, 2190],
    ['K02', 'Mangunsari', 2025, 8000, null, null, null],
  ],
  Sekolah: [
    ['Kode Sekolah', 'Nama Sekolah', 'Kode Kelurahan', 'Tahun', 'Murid Kelas 1', 'Murid Kelas 2', 'Murid Kelas 3', 'Murid Kelas 5', 'Murid Perempuan Kelas 5'],
    ['SD01', 'SD Negeri Kalicacing', 'K01', 2025, 10, 8, 9, 6, 3],
    ['SD02', 'SD Negeri Mangunsari', 'K02', 2025, 5, 4, 4, 5, 2],
  ],
  Vaksin: [
    ['Kode Vaksin', 'Nama Vaksin', 'Satuan', 'Dosis per Kemasan'],
    ['01', 'BCG', 'ampul', 20],
    ['02', 'DPT', 'vial', 5],
    ['03', 'POLIO', 'vial', 20],
    ['04', 'CAMPAK', 'vial', 10],
    ['05', 'HB', 'uniject', 1],
    ['06', 'DT', 'vial', 10],
    ['07', 'TT', 'vial', 10],
    ['08', 'JE', 'vial', 1],
  ],
  'Register Bayi': [
    ['NIK', 'Kode KK', 'No Urut', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Nama Ibu', 'Kode Kelurahan', 'HB0', 'BCG', 'Polio 1', 'Polio 2', 'Polio 3', 'Polio 4', 'DPT-HB-Hib 1', 'DPT-HB-Hib 2', 'DPT-HB-Hib 3', 'IPV', 'PCV 1', 'PCV 2', 'PCV 3', 'MR 1', 'DPT-HB-Hib 4', 'MR 2', 'IPV 2', 'RV 1', 'RV 2', 'RV 3'],
    // row 2: hb0 in December 2024; bcg+polio1 Jan; dpt1+polio2 Feb; dpt2+polio3 Mar; dpt3 in April (after the report).
    [null, 'KK01', 1, 'Anak Satu', 'L', d('2024-12-01'), 'Ibu Satu', 'K01', d('2024-12-01'), d('2025-01-05'), d('2025-01-05'), d('2025-02-03'), d('2025-03-05'), null, d('2025-02-03'), d('2025-03-05'), d('2025-04-04'), null, null, null, null, null, null, null],
    // row 3: hb0 Jan; bcg+polio1 Feb; dpt1+polio2 Mar.
    [null, 'KK02', 1, 'Anak Dua', 'P', d('2025-01-10'), 'Ibu Dua', 'K01', d('2025-01-10'), d('2025-02-12'), d('2025-02-12'), d('2025-03-14'), null, null, d('2025-03-14'), null, null, null, null, null, null, null, null, null],
    // row 4: hb0 Feb; bcg+polio1 Mar.
    [null, 'KK03', 1, 'Anak Tiga', 'L', d('2025-02-01'), 'Ibu Tiga', 'K02', d('2025-02-01'), d('2025-03-03'), d('2025-03-03'), null, null, null, null, null, null, null, null, null, null, null, null, null],
    // row 5: born 2024, HB0, BCG, Polio 1–4, DPT 1–3 and IPV in 2024; MR1 in March 2025, the last IDL dose.
    [null, 'KK04', 1, 'Anak Empat', 'P', d('2024-06-01'), 'Ibu Empat', 'K02', d('2024-06-01'), d('2024-07-01'), d('2024-07-01'), d('2024-08-01'), d('2024-09-01'), d('2024-10-01'), d('2024-08-01'), d('2024-09-01'), d('2024-10-01'), d('2024-10-01'), null, null, null, d('2025-03-01'), null, null],
    // row 6: a kelurahan code that is not in the Kelurahan sheet: hb0 in January.
    [null, 'KK05', 1, 'Anak Lima', 'L', d('2025-01-01'), 'Ibu Lima', 'K09', d('2025-01-01'), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  ],
  'Register BIAS': [
    ['NIK', 'Kode KK', 'No Urut', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Kode Sekolah', 'Kelas', 'DT Kelas 1', 'MR Kelas 1', 'TT/Td Kelas 2', 'TT/Td Kelas 3', 'TT/Td Kelas 5', 'HPV'],
    [null, 'KS01', 1, 'Murid Satu', 'L', d('2018-05-05'), 'SD01', 1, d('2025-02-10'), d('2025-02-10'), null, null, null, null],
    [null, 'KS02', 1, 'Murid Dua', 'P', d('2017-05-05'), 'SD01', 2, null, null, d('2025-03-01'), null, null, null],
    [null, 'KS03', 1, 'Murid Tiga', 'P', d('2014-05-05'), 'SD01', 5, null, null, null, null, d('2025-03-01'), d('2025-03-01')],
    // row 5: DT in April, after the report month.
    [null, 'KS04', 1, 'Murid Empat', 'L', d('2018-06-06'), 'SD01', 1, d('2025-04-01'), null, null, null, null, null],
    [null, 'KS05', 1, 'Murid Lima', 'P', d('2018-07-07'), 'SD02', 1, d('2025-01-15'), null, null, null, null, null],
    // row 7: a school that is not in the Sekolah sheet.
    [null, 'KS06', 1, 'Murid Enam', 'L', d('2018-08-08'), 'SD99', 1, d('2025-02-01'), null, null, null, null, null],
  ],
  'Register Bumil': [
    ['NIK', 'Kode KK', 'No Urut', 'Nama', 'Nama Suami', 'Tanggal Lahir', 'Kode Kelurahan', 'Hamil Ke', 'HPHT', 'K1', 'K2', 'K3', 'K4', 'Status T Skrining', 'Tanggal Skrining', 'Td/TT Dosis 1', 'Td/TT Dosis 2'],
    [null, 'KB01', 1, 'Ibu Hamil', 'Suami', d('1995-03-03'), 'K01', 1, d('2024-12-20'), d('2025-02-20'), null, null, null, null, null, d('2025-03-10'), null],
    // row 3: Td 1 in February, Td 2 exactly 4 weeks (28 days) later in March.
    [null, 'KB02', 1, 'Ibu Hamil Dua', 'Suami Dua', d('1998-07-07'), 'K02', 2, d('2024-11-15'), d('2025-01-20'), null, null, null, null, null, d('2025-02-10'), d('2025-03-10')],
  ],
  'Register WUS': [
    WUS_SHEET.columns.filter((c) => c.key !== 'posyandu').map((c) => c.header),
    // row 2: Td/TT 1 in January; Td/TT 2 only 21 days later, too early for T2.
    [null, 'KW01', 1, 'Wanita Satu', d('2000-04-04'), 'Suami Wanita', 'K01', null, null, null, null, d('2025-01-06'), d('2025-01-27'), null, null, null],
  ],
  'Register Caten': [
    CATEN_SHEET.columns.filter((c) => c.key !== 'posyandu').map((c) => c.header),
    // row 2: her card says T2 (screened 03-06-2024); one Td in March, more than 6 months later.
    [null, 'KC01', 1, 'Calon Satu', d('2001-09-09'), 'Calon Suami', 'K02', null, null, d('2025-05-17'), 2, d('2024-06-03'), d('2025-03-03'), null],
  ],
  'Imunisasi Luar': [
    LUAR_SHEET.columns.map((c) => c.header),
    luarRow(2025, 3, 'K01', 'Bidan Ani', { hb0: 2, bcg: 1 }),
    luarRow(2025, 2, 'K02', 'RSUD', { dpt1: 1 }),
    luarRow(2025, 3, 'K02', 'RSUD', { mr1: 1 }),
  ],
  'Stok Vaksin': [
    ['Tahun', 'Bulan', 'Kode Vaksin', 'Stok Awal', 'Diterima', 'Dipakai', 'Rusak/Kedaluwarsa', 'Stok Akhir'],
    [2025, 2, '01', 3, 5, 3, 0, 5],
    [2025, 3, '01', 5, 10, 7, 0, 8],
    [2025, 3, '02', 10, 20, 12, 0, 18],
    [2025, 3, '03', 10, 20, 14, 0, 16],
    [2025, 3, '04', 5, 7, 6, 0, 6],
    [2025, 3, '05', 7, 7, 5, 0, 9],
    [2025, 3, '06', 0, 0, 0, 0, 0],
    [2025, 3, '07', 5, 0, 0, 0, 5],
  ],
};

/** The hand-made workbook as xlsx bytes (SheetJS), as a person's file would arrive. */
export function handmadeBytes(): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(HANDMADE)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
