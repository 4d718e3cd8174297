import { ANTIGEN_DOSES, AntigenDose, DoseSheet, SasaranKind, SchedulePreset } from './antigenDoses';
import { STATUS_INDICATORS } from './statusIndicators';
import { SchemeKey } from '../read/cellValue';
import { Interval } from '../rules/interval';
import { InfantDoseRule } from '../rules/types';

/*
 * Lookups derived once from the dose records (antigenDoses.ts), at module load: reading
 * registers and status look doses up per row.
 */

const BY_SHEET: Readonly<Record<DoseSheet, readonly AntigenDose[]>> = {
  bayi: ANTIGEN_DOSES.filter((d) => d.sheet === 'bayi'),
  bias: ANTIGEN_DOSES.filter((d) => d.sheet === 'bias'),
  wus: ANTIGEN_DOSES.filter((d) => d.sheet === 'wus'),
  caten: ANTIGEN_DOSES.filter((d) => d.sheet === 'caten'),
  bumil: ANTIGEN_DOSES.filter((d) => d.sheet === 'bumil'),
};

/** The dose records of a register, in the order of its form. */
export function dosesOf(sheet: DoseSheet): readonly AntigenDose[] {
  return BY_SHEET[sheet];
}

/** Doses counted on their own (infant and BIAS doses): their indicator and target. */
export const INDICATOR_DOSES: readonly (AntigenDose & Required<Pick<AntigenDose, 'indicator'>>)[] = ANTIGEN_DOSES.filter((d): d is AntigenDose & Required<Pick<AntigenDose, 'indicator'>> => d.indicator !== undefined);

const SASARAN = new Map<string, SasaranKind>([...INDICATOR_DOSES.map((d) => [d.indicator.key, d.sasaran] as const), ...STATUS_INDICATORS.map((i) => [i.key, i.sasaran] as const)]);

/** The sasaran a dose or status indicator is measured against (dpt4, ibl → baduta); undefined for others. */
export function indicatorSasaran(indicator: string): SasaranKind | undefined {
  return SASARAN.get(indicator);
}

/** Infant doses of the second year (sasaran baduta), in register order. */
export const BADUTA_KEYS: readonly string[] = BY_SHEET.bayi.filter((d) => d.sasaran === 'baduta').map((d) => d.key);

/** The default IDL doses. */
export const IDL_KEYS: readonly string[] = BY_SHEET.bayi.filter((d) => d.idl).map((d) => d.key);
/** The default IBL (imunisasi baduta lengkap) doses. */
export const IBL_KEYS: readonly string[] = BY_SHEET.bayi.filter((d) => d.ibl).map((d) => d.key);

/** Drop-out pairs [first, last] (DOMAIN.md "PWS": DPT-HB-Hib 1 → 3, DPT-HB-Hib 1 → MR 1). */
export const DROP_OUT_PAIRS: readonly (readonly [string, string])[] = BY_SHEET.bayi.flatMap((d) => (d.dropOutFrom ? [[d.dropOutFrom, d.key] as const] : []));

/**
 * The infant series in the order they are given, within the first year (sasaran bayi): cumulatively
 * a dose is never given to more babies than the dose before it. Second-year doses start a new cohort.
 */
export const INFANT_SEQUENCES: readonly (readonly string[])[] = (() => {
  const bySeries = new Map<string, string[]>();
  for (const d of BY_SHEET.bayi) if (d.series && d.sasaran === 'bayi') bySeries.set(d.series, [...(bySeries.get(d.series) ?? []), d.key]);
  return [...bySeries.values()].filter((keys) => keys.length > 1);
})();

/** Whether a dose is in a schedule preset and a Td/TT scheme. */
export function inPreset(d: AntigenDose, preset: SchedulePreset | undefined, scheme?: SchemeKey): boolean {
  return (preset === undefined || d.presets.includes(preset)) && (scheme === undefined || d.scheme === undefined || d.scheme === scheme);
}

const APPROX_DAYS: Readonly<Record<Interval['unit'], number>> = { hari: 1, minggu: 7, bulan: 30.44, tahun: 365.25 };

/** The infant schedule as rules (rules/presets.ts): each infant dose record's age and expiry, youngest first. */
export const INFANT_SCHEDULE_RULES: InfantDoseRule[] = BY_SHEET.bayi
  .flatMap((d) => (d.schedule ? [{ dose: d.key, age: d.schedule.age, expiry: d.schedule.expiry, ...(d.schedule.minInterval ? { minInterval: d.schedule.minInterval } : {}) }] : []))
  .sort((a, b) => a.age.amount * APPROX_DAYS[a.age.unit] - b.age.amount * APPROX_DAYS[b.age.unit]);
