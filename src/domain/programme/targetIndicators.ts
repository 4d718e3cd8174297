import { BIAS_DOSES, INFANT_DOSES } from '../antigens';

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

const INFANT_SOURCE = 'Target cakupan bayi 90% setahun (DOMAIN.md "PWS": 90% → 7,5% sebulan).';
const BIAS_SOURCE = 'BIAS 100% murid (tesis II.D.1, "Target imunisasi").';
const BIAS_KEYS: Record<string, string> = { dtK1: 'bias_dt_k1', mrK1: 'bias_mr_k1', tdK2: 'bias_td_k2', tdK3: 'bias_td_k3', tdK5: 'bias_td_k5', hpv: 'bias_hpv_k5' };

const target = (key: string, label: string, aliases: readonly string[], source: string): TargetIndicator => ({ key, label, aliases, source, min: 0.01, max: 1 });

export const TARGET_INDICATORS: readonly TargetIndicator[] = [
  ...INFANT_DOSES.map((d) => target(d.key, d.header, d.aliases, INFANT_SOURCE)),
  target('idl', 'IDL', ['Imunisasi Dasar Lengkap'], INFANT_SOURCE),
  target('ibl', 'IBL', ['Imunisasi Baduta Lengkap', 'Imunisasi Lanjutan Baduta Lengkap'], INFANT_SOURCE),
  target('irl', 'Imunisasi rutin lengkap', ['IRL', 'Imunisasi Rutin Lengkap (IDL + IBL)'], INFANT_SOURCE),
  target('bumil_t1', 'Td1 bumil', ['T1 bumil', 'TT1 bumil', 'Td 1 bumil'], 'TT1 bumil 90% (tesis II.D.1, "Target imunisasi").'),
  target('bumil_t2plus', 'T2+ bumil', ['Td2+ bumil', 'TT2+ bumil', 'T2 bumil', 'TT2 bumil'], 'TT2 bumil 80% (tesis II.D.1, "Target imunisasi").'),
  ...BIAS_DOSES.map((d) => target(BIAS_KEYS[d.key], `BIAS ${d.header}`, [d.header, ...d.aliases.map((a) => `BIAS ${a}`)], BIAS_SOURCE)),
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
