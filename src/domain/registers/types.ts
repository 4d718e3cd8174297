import { TargetSheet } from '../programme/readTargetSheet';
import { IsoDate } from '../dates/isoDate';
import { ScheduleKey, SchemeKey, Sex, Zone } from '../read/cellValue';
import { SheetKey } from '../schema/types';

export type { ScheduleKey, SchemeKey, Sex, Zone };

export interface Puskesmas {
  kode: string;
  nama: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  kepala: string;
  nipKepala: string | null;
  tahun: number | null;
  skema: SchemeKey;
  /** Jadwal Imunisasi: the infant schedule in force (blank: Kemenkes terkini). */
  jadwal: ScheduleKey;
  zona: Zone;
}

export interface Kelurahan {
  row: number;
  kode: string;
  nama: string;
  tahun: number | null;
  penduduk: number | null;
  sasaranBayi: number | null;
  sasaranBumil: number | null;
  sasaranWus: number | null;
}

export interface Sekolah {
  row: number;
  kode: string;
  nama: string;
  kodeKelurahan: string | null;
  tahun: number | null;
  murid1: number | null;
  murid2: number | null;
  murid3: number | null;
  murid5: number | null;
  muridPerempuan5: number | null;
}

export interface Vaksin {
  row: number;
  kode: string;
  nama: string;
  satuan: string;
  dosisPerKemasan: number | null;
}

/** A row of a person register. `doses` holds only the dose columns that have a date. */
export interface PersonRow {
  sheet: SheetKey;
  row: number;
  /** NIK, or `KK:<Kode KK>/<No Urut>`; null when neither is usable. */
  id: string | null;
  nik: string | null;
  kodeKK: string | null;
  noUrut: number | null;
  nama: string;
  jk: Sex | null;
  tanggalLahir: IsoDate | null;
  kodeKelurahan: string | null;
  alamat: string | null;
  noHp: string | null;
  /** Posyandu where the person is served (optional column); null when blank or absent. */
  posyandu: string | null;
  doses: Record<string, IsoDate>;
}

export interface Bayi extends PersonRow {
  sheet: 'bayi';
  namaIbu: string | null;
}

export interface Murid extends PersonRow {
  sheet: 'bias';
  kodeSekolah: string | null;
  kelas: number | null;
}

/** Women screened for tetanus status: WUS, caten and bumil rows. */
export interface Woman extends PersonRow {
  sheet: 'wus' | 'caten' | 'bumil';
  namaSuami: string | null;
  statusSkrining: number | null;
  tanggalSkrining: IsoDate | null;
}

export interface Wus extends Woman {
  sheet: 'wus';
}

export interface Caten extends Woman {
  sheet: 'caten';
  rencanaNikah: IsoDate | null;
}

export interface Bumil extends Woman {
  sheet: 'bumil';
  hamilKe: number | null;
  hpht: IsoDate | null;
  /** K1–K4 visit dates, keyed k1…k4. */
  kunjungan: Record<string, IsoDate>;
}

export interface ImunisasiLuar {
  row: number;
  tahun: number | null;
  bulan: number | null;
  kodeKelurahan: string | null;
  fasilitas: string;
  /** Dose key (hb0 … mr2, bumilT1 … wusT5) → count; blank cells are 0. */
  counts: Record<string, number>;
}

export interface StokVaksin {
  row: number;
  tahun: number | null;
  bulan: number | null;
  kodeVaksin: string | null;
  stokAwal: number | null;
  diterima: number | null;
  dipakai: number | null;
  rusak: number | null;
  stokAkhir: number | null;
}

/** Everything read from one puskesmas workbook. */
export interface Registers {
  puskesmas: Puskesmas | null;
  kelurahan: Kelurahan[];
  sekolah: Sekolah[];
  vaksin: Vaksin[];
  bayi: Bayi[];
  bias: Murid[];
  wus: Wus[];
  caten: Caten[];
  bumil: Bumil[];
  luar: ImunisasiLuar[];
  stok: StokVaksin[];
  /** The name each standard sheet has in this workbook (null when absent), for tracing. */
  sheetNames: Record<SheetKey, string | null>;
  /**
   * Where each standard column sits in this workbook: the header as written and its sheet
   * column (1-based), per sheet and column key, so that results can point at a cell.
   * Absent for registers built in code.
   */
  columns?: Partial<Record<SheetKey, Record<string, ColumnPlace>>>;
  /** The Target sheet (targets and sasaran percentages per year); null/absent when the workbook has none. */
  targets?: TargetSheet | null;
}

export interface ColumnPlace {
  header: string;
  col: number;
}
