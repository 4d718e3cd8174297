import { SasaranKind } from '../programme/antigenDoses';
import { INDICATOR_DOSES } from '../programme/doseIndex';

/**
 * Every indicator a Data Laporan may hold. All are counts (so Dinkes can add them up across
 * puskesmas); coverage, drop-out, IP and the like are computed from them, never stored.
 * "bulan" indicators count month M only, "kumulatif" ones January to M of the year.
 */
export type Denominator = SasaranKind | null;

export interface IndicatorDef {
  name: string;
  /** What it counts, in Bahasa Indonesia (docs/format.md lists these). */
  label: string;
  denominator: Denominator;
  /** Counted per kelurahan (with a TOTAL row), or only puskesmas-wide (TOTAL). */
  perKelurahan: boolean;
}

const monthAndCumulative = (name: string, label: string, denominator: Denominator): IndicatorDef[] => [
  { name, label: `${label} bulan ini`, denominator, perKelurahan: true },
  { name: `${name}_kumulatif`, label: `${label} kumulatif Januari s.d. bulan ini`, denominator, perKelurahan: true },
];

/** Stock movements per vaccine code: stok.<KODE>.<item>. */
export const STOCK_ITEMS = ['awal', 'diterima', 'dipakai', 'rusak', 'akhir', 'dosis'] as const;
export const STOCK_ITEM_LABELS: Record<(typeof STOCK_ITEMS)[number], string> = {
  awal: 'stok awal (vial)',
  diterima: 'vial diterima',
  dipakai: 'vial dipakai',
  rusak: 'vial rusak/kedaluwarsa',
  akhir: 'stok akhir (vial)',
  dosis: 'dosis diberikan (register + imunisasi luar)',
};

export function stockIndicator(kodeVaksin: string, item: (typeof STOCK_ITEMS)[number]): string {
  return `stok.${kodeVaksin}.${item}`;
}

export const INDICATORS: readonly IndicatorDef[] = [
  // PWS: doses from the registers plus Imunisasi Luar; sasaran bayi (DOMAIN.md "PWS"), and for
  // the second-year doses sasaran baduta (src/domain/reports/sasaran.ts).
  ...INDICATOR_DOSES.filter((d) => d.sheet === 'bayi').flatMap((d) => monthAndCumulative(d.indicator.key, d.indicator.dataLaporan ?? `Dosis ${d.header} (register + luar)`, d.sasaran)),
  ...monthAndCumulative('idl', 'Bayi mencapai imunisasi dasar lengkap (IDL)', 'bayi'),
  // IBL: DPT-HB-Hib 4 and MR 2 by 24 months; imunisasi rutin lengkap = IDL and IBL (DOMAIN.md "Infant schedule").
  ...monthAndCumulative('ibl', 'Baduta mencapai imunisasi baduta lengkap (IBL)', 'baduta'),
  ...monthAndCumulative('irl', 'Baduta mencapai imunisasi rutin lengkap (IDL dan IBL)', 'baduta'),
  { name: 'desa', label: 'Jumlah kelurahan/desa (1 per kelurahan)', denominator: null, perKelurahan: true },
  { name: 'desa_uci', label: 'Kelurahan/desa UCI: IDL kumulatif ≥ ambang UCI dari sasaran bayi (1 atau 0)', denominator: null, perKelurahan: true },
  // TT/Td (DOMAIN.md "Status T"; thesis II.F).
  ...monthAndCumulative('bumil_t1', 'Bumil mendapat Td/TT pertama (T1)', 'bumil'),
  ...monthAndCumulative('bumil_t2plus', 'Bumil mencapai status T2 atau lebih (termasuk ulangan)', 'bumil'),
  ...[1, 2, 3, 4, 5].flatMap((n) => monthAndCumulative(`wus_t${n}`, `WUS mendapat dosis yang menjadikan status T${n}`, 'wus')),
  ...[1, 2, 3, 4, 5].flatMap((n) => monthAndCumulative(`caten_t${n}`, `Caten mendapat dosis yang menjadikan status T${n}`, null)),
  // BIAS, year to date (DOMAIN.md "BIAS"): vaccinated pupils against pupils of the class.
  ...INDICATOR_DOSES.filter((d) => d.sheet === 'bias').map((d): IndicatorDef => ({ name: d.indicator.key, label: d.indicator.dataLaporan ?? d.indicator.label, denominator: d.sasaran, perKelurahan: true })),
];

/** Whether a name is a known indicator (stock indicators are checked by pattern). */
export function isKnownIndicator(name: string): boolean {
  if (INDICATORS.some((i) => i.name === name)) return true;
  const m = /^stok\.([^.]+)\.([a-z]+)$/.exec(name);
  return m !== null && (STOCK_ITEMS as readonly string[]).includes(m[2]);
}
