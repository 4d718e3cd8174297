import { SchemeKey } from '../registers/types';
import { outsideTKey, T_GROUPS } from '../antigens';

/** The person registers whose dose columns a vaccine can serve. */
export type DoseSheet = 'bayi' | 'bias' | 'wus' | 'caten' | 'bumil';

/** Who a line of the yearly need counts (the sasaran column it multiplies). */
export type SasaranKind = 'bayi' | 'baduta' | 'bumil' | 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5';

export interface NeedLine {
  /** The key of its annual target (ProgrammeTargets.annual: Data Laporan names). */
  target: string;
  sasaran: SasaranKind;
  label: string;
  /** Only under this Td/TT scheme (BIAS classes differ between the schemes). */
  scheme?: SchemeKey;
}

/**
 * A vaccine as the programme stocks it: which register doses one vial serves (for IP), the
 * reference IP, and the contacts its yearly need is planned on. The Vaksin sheet's codes are
 * free text; `codes` are the spellings it is recognised by (compared without spaces or dashes).
 */
export interface VaccineGroup {
  key: string;
  /** The code the template's Vaksin sheet uses, and Data Laporan's stok.<code>.* names. */
  code: string;
  label: string;
  codes: readonly string[];
  serves: Readonly<Partial<Record<DoseSheet, readonly string[]>>>;
  /** Imunisasi Luar count columns of this vaccine. */
  luar: readonly string[];
  /** Kemenkes 2013 reference IP (DOMAIN.md "Vaccine stock"); null when the list has none. */
  referenceIp: number | null;
  need: readonly NeedLine[];
}

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const tLuar = T_GROUPS.flatMap((g) => [1, 2, 3, 4, 5].map((n) => outsideTKey(g.key, n)));
const bayiLines = (keys: string[], labels: string[]): NeedLine[] => keys.map((k, i) => ({ target: k, sasaran: k === 'dpt4' || k === 'mr2' ? 'baduta' : 'bayi', label: labels[i] }));

export const VACCINE_GROUPS: readonly VaccineGroup[] = [
  { key: 'hb0', code: 'HB0', label: 'Hepatitis B (HB0)', codes: ['HB0', 'HB', 'HBUNIJECT', 'HEPB', 'HEPB0', 'HEPATITISB', 'HEPATITISBUNIJECT', 'UNIJECT'], serves: { bayi: ['hb0'] }, luar: ['hb0'], referenceIp: 1, need: bayiLines(['hb0'], ['HB0 bayi']) },
  { key: 'bcg', code: 'BCG', label: 'BCG', codes: ['BCG'], serves: { bayi: ['bcg'] }, luar: ['bcg'], referenceIp: 4, need: bayiLines(['bcg'], ['BCG bayi']) },
  { key: 'polio', code: 'POLIO', label: 'Polio tetes (bOPV)', codes: ['POLIO', 'OPV', 'BOPV', 'POLIOTETES', 'POL'], serves: { bayi: range('polio', 1, 4) }, luar: range('polio', 1, 4), referenceIp: 6, need: bayiLines(range('polio', 1, 4), ['Polio 1', 'Polio 2', 'Polio 3', 'Polio 4']) },
  {
    key: 'dpt',
    code: 'DPT-HB-HIB',
    label: 'DPT-HB-Hib',
    codes: ['DPTHBHIB', 'DPT', 'DPTHB', 'PENTA', 'PENTAVALEN', 'DPTHBHIBPENTAVALEN'],
    serves: { bayi: range('dpt', 1, 4) },
    luar: range('dpt', 1, 4),
    referenceIp: 3.5,
    need: bayiLines(range('dpt', 1, 4), ['DPT-HB-Hib 1', 'DPT-HB-Hib 2', 'DPT-HB-Hib 3', 'DPT-HB-Hib 4 (baduta)']),
  },
  { key: 'ipv', code: 'IPV', label: 'IPV (polio suntik)', codes: ['IPV', 'POLIOSUNTIK'], serves: { bayi: ['ipv'] }, luar: ['ipv'], referenceIp: 8, need: bayiLines(['ipv'], ['IPV']) },
  { key: 'pcv', code: 'PCV', label: 'PCV', codes: ['PCV', 'PNEUMOKOKUS', 'PNEUMOKOKUSKONYUGASI'], serves: { bayi: range('pcv', 1, 3) }, luar: range('pcv', 1, 3), referenceIp: null, need: bayiLines(range('pcv', 1, 3), ['PCV 1', 'PCV 2', 'PCV 3']) },
  {
    key: 'mr',
    code: 'MR',
    label: 'MR (campak-rubela)',
    codes: ['MR', 'CAMPAK', 'CAMPAKRUBELA', 'MEASLESRUBELLA', 'CMPK'],
    serves: { bayi: ['mr1', 'mr2'], bias: ['mrK1'] },
    luar: ['mr1', 'mr2'],
    referenceIp: 4,
    need: [...bayiLines(['mr1', 'mr2'], ['MR 1 bayi', 'MR 2 (baduta)']), { target: 'bias_mr_k1', sasaran: 'murid1', label: 'MR kelas 1 (BIAS)' }],
  },
  { key: 'dt', code: 'DT', label: 'DT', codes: ['DT'], serves: { bias: ['dtK1'] }, luar: [], referenceIp: 8, need: [{ target: 'bias_dt_k1', sasaran: 'murid1', label: 'DT kelas 1 (BIAS)' }] },
  {
    key: 'td',
    code: 'TD',
    label: 'Td/TT',
    codes: ['TD', 'TT', 'TDTT', 'TTTD', 'TETANUSDIFTERI', 'TETANUSTOKSOID'],
    serves: { bias: ['tdK2', 'tdK3', 'tdK5'], wus: range('t', 1, 5), caten: ['td1', 'td2'], bumil: ['td1', 'td2'] },
    luar: tLuar,
    referenceIp: 8,
    need: [
      { target: 'bias_td_k2', sasaran: 'murid2', label: 'Td kelas 2 (BIAS)' },
      { target: 'bias_td_k3', sasaran: 'murid3', label: 'TT kelas 3 (BIAS, skema 2005)', scheme: 'tt2005' },
      { target: 'bias_td_k5', sasaran: 'murid5', label: 'Td kelas 5 (BIAS)', scheme: 'td' },
      // Thesis II.D.3: the Td need of bumil is planned on the T1 and T2 contacts.
      { target: 'bumil_t1', sasaran: 'bumil', label: 'Td1 bumil' },
      { target: 'bumil_t2plus', sasaran: 'bumil', label: 'Td2+ bumil' },
    ],
  },
  { key: 'hpv', code: 'HPV', label: 'HPV', codes: ['HPV'], serves: { bias: ['hpv'] }, luar: [], referenceIp: null, need: [{ target: 'bias_hpv_k5', sasaran: 'muridPerempuan5', label: 'HPV siswi kelas 5 (BIAS)' }] },
];

/** "DPT-HB-Hib (pentavalen)" → "DPTHBHIB": what is left to compare once notes and separators go. */
function compact(text: string): string {
  return text.replace(/\([^)]*\)/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const BY_CODE = new Map<string, VaccineGroup>(VACCINE_GROUPS.flatMap((g) => g.codes.map((c) => [c, g] as const)));

/** The vaccine a Vaksin row means: by its code, else by its name; null when neither is known. */
export function vaccineGroupOf(kode: string | null, nama?: string | null): VaccineGroup | null {
  for (const text of [kode, nama]) {
    if (!text) continue;
    const found = BY_CODE.get(compact(text));
    if (found) return found;
  }
  return null;
}

export function vaccineGroup(key: string): VaccineGroup {
  const found = VACCINE_GROUPS.find((g) => g.key === key);
  if (!found) throw new Error(`Unknown vaccine group ${key}`);
  return found;
}
