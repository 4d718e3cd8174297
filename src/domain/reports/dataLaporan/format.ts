import { BIAS_DOSES, INFANT_DOSES } from '../../antigens';
import { VACCINE_GROUPS } from '../vaccines';

/*
 * "Data Laporan": the machine-readable sheet of every monthly report, read by the Dinkes merge.
 * Long format, one number per row. Changing a column, a label or an indicator's meaning is a
 * new DATA_LAPORAN_VERSION (the reader refuses versions it does not know).
 */
export const DATA_LAPORAN_SHEET = 'Data Laporan';
export const DATA_LAPORAN_FORMAT = 'imunisasi-data-laporan';
export const DATA_LAPORAN_VERSION = 1;
/** Kode Kelurahan of the puskesmas's own rows (totals, vaccine stock). */
export const TOTAL_CODE = 'TOTAL';

/** The identity block above the table: label in column A, value in column B. */
export const IDENTITY_LABELS = {
  format: 'Format',
  versi: 'Versi Format',
  kodePuskesmas: 'Kode Puskesmas',
  namaPuskesmas: 'Nama Puskesmas',
  kecamatan: 'Kecamatan',
  kabupaten: 'Kabupaten/Kota',
  provinsi: 'Provinsi',
  tahun: 'Tahun',
  bulan: 'Bulan',
  dibuat: 'Dibuat',
  selisihUtc: 'Selisih UTC',
  hariAcuan: 'Tanggal Acuan',
  skema: 'Skema',
  jumlahBaris: 'Jumlah Baris Data',
} as const;

export type IdentityKey = keyof typeof IDENTITY_LABELS;

/** The table's columns, in order. */
export const DATA_COLUMNS = ['Kode Puskesmas', 'Tahun', 'Bulan', 'Kode Kelurahan', 'Indikator', 'Nilai', 'Sasaran'] as const;

export interface DataLaporanIdentity {
  format: string;
  versi: number;
  kodePuskesmas: string;
  namaPuskesmas: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  tahun: number;
  bulan: number;
  /**
   * ISO 8601 with offset, to the minute, e.g. "2026-01-05T10:15:00+07:00". The sheet holds it
   * as a date-time serial (Dibuat) and the offset (Selisih UTC).
   */
  dibuat: string;
  /** The reference date ("today") of the report, YYYY-MM-DD; a dd-mm-yyyy serial on the sheet. */
  hariAcuan: string;
  skema: string;
  jumlahBaris: number;
}

export interface DataLaporanRow {
  kodePuskesmas: string;
  tahun: number;
  bulan: number;
  /** A kelurahan code, TOTAL_CODE for the puskesmas, or "?" for doses of unlisted kelurahan. */
  kodeKelurahan: string;
  indikator: string;
  nilai: number;
  sasaran: number | null;
}

export interface DataLaporan {
  identity: DataLaporanIdentity;
  rows: DataLaporanRow[];
}

export interface IndicatorDef {
  name: string;
  /** What the number is, in Bahasa Indonesia (docs/format.md). */
  meaning: string;
  /** What the Sasaran column holds for it. */
  sasaran: string;
  /** Per kelurahan (and TOTAL), or for the puskesmas only (TOTAL). */
  level: 'kelurahan' | 'puskesmas';
}

const infant = INFANT_DOSES.flatMap((d): IndicatorDef[] => {
  const sasaran = d.key === 'dpt4' || d.key === 'mr2' ? 'sasaran baduta' : 'sasaran bayi';
  return [
    { name: `${d.key}.bulan_ini`, meaning: `Dosis ${d.header} bulan ini (register + Imunisasi Luar).`, sasaran, level: 'kelurahan' },
    { name: `${d.key}.bulan_ini_luar`, meaning: `Bagian dari ${d.key}.bulan_ini yang berasal dari Imunisasi Luar.`, sasaran, level: 'kelurahan' },
    { name: `${d.key}.kumulatif`, meaning: `Dosis ${d.header} Januari s.d. bulan ini (register + Imunisasi Luar).`, sasaran, level: 'kelurahan' },
    { name: `${d.key}.kumulatif_luar`, meaning: `Bagian dari ${d.key}.kumulatif yang berasal dari Imunisasi Luar.`, sasaran, level: 'kelurahan' },
  ];
});

const sasaranDefs: IndicatorDef[] = [
  { name: 'sasaran.bayi', meaning: 'Sasaran bayi tahun ini (sheet Kelurahan, atau CBR × penduduk).', sasaran: 'kosong', level: 'kelurahan' },
  { name: 'sasaran.baduta', meaning: 'Sasaran baduta (sasaran bayi tahun lalu bila ada, atau tahun ini).', sasaran: 'kosong', level: 'kelurahan' },
  { name: 'sasaran.bumil', meaning: 'Sasaran ibu hamil (sheet Kelurahan, atau 1,1 × sasaran bayi).', sasaran: 'kosong', level: 'kelurahan' },
  { name: 'sasaran.wus', meaning: 'Sasaran WUS (sheet Kelurahan, atau 21,9% penduduk).', sasaran: 'kosong', level: 'kelurahan' },
];

const MURID_LABEL: Record<string, string> = { dtK1: 'murid kelas 1', mrK1: 'murid kelas 1', tdK2: 'murid kelas 2', tdK3: 'murid kelas 3', tdK5: 'murid kelas 5', hpv: 'murid perempuan kelas 5' };
const bias = BIAS_DOSES.map((d): IndicatorDef => ({ name: `bias.${d.key}.kumulatif`, meaning: `Murid yang mendapat ${d.header} Januari s.d. bulan ini (Register BIAS, menurut kelurahan sekolahnya).`, sasaran: MURID_LABEL[d.key], level: 'kelurahan' }));

export const STOCK_MEASURES = [
  ['dosis_per_kemasan', 'Dosis per vial/ampul (sheet Vaksin).'],
  ['stok_awal', 'Stok awal bulan ini (vial).'],
  ['diterima', 'Vial diterima bulan ini.'],
  ['dipakai', 'Vial dipakai bulan ini.'],
  ['rusak', 'Vial rusak/kedaluwarsa bulan ini.'],
  ['stok_akhir', 'Stok akhir bulan ini (vial), seperti tercatat.'],
  ['dipakai_kumulatif', 'Vial dipakai Januari s.d. bulan ini.'],
  ['dosis_bulan_ini', 'Dosis yang dilayani vaksin ini bulan ini (register + Imunisasi Luar).'],
  ['dosis_kumulatif', 'Dosis yang dilayani vaksin ini Januari s.d. bulan ini.'],
] as const;

const stock = VACCINE_GROUPS.flatMap((g) => STOCK_MEASURES.map(([m, meaning]): IndicatorDef => ({ name: `vaksin.${g.key}.${m}`, meaning: `${g.label}: ${meaning}`, sasaran: 'kosong', level: 'puskesmas' })));

/** Every indicator name the Data Laporan sheet can hold (version 1), for docs/format.md. */
export const INDICATORS: readonly IndicatorDef[] = [...sasaranDefs, ...infant, ...bias, ...stock];
export const INDICATOR_NAMES: ReadonlySet<string> = new Set(INDICATORS.map((i) => i.name));
