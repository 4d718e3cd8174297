import { INFANT_DOSES } from '../antigens';
import { INDICATOR_DOSES } from '../programme/doseIndex';
import { Kelurahan, Registers, Sekolah } from '../registers/types';
import { TD_RULES } from '../rules/presets';
import { SheetKey } from '../schema/types';
import { INDICATORS, stockIndicator } from '../dataLaporan/indicators';
import { rowsForYear } from './sasaran';
import { T_KEYS, T_LUAR } from './statusInput';
import { DoseSheet, VACCINE_GROUPS, vaccineGroupOf } from './vaccines';

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
  /**
   * What each column of one row feeds in the report's period, when that depends on the row (a
   * Kelurahan row of last year feeds only sasaran baduta; a Stok Vaksin row feeds its own
   * vaccine). Per row: the columns' indicators; null when the row feeds nothing of the period;
   * undefined when unknown (a broken year or code): then `columns`, which covers every case.
   */
  rowColumns?(registers: Registers, period: Period): (row: number) => Readonly<Record<string, readonly string[]>> | null | undefined;
  /**
   * Whether a blank cell of this row and column has a meaning of its own (a blank sasaran
   * follows the denominator rules when the population is there, sasaran.ts): then a
   * REQUIRED_EMPTY there blocks nothing (the report is still not final). An unreadable cell,
   * or a blank the rule cannot fill, blocks what it feeds.
   */
  blankFollowsRule?(registers: Registers): (row: number, column: string) => boolean;
}

/** The report's year and month. */
export interface Period {
  year: number;
  month: number;
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

const COUNTED_FEEDS: readonly SheetFeed[] = COUNTED.map((feed) => ({
  ...feed,
  columns: Object.fromEntries(Object.entries(feed.columns).map(([column, indicators]) => [column, [...indicators, ...servedBy(feed.sheet, column)]])),
}));

/*
 * The denominators: sasaran typed (or computed from the population) in the Kelurahan sheet, the
 * pupils of the Sekolah sheet. A broken one leaves every figure measured against it (coverage,
 * desa status, rank, UCI, the Data Laporan pair nilai/sasaran) and the vaccine need made from
 * it uncomputable. sasaran.<group> is the report year's, rencana.<group> the planned year's (the
 * vaccine need, Y + 1, vaccineNeed.ts).
 */
export type SasaranKey = 'bayi' | 'baduta' | 'bumil' | 'wus' | 'caten' | 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5';
export const sasaranIndicator = (group: SasaranKey): string => `sasaran.${group}`;
export const planIndicator = (group: SasaranKey): string => `rencana.${group}`;
/** Vials used January … M of a vaccine (cumulative IP and wastage, average use, months left). */
export const stockCumulative = (code: string): string => `stok.${code}.kumulatif`;

/** The sasaran a Data Laporan indicator (or report line) is measured against; null for plain counts. */
export function sasaranOf(name: string): SasaranKey | null {
  const base = name === 'desa_uci' ? 'idl' : baseIndicator(name);
  const def = INDICATORS.find((i) => i.name === base);
  return def?.denominator ?? null;
}

/** measuredInputs per name, made once: the report asks for every kelurahan, antigen and period (~10k times at 170 kelurahan). */
const MEASURED_INPUTS = new Map<string, readonly string[]>();

/** Everything a figure measured against its sasaran needs: the count and the sasaran. */
export function measuredInputs(name: string): readonly string[] {
  let inputs = MEASURED_INPUTS.get(name);
  if (inputs === undefined) {
    const group = sasaranOf(name);
    inputs = Object.freeze(group === null ? [name] : [name, sasaranIndicator(group)]);
    MEASURED_INPUTS.set(name, inputs);
  }
  return inputs;
}

/** A Kelurahan row's sasaran columns → the sasaran they give (see kelurahanSasaran: blank ones follow the population). */
function kelurahanColumns(k: Kelurahan, name: (g: SasaranKey) => string, badutaFromLastYear: boolean): Record<string, string[]> {
  const bayiTyped = k.sasaranBayi !== null;
  const bayi = [name('bayi'), ...(k.sasaranBumil === null ? [name('bumil')] : []), ...(badutaFromLastYear ? [] : [name('baduta')])];
  return {
    sasaranBayi: bayi,
    sasaranBumil: [name('bumil')],
    sasaranWus: [name('wus')],
    penduduk: [...(bayiTyped ? [] : bayi), ...(k.sasaranWus === null ? [name('wus')] : [])],
  };
}

const merge = (a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = [...new Set([...(out[k] ?? []), ...v])];
  return out;
};

const ALL_SASARAN: readonly SasaranKey[] = ['bayi', 'baduta', 'bumil', 'wus'];
const both = (groups: readonly SasaranKey[]) => groups.flatMap((g) => [sasaranIndicator(g), planIndicator(g)]);

const KELURAHAN_FEED: SheetFeed = {
  sheet: 'kelurahan',
  columns: { sasaranBayi: both(['bayi', 'bumil', 'baduta']), sasaranBumil: both(['bumil']), sasaranWus: both(['wus']), penduduk: both(ALL_SASARAN), kodeKelurahan: ['desa'] },
  placing: ['kodeKelurahan', 'tahun'],
  blankFollowsRule: (registers) => {
    const records = new Map(registers.kelurahan.map((k) => [k.row, k]));
    return (row, column) => {
      const k = records.get(row);
      if (!k) return false;
      const population = k.penduduk !== null;
      // bayi and WUS from the population; bumil from bayi; the population is needed only for a blank sasaran (whose own cell says so).
      const filled: Record<string, boolean> = { penduduk: true, sasaranBayi: population, sasaranWus: population, sasaranBumil: k.sasaranBayi !== null || population };
      return filled[column] ?? false;
    };
  },
  kelurahanOf: (r) => byRow(r.kelurahan, (k) => k.kode),
  rowsOf: (r) => r.kelurahan.map((k) => k.row),
  rowColumns: (registers, { year }) => {
    const used = rowsForYear(registers.kelurahan, year).usedYear;
    const planned = rowsForYear(registers.kelurahan, year + 1).usedYear;
    const typedBayi = (y: number | null) => new Set(registers.kelurahan.filter((k) => k.tahun === y && k.sasaranBayi !== null).map((k) => k.kode));
    const [lastYear, beforePlanned] = [typedBayi(year - 1), typedBayi(planned === null ? null : planned - 1)];
    const records = new Map(registers.kelurahan.map((k) => [k.row, k]));
    return (row) => {
      const k = records.get(row);
      if (!k || k.tahun === null) return undefined;
      let out: Record<string, string[]> = {};
      if (k.tahun === used) out = merge(out, { ...kelurahanColumns(k, sasaranIndicator, lastYear.has(k.kode)), kodeKelurahan: ['desa'] });
      if (k.tahun === planned) out = merge(out, kelurahanColumns(k, planIndicator, beforePlanned.has(k.kode)));
      // Sasaran baduta is last year's sasaran bayi, when typed.
      if (k.tahun === year - 1) out = merge(out, { sasaranBayi: [sasaranIndicator('baduta')] });
      if (planned !== null && k.tahun === planned - 1) out = merge(out, { sasaranBayi: [planIndicator('baduta')] });
      return Object.keys(out).length === 0 ? null : out;
    };
  },
};

const MURID: readonly (keyof Sekolah & SasaranKey)[] = ['murid1', 'murid2', 'murid3', 'murid5', 'muridPerempuan5'];
const SEKOLAH_FEED: SheetFeed = {
  sheet: 'sekolah',
  columns: Object.fromEntries(MURID.map((m) => [m, both([m])])),
  placing: ['kodeSekolah', 'kodeKelurahan', 'tahun'],
  kelurahanOf: (r) => byRow(r.sekolah, (s) => s.kodeKelurahan),
  rowsOf: (r) => r.sekolah.map((s) => s.row),
  rowColumns: (registers, { year }) => {
    const used = rowsForYear(registers.sekolah, year).usedYear;
    const planned = rowsForYear(registers.sekolah, year + 1).usedYear;
    const records = new Map(registers.sekolah.map((s) => [s.row, s]));
    return (row) => {
      const s = records.get(row);
      if (!s || s.tahun === null) return undefined;
      const names = [...(s.tahun === used ? [sasaranIndicator] : []), ...(s.tahun === planned ? [planIndicator] : [])];
      return names.length === 0 ? null : Object.fromEntries(MURID.map((m) => [m, names.map((name) => name(m))]));
    };
  },
};

/** The Data Laporan code of a vaccine (dataLaporan.ts): its group's code, or its own code made safe. */
export function stockCode(kodeVaksin: string, nama?: string | null): string {
  return vaccineGroupOf(kodeVaksin, nama)?.code ?? kodeVaksin.toUpperCase().replace(/[^A-Z0-9-]+/g, '-');
}

/** Month M's Stok Vaksin row of a vaccine: each column → its stock figures (the vials used also feed the cumulative ones). */
const stockColumns = (code: string): Record<string, string[]> => ({
  stokAwal: [stockIndicator(code, 'awal')],
  diterima: [stockIndicator(code, 'diterima')],
  dipakai: [stockIndicator(code, 'dipakai'), stockCumulative(code)],
  rusak: [stockIndicator(code, 'rusak')],
  stokAkhir: [stockIndicator(code, 'akhir')],
});

const STOK_FEED: SheetFeed = {
  sheet: 'stok',
  columns: VACCINE_GROUPS.reduce<Record<string, string[]>>((out, g) => merge(out, stockColumns(g.code)), {}),
  placing: ['tahun', 'bulan', 'kodeVaksin'],
  // Stock is counted for the whole puskesmas: blocked everywhere, so in the total.
  kelurahanOf: () => () => undefined,
  rowsOf: (r) => r.stok.map((s) => s.row),
  rowColumns: (registers, { year, month }) => {
    const records = new Map(registers.stok.map((s) => [s.row, s]));
    const names = new Map(registers.vaksin.map((v) => [v.kode, v.nama]));
    return (row) => {
      const s = records.get(row);
      if (!s || s.tahun === null || s.bulan === null || s.kodeVaksin === null) return undefined;
      if (s.tahun !== year || s.bulan > month) return null;
      const code = stockCode(s.kodeVaksin, names.get(s.kodeVaksin));
      // An earlier month's row counts only in the cumulative figures.
      return s.bulan === month ? stockColumns(code) : { dipakai: [stockCumulative(code)] };
    };
  },
};

export const FEEDS: readonly SheetFeed[] = [...COUNTED_FEEDS, KELURAHAN_FEED, SEKOLAH_FEED, STOK_FEED];
