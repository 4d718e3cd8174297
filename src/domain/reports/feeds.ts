import { INFANT_DOSES } from '../antigens';
import { INDICATOR_DOSES } from '../programme/doseIndex';
import { Registers } from '../registers/types';
import { TD_RULES } from '../rules/presets';
import { SheetKey } from '../schema/types';
import { stockIndicator } from '../dataLaporan/indicators';
import { T_KEYS, T_LUAR } from './statusInput';
import { DoseSheet, VACCINE_GROUPS } from './vaccines';

/**
 * Which register cells feed which report figure: the data behind "tidak dapat dihitung"
 * (src/domain/reports/computability.ts). Indicator names are the Data Laporan's base names
 * (dpt3 stands for dpt3 and dpt3_kumulatif; stock items stand for themselves, stok.BCG.dosis).
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
  /** The sheet rows of its records. */
  rowsOf(registers: Registers): number[];
}

/**
 * The T lines follow a person's whole tetanus history (status T engine): every T source dose
 * (infant DPT, BIAS DT/Td, the women's Td/TT; TD_RULES.tSources) feeds them, wherever the
 * person's T doses are counted (computability.ts blocks them at each of those kelurahan).
 */
export const PERSON_WIDE: ReadonlySet<string> = new Set(T_KEYS);
/** The sheets the T lines count directly: the women's registers' valid T doses (statusInput.ts tIndicator) and Imunisasi Luar's Td/TT counts. */
export const T_LINE_SHEETS: ReadonlySet<string> = new Set(['wus', 'caten', 'bumil', 'luar']);
const tSource = (sheet: SheetKey, columns: Record<string, readonly string[]>): Record<string, readonly string[]> => {
  const out: Record<string, readonly string[]> = { ...columns };
  for (const s of TD_RULES.tSources) if (s.sheet === sheet) out[s.dose] = [...new Set([...(out[s.dose] ?? []), ...T_KEYS])];
  return out;
};

/**
 * IDL, IBL and imunisasi rutin lengkap (IDL and IBL): the doses of their rules (the same in both
 * schemes), and the birth date they are timed from.
 */
const COMPLETENESS_OF = (dose: string): string[] => {
  const idl = TD_RULES.idl.doses.includes(dose);
  const ibl = TD_RULES.ibl.doses.includes(dose);
  return [...(idl ? ['idl'] : []), ...(ibl ? ['ibl'] : []), ...(idl || ibl ? ['irl'] : [])];
};

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
export const BIAS_INDICATOR: Readonly<Record<string, string>> = Object.fromEntries(INDICATOR_DOSES.filter((d) => d.sheet === 'bias').map((d) => [d.key, d.indicator.key]));

const COUNTED: readonly SheetFeed[] = [
  {
    sheet: 'bayi',
    columns: tSource('bayi', {
      ...Object.fromEntries(INFANT_DOSES.map((d) => [d.key, [d.key, ...COMPLETENESS_OF(d.key)]])),
      // IDL counts doses before the first birthday, IBL before 24 months.
      tanggalLahir: ['idl', 'ibl', 'irl'],
    }),
    placing: ['kodeKelurahan'],
    kelurahanOf: (r) => byRow(r.bayi, (b) => b.kodeKelurahan),
    rowsOf: (r) => r.bayi.map((b) => b.row),
  },
  {
    sheet: 'luar',
    columns: {
      ...Object.fromEntries(INFANT_DOSES.map((d) => [d.key, [d.key]])),
      ...Object.fromEntries(Object.entries(T_LUAR).flatMap(([line, columns]) => columns.map((c) => [c, [line]]))),
    },
    placing: ['tahun', 'bulan', 'kodeKelurahan'],
    kelurahanOf: (r) => byRow(r.luar, (l) => l.kodeKelurahan),
    rowsOf: (r) => r.luar.map((l) => l.row),
  },
  // A woman's T steps follow her whole history across registers (status T engine), so a
  // broken T dose or screening cell makes every T line of her kelurahan uncertain.
  { sheet: 'wus', columns: tColumns(['t1', 't2', 't3', 't4', 't5']), placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.wus, (w) => w.kodeKelurahan), rowsOf: (r) => r.wus.map((w) => w.row) },
  { sheet: 'caten', columns: tColumns(['td1', 'td2']), placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.caten, (w) => w.kodeKelurahan), rowsOf: (r) => r.caten.map((w) => w.row) },
  { sheet: 'bumil', columns: { ...tColumns(['td1', 'td2']), hpht: ['bumil_t1', 'bumil_t2plus'] }, placing: ['kodeKelurahan'], kelurahanOf: (r) => byRow(r.bumil, (w) => w.kodeKelurahan), rowsOf: (r) => r.bumil.map((w) => w.row) },
  {
    sheet: 'bias',
    columns: tSource('bias', Object.fromEntries(Object.entries(BIAS_INDICATOR).map(([key, name]) => [key, [name]]))),
    placing: ['kodeSekolah', 'kelas'],
    kelurahanOf: (r) => {
      const school = new Map<string, string | null>();
      for (const s of r.sekolah) if (!school.has(s.kode)) school.set(s.kode, s.kodeKelurahan);
      return byRow(r.bias, (m) => (m.kodeSekolah === null ? null : (school.get(m.kodeSekolah) ?? null)));
    },
    rowsOf: (r) => r.bias.map((m) => m.row),
  },
];

/** Every indicator a sheet feeds. */
export function indicatorsOf(feed: SheetFeed): string[] {
  return [...new Set(Object.values(feed.columns).flat())];
}

/** The base indicator of a Data Laporan name: dpt3_kumulatif → dpt3, desa_uci → idl; stok.BCG.dosis is its own. */
export function baseIndicator(name: string): string {
  if (name === 'desa_uci') return 'idl';
  if (name.startsWith('stok.')) return name;
  return name.endsWith('_kumulatif') ? name.slice(0, -'_kumulatif'.length) : name;
}

/**
 * The doses a vaccine served (stok.<KODE>.dosis, and the IP and wastage made from them) are the
 * register's and Imunisasi Luar's dose cells counted again: a broken dose cell blocks them too.
 */
function servedBy(sheet: SheetKey, column: string): string[] {
  const serves = (g: (typeof VACCINE_GROUPS)[number]) => (sheet === 'luar' ? g.luar : (g.serves[sheet as DoseSheet] ?? [])).includes(column);
  return VACCINE_GROUPS.filter(serves).map((g) => stockIndicator(g.code, 'dosis'));
}

export const FEEDS: readonly SheetFeed[] = COUNTED.map((feed) => ({
  ...feed,
  columns: Object.fromEntries(Object.entries(feed.columns).map(([column, indicators]) => [column, [...indicators, ...servedBy(feed.sheet, column)]])),
}));
