import { INDICATOR_DOSES } from '../programme/doseIndex';
import { STATUS_INDICATORS } from '../programme/statusIndicators';
import { DEFAULT_TARGETS, ProgrammeTargets } from '../programme/targets';
import { TargetSheet } from '../programme/readTargetSheet';
import { targetIndicator } from '../programme/targetIndicators';

/**
 * The programme settings the reports use, as typed data with defaults: the programme targets
 * and thresholds shared with the Dinkes merge (src/domain/programme/targets.ts), plus the
 * denominator rules and the PWS chart choices. A workbook may override them (the Aturan
 * sheet); `checkReportSettings` says what is wrong with a value. Fractions are fractions.
 */
export interface ReportSettings extends ProgrammeTargets {
  /** Denominators when the Kelurahan sheet leaves a sasaran blank (DOMAIN.md "PWS"). */
  crudeBirthRate: number;
  bumilPerBayi: number;
  wusShareOfPopulation: number;
  /** Antigens with a block on the PWS sheet and a line chart (the chart users expect). */
  pwsAntigens: readonly string[];
  /** The antigen of the ranked bar chart of kelurahan. */
  rankedAntigen: string;
  /** Which values came from the workbook's Target sheet (absent: all are the defaults). */
  targetSource?: TargetSource;
}

/** Where the report's targets came from, for the line each report sheet prints. */
export interface TargetSource {
  /** The Target sheet's name; null when the workbook has none. */
  sheet: string | null;
  year: number;
  /** Indicator keys (annual targets and settings) whose value the sheet gave for the year. */
  fromSheet: readonly string[];
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  ...DEFAULT_TARGETS,
  // DOMAIN.md "PWS" denominators: bayi = CBR × population (1.75%, a typical Central Java crude
  // birth rate — set the kabupaten's BPS figure), bumil = 1.1 × bayi, WUS = 21.9% of population.
  crudeBirthRate: 0.0175,
  bumilPerBayi: 1.1,
  wusShareOfPopulation: 0.219,
  // DOMAIN.md "PWS": the charts users expect, as the records say (T2+ bumil only where the status T engine ran).
  pwsAntigens: [...INDICATOR_DOSES.filter((d) => d.pws).map((d) => d.indicator.key), ...STATUS_INDICATORS.filter((i) => i.pws).map((i) => i.key)],
  // Thesis II.E: PWS watches DPT1 per desa to see where sasaran remain unreached.
  rankedAntigen: 'dpt1',
};

export type ReportSettingsOverrides = Partial<Omit<ReportSettings, 'annual'>> & { annual?: Readonly<Record<string, number>> };

/** The defaults with the overrides laid over them (annual targets merged key by key). */
export function resolveReportSettings(overrides: ReportSettingsOverrides = {}, base: ReportSettings = DEFAULT_REPORT_SETTINGS): ReportSettings {
  return { ...base, ...overrides, annual: { ...base.annual, ...(overrides.annual ?? {}) } };
}

/** The annual target of an indicator; null when neither the Target sheet nor the defaults set one (never a silent 100%). */
export function annualTarget(settings: ReportSettings, key: string): number | null {
  return settings.annual[key] ?? null;
}

/**
 * The overrides the workbook's Target sheet gives for year Y: its column of that year, value
 * by value (a blank cell keeps the default), and which keys it set.
 */
export function targetSheetOverrides(sheet: TargetSheet | null | undefined, year: number): { overrides: ReportSettingsOverrides; source: TargetSource } {
  const column = sheet?.years.get(year);
  const annual: Record<string, number> = {};
  const rest: Record<string, number> = {};
  for (const [key, v] of column ?? []) {
    const indicator = targetIndicator(key);
    if (indicator?.setting) rest[indicator.setting] = v.value;
    else annual[key] = v.value;
  }
  return { overrides: { ...rest, annual }, source: { sheet: sheet?.sheet ?? null, year, fromSheet: [...(column?.keys() ?? [])] } };
}

/** Problems with the settings, in Bahasa Indonesia; empty when they are usable. */
export function checkReportSettings(settings: ReportSettings): string[] {
  const problems: string[] = [];
  const fraction = (name: string, value: number, max = 1) => {
    if (!Number.isFinite(value) || value <= 0 || value > max) problems.push(`${name} harus lebih dari 0 dan paling besar ${max * 100}% (sekarang ${value}).`);
  };
  for (const [key, value] of Object.entries(settings.annual)) fraction(`Target ${key}`, value, 1.5);
  fraction('Ambang UCI', settings.uciThreshold);
  fraction('Ambang drop-out', settings.dropOutThreshold);
  fraction('Angka kelahiran kasar', settings.crudeBirthRate, 0.1);
  fraction('Faktor bumil per bayi', settings.bumilPerBayi, 2);
  fraction('Proporsi WUS', settings.wusShareOfPopulation);
  for (const key of [...settings.pwsAntigens, settings.rankedAntigen]) {
    // A known indicator without a target is a TARGET_MISSING finding of the report, not a broken setting.
    if (!targetIndicator(key)) problems.push(`Antigen PWS "${key}" tidak dikenal.`);
  }
  return problems;
}
