import { INDICATOR_DOSES } from './doseIndex';
import { STATUS_INDICATORS } from './statusIndicators';

/**
 * The rows a Target sheet may hold: each annual coverage target (ProgrammeTargets.annual,
 * Data Laporan names) and each sasaran percentage or threshold of the reports. `setting`
 * names the ReportSettings field a non-target row sets. Names are matched like headers
 * (case, spaces, punctuation do not count), under the label, any alias or the key.
 */
export interface TargetIndicator {
  key: string;
  label: string;
  aliases: readonly string[];
  /** Where the default comes from, as the Target sheet's Keterangan says it. */
  source: string;
  /** A ReportSettings field (sasaran percentage, threshold) instead of an annual target. */
  setting?: 'crudeBirthRate' | 'bumilPerBayi' | 'wusShareOfPopulation' | 'uciThreshold' | 'dropOutThreshold';
  /** Accepted range as a fraction (a factor for bumilPerBayi). */
  min: number;
  max: number;
  /** Written as a factor ("1,1"), not a percentage. */
  factor?: boolean;
}

const target = (key: string, label: string, aliases: readonly string[], source: string): TargetIndicator => ({ key, label, aliases, source, min: 0.01, max: 1 });

export const TARGET_INDICATORS: readonly TargetIndicator[] = [
  // Infant doses by their column header; BIAS doses as "BIAS <header>" (the header alone is an alias).
  ...INDICATOR_DOSES.filter((d) => d.sheet === 'bayi').map((d) => target(d.indicator.key, d.header, d.aliases, d.indicator.targetSource)),
  ...STATUS_INDICATORS.map((i) => target(i.key, i.label, i.aliases, i.targetSource)),
  ...INDICATOR_DOSES.filter((d) => d.sheet !== 'bayi').map((d) => target(d.indicator.key, `BIAS ${d.header}`, [d.header, ...d.aliases.map((a) => `BIAS ${a}`)], d.indicator.targetSource)),
  { key: 'uciThreshold', setting: 'uciThreshold', label: 'Batas UCI', aliases: ['UCI', 'Ambang UCI', 'Batas UCI desa'], source: 'UCI desa: IDL ≥ 80% sasaran bayi (DOMAIN.md "PWS"; sebagian provinsi 85%).', min: 0.01, max: 1 },
  { key: 'dropOutThreshold', setting: 'dropOutThreshold', label: 'Batas drop-out', aliases: ['Ambang drop-out', 'Batas DO', 'Drop out'], source: 'Drop-out di atas 5% = masalah (DOMAIN.md "PWS").', min: 0.001, max: 1 },
  { key: 'crudeBirthRate', setting: 'crudeBirthRate', label: 'Angka kelahiran kasar', aliases: ['CBR', 'Crude birth rate', 'Angka kelahiran kasar (CBR)'], source: 'Sasaran bayi = angka kelahiran kasar × penduduk bila Sasaran Bayi di sheet Kelurahan kosong (DOMAIN.md "PWS"; 1,75% contoh Jawa Tengah — pakai angka BPS kabupaten).', min: 0.001, max: 0.1 },
  { key: 'bumilPerBayi', setting: 'bumilPerBayi', label: 'Faktor bumil', aliases: ['Faktor bumil per bayi', 'Bumil per bayi'], source: 'Sasaran bumil = 1,1 × sasaran bayi (DOMAIN.md "PWS").', min: 1, max: 2, factor: true },
  { key: 'wusShareOfPopulation', setting: 'wusShareOfPopulation', label: 'Proporsi WUS', aliases: ['WUS', 'Persen WUS', 'Proporsi WUS dari penduduk'], source: 'Sasaran WUS = 21,9% penduduk (DOMAIN.md "PWS").', min: 0.01, max: 1 },
];

const BY_KEY = new Map(TARGET_INDICATORS.map((t) => [t.key, t]));

export function targetIndicator(key: string): TargetIndicator | undefined {
  return BY_KEY.get(key);
}
