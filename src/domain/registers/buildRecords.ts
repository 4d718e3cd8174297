import { IsoDate } from '../dates/isoDate';
import { DEFAULT_SCHEDULE, ScheduleKey, SchemeKey, Sex, Value, Zone } from '../read/cellValue';
import { ParsedRow } from '../read/readTable';
import { SheetSchema } from '../schema/types';
import { personId } from '../validate/identity';
import { Bayi, Bumil, Caten, ImunisasiLuar, Kelurahan, Murid, PersonRow, Puskesmas, Sekolah, StokVaksin, Vaksin, Woman, Wus } from './types';

/* Typed records from parsed rows. A cell that was blank or unreadable is null here. */

type Values = ParsedRow['values'];
const str = (v: Value | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Value | undefined): number | null => (typeof v === 'number' ? v : null);
const date = (v: Value | undefined): IsoDate | null => (typeof v === 'string' ? v : null);

/** Dose columns of a sheet: date columns other than the person's own dates. */
export function doseKeys(schema: SheetSchema, exclude: readonly string[] = []): string[] {
  const own = new Set(['tanggalLahir', 'tanggalSkrining', 'rencanaNikah', 'hpht', ...exclude]);
  return schema.columns.filter((c) => c.type === 'date' && !own.has(c.key)).map((c) => c.key);
}

/**
 * How many dates pickDates sets by `out[key] = date`; the later ones it defines with
 * Object.defineProperty (the same plain data property). In V8 an object given more than 16
 * properties by a computed key (4 in the object, 12 beside it) becomes a dictionary, and a
 * complete Register Bayi row has about 20 dates: one row in five was a dictionary at 100k rows,
 * and every walk over its dates (the status engine, the report's counts) took several times as
 * long and made garbage. Defined properties keep it a fast object.
 */
const SET_BY_KEY = 16;

function pickDates(values: Values, keys: readonly string[]): Record<string, IsoDate> {
  const out: Record<string, IsoDate> = {};
  let count = 0;
  for (const key of keys) {
    const d = values[key];
    if (typeof d !== 'string') continue;
    if (count++ < SET_BY_KEY) out[key] = d;
    else Object.defineProperty(out, key, { value: d, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** The fields every person row has. Built field by field (no spreads): it runs per register row. */
function person<S extends PersonRow['sheet']>(sheet: S, { row, values }: ParsedRow, doses: readonly string[]): PersonRow & { sheet: S } {
  const woman = sheet === 'wus' || sheet === 'caten' || sheet === 'bumil';
  return {
    sheet,
    row,
    id: personId(values),
    nik: str(values.nik),
    kodeKK: str(values.kodeKK),
    noUrut: num(values.noUrut),
    nama: str(values.nama) ?? '',
    jk: (str(values.jk) as Sex | null) ?? (woman ? 'P' : null),
    tanggalLahir: date(values.tanggalLahir),
    kodeKelurahan: str(values.kodeKelurahan),
    alamat: str(values.alamat),
    noHp: str(values.noHp),
    posyandu: str(values.posyandu),
    doses: pickDates(values, doses),
  };
}

export const toPuskesmas = (v: Values): Puskesmas => ({
  kode: str(v.kode) ?? '',
  nama: str(v.nama) ?? '',
  kecamatan: str(v.kecamatan) ?? '',
  kabupaten: str(v.kabupaten) ?? '',
  provinsi: str(v.provinsi) ?? '',
  kepala: str(v.kepala) ?? '',
  nipKepala: str(v.nipKepala),
  tahun: num(v.tahun),
  skema: (str(v.skema) as SchemeKey | null) ?? 'td',
  jadwal: (str(v.jadwal) as ScheduleKey | null) ?? DEFAULT_SCHEDULE,
  zona: (str(v.zona) as Zone | null) ?? 'WIB',
});

export const toKelurahan = ({ row, values: v }: ParsedRow): Kelurahan => ({
  row,
  kode: str(v.kodeKelurahan) ?? '',
  nama: str(v.namaKelurahan) ?? '',
  tahun: num(v.tahun),
  penduduk: num(v.penduduk),
  sasaranBayi: num(v.sasaranBayi),
  sasaranBumil: num(v.sasaranBumil),
  sasaranWus: num(v.sasaranWus),
});

export const toSekolah = ({ row, values: v }: ParsedRow): Sekolah => ({
  row,
  kode: str(v.kodeSekolah) ?? '',
  nama: str(v.namaSekolah) ?? '',
  kodeKelurahan: str(v.kodeKelurahan),
  tahun: num(v.tahun),
  murid1: num(v.murid1),
  murid2: num(v.murid2),
  murid3: num(v.murid3),
  murid5: num(v.murid5),
  muridPerempuan5: num(v.muridPerempuan5),
});

export const toVaksin = ({ row, values: v }: ParsedRow): Vaksin => ({
  row,
  kode: str(v.kodeVaksin) ?? '',
  nama: str(v.namaVaksin) ?? '',
  satuan: str(v.satuan) ?? '',
  dosisPerKemasan: num(v.dosisPerKemasan),
});

export function toBayi(p: ParsedRow, doses: readonly string[]): Bayi {
  const record = person('bayi', p, doses) as Bayi;
  record.namaIbu = str(p.values.namaSuami);
  return record;
}

export function toMurid(p: ParsedRow, doses: readonly string[]): Murid {
  const record = person('bias', p, doses) as Murid;
  record.kodeSekolah = str(p.values.kodeSekolah);
  record.kelas = num(p.values.kelas);
  return record;
}

function woman<W extends Woman>(sheet: W['sheet'], p: ParsedRow, doses: readonly string[]): W {
  const record = person(sheet, p, doses) as W;
  record.namaSuami = str(p.values.namaSuami);
  record.statusSkrining = num(p.values.statusSkrining);
  record.tanggalSkrining = date(p.values.tanggalSkrining);
  return record;
}

export const toWus = (p: ParsedRow, doses: readonly string[]): Wus => woman<Wus>('wus', p, doses);

export function toCaten(p: ParsedRow, doses: readonly string[]): Caten {
  const record = woman<Caten>('caten', p, doses);
  record.rencanaNikah = date(p.values.rencanaNikah);
  return record;
}

export function toBumil(p: ParsedRow, doses: readonly string[]): Bumil {
  const record = woman<Bumil>('bumil', p, doses);
  record.hamilKe = num(p.values.hamilKe);
  record.hpht = date(p.values.hpht);
  record.kunjungan = pickDates(p.values, VISITS);
  return record;
}

const VISITS = ['k1', 'k2', 'k3', 'k4'];

export const toLuar = ({ row, values: v }: ParsedRow, countKeys: readonly string[]): ImunisasiLuar => {
  const counts: Record<string, number> = {};
  for (const key of countKeys) counts[key] = num(v[key]) ?? 0;
  return { row, tahun: num(v.tahun), bulan: num(v.bulan), kodeKelurahan: str(v.kodeKelurahan), fasilitas: str(v.fasilitas) ?? '', counts };
};

export const toStok = ({ row, values: v }: ParsedRow): StokVaksin => ({
  row,
  tahun: num(v.tahun),
  bulan: num(v.bulan),
  kodeVaksin: str(v.kodeVaksin),
  stokAwal: num(v.stokAwal),
  diterima: num(v.diterima),
  dipakai: num(v.dipakai),
  rusak: num(v.rusak),
  stokAkhir: num(v.stokAkhir),
});
