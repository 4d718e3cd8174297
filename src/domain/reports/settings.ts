import { INFANT_DOSES } from '../antigens';

/**
 * The programme settings the reports use, as typed data with defaults. A workbook may
 * override them (the Aturan sheet); `checkReportSettings` says what is wrong with a value.
 * Fractions are stored as fractions (0.9 = 90%).
 */
export interface ReportSettings {
  /**
   * Annual coverage target per indicator: infant dose keys (hb0 … mr2), `idl`, the Td/TT
   * lines (`bumilT1`, `bumilT2plus`, `catenT1`, `catenT2plus`, `wusT1` … `wusT5`) and the BIAS
   * doses (`dtK1` … `hpv`). The PWS target line for month M is target × M / 12.
   */
  targets: Readonly<Record<string, number>>;
  /** UCI desa: IDL coverage at or above this share of sasaran bayi. */
  uciThreshold: number;
  /** A drop-out rate above this is a problem. */
  dropOutThreshold: number;
  /** Denominators when the Kelurahan sheet leaves a sasaran blank (DOMAIN.md "PWS"). */
  crudeBirthRate: number;
  bumilPerBayi: number;
  wusShareOfPopulation: number;
  /** Antigens with a block on the PWS sheet and a line chart (the chart users expect). */
  pwsAntigens: readonly string[];
  /** The antigen of the ranked bar chart of kelurahan. */
  rankedAntigen: string;
}

/** Every infant dose: 90% a year, the example of DOMAIN.md "PWS" (90% → 7.5% a month). */
const INFANT_TARGETS = Object.fromEntries(INFANT_DOSES.map((d) => [d.key, 0.9]));

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  targets: {
    ...INFANT_TARGETS,
    idl: 0.9,
    // Thesis II.D.1 (targets of the TT programme): TT1 bumil 90%, TT2 bumil 80%, TT WUS 100%.
    bumilT1: 0.9,
    bumilT2plus: 0.8,
    catenT1: 1,
    catenT2plus: 1,
    wusT1: 1,
    wusT2: 1,
    wusT3: 1,
    wusT4: 1,
    wusT5: 1,
    // Thesis II.D.1: TT SD and TT BIAS 100%; the current BIAS keeps 100% for every class dose.
    dtK1: 1,
    mrK1: 1,
    tdK2: 1,
    tdK3: 1,
    tdK5: 1,
    hpv: 1,
  },
  // DOMAIN.md "PWS": UCI desa = IDL coverage ≥ 80% (some provinces use 85%).
  uciThreshold: 0.8,
  // DOMAIN.md "PWS": a drop-out above 5% is a problem.
  dropOutThreshold: 0.05,
  // DOMAIN.md "PWS" denominators: bayi = CBR × population (1.75%, a typical Central Java crude
  // birth rate — set the kabupaten's BPS figure), bumil = 1.1 × bayi, WUS = 21.9% of population.
  crudeBirthRate: 0.0175,
  bumilPerBayi: 1.1,
  wusShareOfPopulation: 0.219,
  // DOMAIN.md "PWS": the charts users expect (T2+ bumil joins when the status T engine does).
  pwsAntigens: ['hb0', 'bcg', 'dpt1', 'dpt3', 'polio4', 'mr1'],
  // Thesis II.E: PWS watches DPT1 per desa to see where sasaran remain unreached.
  rankedAntigen: 'dpt1',
};

export type ReportSettingsOverrides = Partial<Omit<ReportSettings, 'targets'>> & { targets?: Readonly<Record<string, number>> };

/** The defaults with the overrides laid over them (targets merged key by key). */
export function resolveReportSettings(overrides: ReportSettingsOverrides = {}, base: ReportSettings = DEFAULT_REPORT_SETTINGS): ReportSettings {
  return { ...base, ...overrides, targets: { ...base.targets, ...(overrides.targets ?? {}) } };
}

/** Problems with the settings, in Bahasa Indonesia; empty when they are usable. */
export function checkReportSettings(settings: ReportSettings): string[] {
  const problems: string[] = [];
  const fraction = (name: string, value: number, max = 1) => {
    if (!Number.isFinite(value) || value <= 0 || value > max) problems.push(`${name} harus lebih dari 0 dan paling besar ${max * 100}% (sekarang ${value}).`);
  };
  for (const [key, value] of Object.entries(settings.targets)) fraction(`Target ${key}`, value, 1.5);
  fraction('Ambang UCI', settings.uciThreshold);
  fraction('Ambang drop-out', settings.dropOutThreshold);
  fraction('Angka kelahiran kasar', settings.crudeBirthRate, 0.1);
  fraction('Faktor bumil per bayi', settings.bumilPerBayi, 2);
  fraction('Proporsi WUS', settings.wusShareOfPopulation);
  for (const key of [...settings.pwsAntigens, settings.rankedAntigen]) {
    if (!(key in settings.targets)) problems.push(`Antigen PWS "${key}" tidak dikenal.`);
  }
  return problems;
}
