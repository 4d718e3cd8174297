import { BIAS_DOSES, EPISODE_DOSES, INFANT_DOSES, outsideTKey, T_GROUPS, WUS_DOSES } from '../antigens';
import { listTextId } from '../programme/dropOutPairs';
import { doseRuns } from '../programme/doseTexts';
import { DEFAULT_SCHEDULE, inEverySchedule, SCHEDULE_KEYS, scheduleDoseKeys, SCHEDULES } from '../rules/schedules';
import {
  alamatColumn,
  birthDateColumn,
  countColumn,
  doseColumn,
  kelurahanColumn,
  kkColumn,
  monthColumn,
  namaColumn,
  nikColumn,
  noUrutColumn,
  phoneColumn,
  posyanduColumn,
  screenDateColumn,
  screenStatusColumn,
  sexColumn,
  spouseColumn,
  yearColumn,
} from './columns';
import { ColumnSchema, SheetKey, SheetSchema } from './types';

/*
 * The register standard: every sheet the add-in reads, defined once. The reader, the
 * template, the Petunjuk sheet and the tables in docs/format.md all come from this list.
 * Sheets and columns follow the thesis's data dictionary (Tabel 4.14–4.28) brought up to
 * the current schedule.
 */

const personColumns = (sex: boolean): ColumnSchema[] => [
  nikColumn,
  kkColumn,
  noUrutColumn,
  namaColumn,
  ...(sex ? [sexColumn] : []),
  birthDateColumn,
];

const doses = (defs: typeof INFANT_DOSES): ColumnSchema[] =>
  defs.map((d) => doseColumn(d.key, d.header, [...d.aliases], d.series));
/**
 * Register Bayi: a dose only some schedules give (PCV, RV, IPV 2) may be left out of the sheet;
 * under a Jadwal Imunisasi that gives it, registers/scheduleColumns.ts reports it missing.
 */
const infantDoses = (): ColumnSchema[] => doses(INFANT_DOSES).map((c) => (inEverySchedule(c.key) ? c : { ...c, need: 'optional' }));

/**
 * The Jadwal Imunisasi cell's hint: the schedules by name, the default one with the doses the
 * others lack (the dose records: "Kemenkes terkini" (dengan IPV 2, PCV 1–3 dan RV 1–3)).
 */
function scheduleHint(): string {
  const older = SCHEDULE_KEYS.filter((k) => k !== DEFAULT_SCHEDULE);
  const added = scheduleDoseKeys(DEFAULT_SCHEDULE).filter((d) => !inEverySchedule(d));
  const current = SCHEDULES[DEFAULT_SCHEDULE].name;
  return `Jadwal imunisasi rutin bayi: "${current}" (dengan ${listTextId(doseRuns(added))}) atau ${older.map((k) => `"${SCHEDULES[k].name}"`).join(' atau ')} (register lama tanpa kolom itu). Kosong = ${current}.`;
}

export const PUSKESMAS_SHEET: SheetSchema = {
  key: 'puskesmas',
  name: 'Puskesmas',
  aliases: ['Data Puskesmas', 'Identitas Puskesmas', 'Identitas'],
  layout: 'fields',
  required: true,
  description: 'Identitas puskesmas: isi kolom Nilai di samping setiap keterangan.',
  columns: [
    { key: 'kode', header: 'Kode Puskesmas', aliases: ['Kode PKM', 'Kode'], type: 'code', need: 'value', hint: 'Kode puskesmas dari Dinkes/Kemenkes.', width: 18 },
    { key: 'nama', header: 'Nama Puskesmas', aliases: ['Nama PKM'], type: 'text', need: 'value', hint: 'Nama puskesmas.' },
    { key: 'kecamatan', header: 'Kecamatan', type: 'text', need: 'value', hint: 'Nama kecamatan.' },
    { key: 'kabupaten', header: 'Kabupaten/Kota', aliases: ['Kabupaten', 'Kota', 'Kab/Kota'], type: 'text', need: 'value', hint: 'Nama kabupaten atau kota.' },
    { key: 'provinsi', header: 'Provinsi', aliases: ['Propinsi'], type: 'text', need: 'value', hint: 'Nama provinsi.' },
    { key: 'kepala', header: 'Kepala Puskesmas', aliases: ['Nama Kepala Puskesmas', 'Kapus'], type: 'text', need: 'value', hint: 'Nama Kepala Puskesmas yang menandatangani laporan.' },
    { key: 'nipKepala', header: 'NIP Kepala', aliases: ['NIP', 'NIP Kepala Puskesmas'], type: 'code', need: 'optional', hint: 'NIP Kepala Puskesmas (18 angka, diketik sebagai teks).' },
    { key: 'tahun', header: 'Tahun', type: 'year', need: 'value', hint: 'Tahun register, 4 angka.' },
    { key: 'skema', header: 'Skema', aliases: ['Skema TT', 'Skema Imunisasi T', 'Skema Status T'], type: 'scheme', need: 'value', hint: 'Pilih "Td terkini" atau "2005 (TT)".' },
    {
      key: 'jadwal',
      header: 'Jadwal Imunisasi',
      aliases: ['Jadwal Imunisasi Bayi', 'Jadwal Imunisasi Rutin'],
      type: 'schedule',
      need: 'optional',
      hint: scheduleHint(),
    },
    { key: 'zona', header: 'Zona Waktu', aliases: ['Zona', 'Waktu'], type: 'zone', need: 'optional', hint: 'WIB, WITA atau WIT: menentukan "hari ini" untuk jadwal. Kosong = WIB.' },
  ],
};

export const KELURAHAN_SHEET: SheetSchema = {
  key: 'kelurahan',
  name: 'Kelurahan',
  aliases: ['Desa', 'Kelurahan/Desa', 'Data Kelurahan'],
  layout: 'table',
  required: true,
  description: 'Daftar kelurahan/desa wilayah kerja dengan penduduk dan sasaran per tahun (satu baris per kelurahan per tahun).',
  uniqueBy: ['kodeKelurahan', 'tahun'],
  columns: [
    { key: 'kodeKelurahan', header: 'Kode Kelurahan', aliases: ['Kode Kel', 'Kode Desa', 'Kd Kelurahan'], type: 'code', need: 'value', hint: 'Kode singkat kelurahan, dipakai di semua register.', width: 12 },
    { key: 'namaKelurahan', header: 'Nama Kelurahan', aliases: ['Kelurahan', 'Nama Desa', 'Desa'], type: 'text', need: 'value', hint: 'Nama kelurahan/desa.', width: 22 },
    yearColumn,
    countColumn('penduduk', 'Jumlah Penduduk', ['Penduduk'], 'value'),
    countColumn('sasaranBayi', 'Sasaran Bayi', ['Bayi', 'Jumlah Bayi'], 'value'),
    countColumn('sasaranBumil', 'Sasaran Bumil', ['Bumil', 'Sasaran Ibu Hamil', 'Jumlah Bumil'], 'value'),
    countColumn('sasaranWus', 'Sasaran WUS', ['WUS', 'Jumlah WUS'], 'value'),
  ],
};

export const SEKOLAH_SHEET: SheetSchema = {
  key: 'sekolah',
  name: 'Sekolah',
  aliases: ['Data Sekolah', 'SD/MI'],
  layout: 'table',
  required: false,
  description: 'Daftar SD/MI dengan jumlah murid per kelas per tahun (sasaran BIAS).',
  uniqueBy: ['kodeSekolah', 'tahun'],
  columns: [
    { key: 'kodeSekolah', header: 'Kode Sekolah', aliases: ['Kode SD', 'NPSN'], type: 'code', need: 'value', hint: 'Kode sekolah (mis. NPSN).', width: 12 },
    { key: 'namaSekolah', header: 'Nama Sekolah', aliases: ['Sekolah', 'Nama SD/MI'], type: 'text', need: 'value', hint: 'Nama SD/MI.', width: 24 },
    kelurahanColumn(),
    yearColumn,
    countColumn('murid1', 'Murid Kelas 1', ['Kelas 1', 'Jumlah Murid Kelas 1'], 'value'),
    countColumn('murid2', 'Murid Kelas 2', ['Kelas 2', 'Jumlah Murid Kelas 2'], 'value'),
    countColumn('murid3', 'Murid Kelas 3', ['Kelas 3', 'Jumlah Murid Kelas 3'], 'value'),
    countColumn('murid5', 'Murid Kelas 5', ['Kelas 5', 'Jumlah Murid Kelas 5'], 'value'),
    countColumn('muridPerempuan5', 'Murid Perempuan Kelas 5', ['Siswi Kelas 5', 'Perempuan Kelas 5'], 'optional', 'Jumlah murid perempuan kelas 5 (sasaran HPV). Boleh kosong.'),
  ],
};

export const VAKSIN_SHEET: SheetSchema = {
  key: 'vaksin',
  name: 'Vaksin',
  aliases: ['Data Vaksin', 'Master Vaksin'],
  layout: 'table',
  required: false,
  description: 'Daftar vaksin: kode, nama, satuan, dan jumlah dosis per kemasan (vial/ampul).',
  uniqueBy: ['kodeVaksin'],
  columns: [
    { key: 'kodeVaksin', header: 'Kode Vaksin', aliases: ['Kode'], type: 'code', need: 'value', hint: 'Kode vaksin, mis. BCG, POLIO, DPT-HB-HIB, MR, TD.', width: 14 },
    { key: 'namaVaksin', header: 'Nama Vaksin', aliases: ['Vaksin', 'Nama'], type: 'text', need: 'value', hint: 'Nama vaksin.', width: 22 },
    { key: 'satuan', header: 'Satuan', aliases: ['Kemasan'], type: 'text', need: 'value', hint: 'Satuan kemasan: vial atau ampul.', width: 8 },
    countColumn('dosisPerKemasan', 'Dosis per Kemasan', ['Dosis per Vial', 'Dosis/Vial', 'Isi per Vial'], 'value', 'Jumlah dosis dalam satu vial/ampul.'),
  ],
};

export const BAYI_SHEET: SheetSchema = {
  key: 'bayi',
  name: 'Register Bayi',
  aliases: ['Bayi', 'Register Imunisasi Bayi', 'Kohort Bayi'],
  layout: 'table',
  required: true,
  persons: true,
  description: 'Satu baris per bayi/baduta: identitas dan tanggal setiap dosis imunisasi.',
  columns: [
    ...personColumns(true),
    spouseColumn('Nama Ibu', ['Nama Ibu Kandung', 'Ibu', 'Nama Orang Tua']),
    kelurahanColumn(),
    posyanduColumn,
    alamatColumn,
    phoneColumn,
    ...infantDoses(),
  ],
};

export const BIAS_SHEET: SheetSchema = {
  key: 'bias',
  name: 'Register BIAS',
  aliases: ['BIAS', 'Register Anak Sekolah'],
  layout: 'table',
  required: false,
  persons: true,
  description: 'Satu baris per murid SD/MI sepanjang tahun sekolahnya: tanggal DT, MR, Td/TT dan HPV.',
  columns: [
    ...personColumns(true),
    { key: 'kodeSekolah', header: 'Kode Sekolah', aliases: ['Kode SD', 'NPSN'], type: 'code', need: 'value', ref: 'sekolah', hint: 'Pilih kode sekolah dari sheet Sekolah.', width: 12 },
    { key: 'kelas', header: 'Kelas', aliases: ['Kls', 'Kelas Sekarang'], type: 'kelas', need: 'value', hint: 'Kelas murid saat ini (1–6).', width: 7 },
    ...doses(BIAS_DOSES),
  ],
};

export const WUS_SHEET: SheetSchema = {
  key: 'wus',
  name: 'Register WUS',
  aliases: ['WUS', 'Register Wanita Usia Subur', 'Sweeping WUS'],
  layout: 'table',
  required: false,
  persons: true,
  description: 'Satu baris per wanita usia subur (15–39 tahun): hasil skrining status T dan tanggal tiap dosis Td/TT.',
  columns: [
    ...personColumns(false),
    spouseColumn('Nama Suami', ['Suami']),
    kelurahanColumn(),
    posyanduColumn,
    alamatColumn,
    phoneColumn,
    screenStatusColumn,
    screenDateColumn,
    ...doses(WUS_DOSES),
  ],
};

export const CATEN_SHEET: SheetSchema = {
  key: 'caten',
  name: 'Register Caten',
  aliases: ['Caten', 'Catin', 'Register Catin', 'Register Calon Pengantin'],
  layout: 'table',
  required: false,
  persons: true,
  description: 'Satu baris per calon pengantin wanita: rencana nikah, skrining status T, dan dosis Td/TT.',
  columns: [
    ...personColumns(false),
    spouseColumn('Nama Calon Suami', ['Calon Suami', 'Nama Catin Pria']),
    kelurahanColumn(),
    posyanduColumn,
    alamatColumn,
    phoneColumn,
    { key: 'rencanaNikah', header: 'Tanggal Rencana Nikah', aliases: ['Tgl Rencana Nikah', 'Rencana Nikah', 'Tanggal Nikah', 'Tgl Nikah'], type: 'date', need: 'column', future: true, hint: 'Tanggal rencana akad nikah (boleh di masa depan).', width: 12 },
    screenStatusColumn,
    screenDateColumn,
    ...doses(EPISODE_DOSES),
  ],
};

export const BUMIL_SHEET: SheetSchema = {
  key: 'bumil',
  name: 'Register Bumil',
  aliases: ['Bumil', 'Kohort Ibu', 'Register Ibu Hamil', 'Register Kohort Ibu'],
  layout: 'table',
  required: false,
  persons: true,
  uniqueBy: ['hamilKe'],
  description: 'Satu baris per kehamilan: kunjungan K1–K4, skrining status T, dan dosis Td/TT selama hamil.',
  columns: [
    ...personColumns(false),
    spouseColumn('Nama Suami', ['Suami']),
    kelurahanColumn(),
    posyanduColumn,
    alamatColumn,
    phoneColumn,
    { key: 'hamilKe', header: 'Hamil Ke', aliases: ['Kehamilan Ke', 'Gravida', 'Hamil Ke-'], type: 'integer', need: 'value', hint: 'Kehamilan ke berapa (1, 2, …).', width: 7 },
    { key: 'hpht', header: 'HPHT', aliases: ['Hari Pertama Haid Terakhir', 'Tgl HPHT', 'Tanggal HPHT'], type: 'date', need: 'column', hint: 'Hari pertama haid terakhir, hari-bulan-tahun.', width: 12 },
    ...[1, 2, 3, 4].map((n) => doseColumn(`k${n}`, `K${n}`, [`Kunjungan K${n}`, `Tgl K${n}`], undefined, `Tanggal kunjungan K${n}, hari-bulan-tahun.`)),
    screenStatusColumn,
    screenDateColumn,
    ...doses(EPISODE_DOSES),
  ],
};

export const LUAR_SHEET: SheetSchema = {
  key: 'luar',
  name: 'Imunisasi Luar',
  aliases: ['Luar Wilayah', 'Imunisasi Swasta', 'Laporan Swasta'],
  layout: 'table',
  required: false,
  uniqueBy: ['tahun', 'bulan', 'kodeKelurahan', 'fasilitas'],
  description: 'Jumlah dosis yang diberikan rumah sakit, bidan/dokter praktik swasta dan klinik, per kelurahan per bulan.',
  columns: [
    yearColumn,
    monthColumn,
    kelurahanColumn(),
    { key: 'fasilitas', header: 'Fasilitas', aliases: ['Nama Fasilitas', 'Fasyankes', 'Tempat Pelayanan'], type: 'text', need: 'value', hint: 'Nama RS, klinik, atau bidan/dokter praktik.', width: 22 },
    ...INFANT_DOSES.map((d) => countColumn(d.key, d.header, [...d.aliases], inEverySchedule(d.key) ? 'column' : 'optional', `Jumlah dosis ${d.header} bulan itu.`)),
    ...T_GROUPS.flatMap((g) =>
      [1, 2, 3, 4, 5].map((n) =>
        countColumn(outsideTKey(g.key, n), `${g.label} Td/TT ${n}`, [`${g.label} TT ${n}`, `${g.label} Td ${n}`, `TT${n} ${g.label}`, `Td${n} ${g.label}`], 'column', `Jumlah dosis Td/TT ${n} untuk ${g.label.toLowerCase()} bulan itu.`),
      ),
    ),
  ],
};

export const STOK_SHEET: SheetSchema = {
  key: 'stok',
  name: 'Stok Vaksin',
  aliases: ['Stok', 'Pemakaian Vaksin', 'Logistik Vaksin'],
  layout: 'table',
  required: false,
  uniqueBy: ['tahun', 'bulan', 'kodeVaksin'],
  description: 'Mutasi vaksin per bulan dalam vial/ampul: stok awal + diterima − dipakai − rusak/kedaluwarsa = stok akhir.',
  columns: [
    yearColumn,
    monthColumn,
    { key: 'kodeVaksin', header: 'Kode Vaksin', aliases: ['Vaksin', 'Kode'], type: 'code', need: 'value', ref: 'vaksin', hint: 'Pilih kode vaksin dari sheet Vaksin.', width: 14 },
    countColumn('stokAwal', 'Stok Awal', ['Sisa Awal', 'Stok Awal Bulan'], 'value'),
    countColumn('diterima', 'Diterima', ['Terima', 'Penerimaan', 'Masuk'], 'value'),
    countColumn('dipakai', 'Dipakai', ['Keluar', 'Pemakaian', 'Terpakai'], 'value'),
    countColumn('rusak', 'Rusak/Kedaluwarsa', ['Rusak', 'Kedaluwarsa', 'Rusak/ED', 'Rusak/Kadaluarsa', 'Kadaluarsa'], 'column'),
    countColumn('stokAkhir', 'Stok Akhir', ['Sisa Akhir', 'Sisa', 'Stok Akhir Bulan'], 'value'),
  ],
};

export const SHEETS: readonly SheetSchema[] = [
  PUSKESMAS_SHEET,
  KELURAHAN_SHEET,
  SEKOLAH_SHEET,
  VAKSIN_SHEET,
  BAYI_SHEET,
  BIAS_SHEET,
  WUS_SHEET,
  CATEN_SHEET,
  BUMIL_SHEET,
  LUAR_SHEET,
  STOK_SHEET,
];

export function sheetSchema(key: SheetKey): SheetSchema {
  const found = SHEETS.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown sheet key ${key}`);
  return found;
}
