import { INFANT_DOSES } from '../antigens';
import { Registers } from '../registers/types';
import { TD_RULES } from '../rules/presets';
import { SheetKey } from '../schema/types';
import { T_KEYS, T_LUAR } from './statusInput';

/**
 * Which register cells feed which report figure: the data behind "tidak dapat dihitung"
 * (src/domain/reports/computability.ts). Indicator names are the Data Laporan's base names
 * (dpt3 stands for dpt3 and dpt3_kumulatif; stok.BCG for every stok.BCG.* item).
 */
export interface SheetFeed {
  sheet: SheetKey;
  /** Column key → the indicators its cells are counted in. */
  columns: Readonly<Record<string, readonly string[]>>;
  /**
   * Columns that say where or when a row counts (kelurahan, school, year, month). A broken
   * one leaves the row's doses without a known place: every indicator of the sheet, everywhere.
   */
  placing: readonly string[];
  /** The kelurahan a row counts at (undefined when the row is not among the records). */
  kelurahanOf(registers: Registers): (row: number) => string | null | undefined;
}

/** IDL: the doses of the IDL rule (the same in both schemes), and the birth date they are timed from. */
const IDL_DOSES = new Set(TD_RULES.idl.doses);

const byRow = <R extends { row: number }>(records: readonly R[], kel: (r: R) => string | null) => {
  const map = new Map<number, string | null>();
  for (const r of records) map.set(r.row, kel(r));
  return (row: number) => map.get(row);
};

const tColumns = (doses: readonly string[]): Record<string, readonly string[]> => ({
  ...Object.fromEntries(doses.map((d) => [d, T_KEYS])),
  // The screened status is where a woman's T steps start.
  statusSkrining: T_KEYS,
  tanggalSkrining: T_KEYS,
});

/** Data Laporan names of the BIAS doses. */
export const BIAS_INDICATOR: Readonly<Record<string, string>> = { dtK1: 'bias_dt_k1', mrK1: 'bias_mr_k1', tdK2: 'bias_td_k2', tdK3: 'bias_td_k3', tdK5: 'bias_td_k5', hpv: 'bias_hpv_k5' };

export const FEEDS: readonly SheetFeed[] = [
  {
    sheet: 'bayi',
    columns: {
      ...Object.fromEntries(INFANT_DOSES.map((d) => [d.key, IDL_DOSES.has(d.key) ? [d.key, 'idl'] : [d.key]])),
      // IDL counts doses before the first birthday.
      tanggalLahir: ['idl'],
    },
    placing: ['kodeKelurahan'],
    kelurahanOf: (r) => byRow(r.bayi, (b) => b.kodeKelurahan),
  },
  {
    sheet: 'luar',
    columns: {
      ...Object.fromEntries(INFANT_DOSES.map((d) => [d.key, [d.key]])),
      ...Object.fromEntries(Object.entries(T_LUAR).flatMap(([line, columns]) => columns.map((c) => [c, [line]]))),
    },
    placing: ['tahun', 'bulan', 'kodeKelurahan'],
    kelurahanOf: (r) => byRow(r.luar, (l) => l.kodeKelurahan),
  },
  // A woman's T steps follow her whole history across registers (status T engine), so a
  // broken T dose or screening cell makes every T line of her kelurahan uncertain.
  { sheet: 'wus', columns: tColumns(['t1', 't2', 't3', 't4', 't5']), placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.wus, (w) => w.kodeKelurahan) },
  { sheet: 'caten', columns: tColumns(['td1', 'td2']), placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.caten, (w) => w.kodeKelurahan) },
  { sheet: 'bumil', columns: { ...tColumns(['td1', 'td2']), hpht: ['bumil_t1', 'bumil_t2plus'] }, placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.bumil, (w) => w.kodeKelurahan) },
  {
    sheet: 'bias',
    columns: Object.fromEntries(Object.entries(BIAS_INDICATOR).map(([key, name]) => [key, [name]])),
    placing: ['kodeSekolah', 'kelas'],
    kelurahanOf: (r) => {
      const school = new Map<string, string | null>();
      for (const s of r.sekolah) if (!school.has(s.kode)) school.set(s.kode, s.kodeKelurahan);
      return byRow(r.bias, (m) => (m.kodeSekolah === null ? null : (school.get(m.kodeSekolah) ?? null)));
    },
  },
];

/** Every indicator a sheet feeds. */
export function indicatorsOf(feed: SheetFeed): string[] {
  return [...new Set(Object.values(feed.columns).flat())];
}

/** The base indicator of a Data Laporan name: dpt3_kumulatif → dpt3, desa_uci → idl, stok.BCG.awal → stok.BCG. */
export function baseIndicator(name: string): string {
  if (name === 'desa_uci') return 'idl';
  const stock = /^(stok\.[^.]+)\./.exec(name);
  if (stock) return stock[1];
  return name.endsWith('_kumulatif') ? name.slice(0, -'_kumulatif'.length) : name;
}
