/**
 * The doses the registers record, in the order of the register forms.
 * Infant schedule: Kemenkes (DOMAIN.md "Infant schedule"); BIAS: thesis II.C.3 and the
 * current BIAS (DT + MR kelas 1, Td kelas 2 and 5, HPV kelas 5); Td/TT: thesis Tabel 2.1.
 */
export interface DoseDef {
  key: string;
  header: string;
  aliases: readonly string[];
  /** Doses of one series are given in order, at least 4 weeks apart. */
  series?: string;
}

export const INFANT_DOSES: readonly DoseDef[] = [
  { key: 'hb0', header: 'HB0', aliases: ['HB 0', 'HB-0', 'Hep B 0', 'Hepatitis B 0', 'HB0 (<24 jam)', 'HB0 < 24 jam', 'HB Uniject'] },
  { key: 'bcg', header: 'BCG', aliases: [] },
  { key: 'polio1', header: 'Polio 1', aliases: ['OPV 1', 'bOPV 1', 'Polio Tetes 1'], series: 'polio' },
  { key: 'polio2', header: 'Polio 2', aliases: ['OPV 2', 'bOPV 2', 'Polio Tetes 2'], series: 'polio' },
  { key: 'polio3', header: 'Polio 3', aliases: ['OPV 3', 'bOPV 3', 'Polio Tetes 3'], series: 'polio' },
  { key: 'polio4', header: 'Polio 4', aliases: ['OPV 4', 'bOPV 4', 'Polio Tetes 4'], series: 'polio' },
  { key: 'dpt1', header: 'DPT-HB-Hib 1', aliases: ['DPT 1', 'Penta 1', 'Pentavalen 1', 'DPT-HB 1', 'DPT HB Hib 1'], series: 'dpt' },
  { key: 'dpt2', header: 'DPT-HB-Hib 2', aliases: ['DPT 2', 'Penta 2', 'Pentavalen 2', 'DPT-HB 2', 'DPT HB Hib 2'], series: 'dpt' },
  { key: 'dpt3', header: 'DPT-HB-Hib 3', aliases: ['DPT 3', 'Penta 3', 'Pentavalen 3', 'DPT-HB 3', 'DPT HB Hib 3'], series: 'dpt' },
  { key: 'ipv', header: 'IPV', aliases: ['IPV 1', 'Polio Suntik'] },
  { key: 'pcv1', header: 'PCV 1', aliases: ['Pneumokokus 1'], series: 'pcv' },
  { key: 'pcv2', header: 'PCV 2', aliases: ['Pneumokokus 2'], series: 'pcv' },
  { key: 'pcv3', header: 'PCV 3', aliases: ['Pneumokokus 3'], series: 'pcv' },
  { key: 'mr1', header: 'MR 1', aliases: ['MR', 'Campak', 'Campak 1', 'Campak/MR 1', 'Campak Rubela 1'], series: 'mr' },
  { key: 'dpt4', header: 'DPT-HB-Hib 4', aliases: ['DPT 4', 'Penta 4', 'DPT-HB-Hib Lanjutan', 'DPT Lanjutan', 'Booster DPT'], series: 'dpt' },
  { key: 'mr2', header: 'MR 2', aliases: ['Campak 2', 'MR Lanjutan', 'Campak Lanjutan', 'Campak/MR 2'], series: 'mr' },
];

export const BIAS_DOSES: readonly DoseDef[] = [
  { key: 'dtK1', header: 'DT Kelas 1', aliases: ['DT Kls 1', 'DT', 'DT Kelas I'] },
  { key: 'mrK1', header: 'MR Kelas 1', aliases: ['MR Kls 1', 'Campak Kelas 1', 'MR BIAS', 'Campak Kls 1'] },
  { key: 'tdK2', header: 'TT/Td Kelas 2', aliases: ['Td Kelas 2', 'TT Kelas 2', 'Td Kls 2', 'TT Kls 2', 'Td/TT Kelas 2'] },
  { key: 'tdK3', header: 'TT/Td Kelas 3', aliases: ['Td Kelas 3', 'TT Kelas 3', 'Td Kls 3', 'TT Kls 3', 'Td/TT Kelas 3'] },
  { key: 'tdK5', header: 'TT/Td Kelas 5', aliases: ['Td Kelas 5', 'TT Kelas 5', 'Td Kls 5', 'TT Kls 5', 'Td/TT Kelas 5'] },
  { key: 'hpv', header: 'HPV', aliases: ['HPV 1', 'HPV Kelas 5'] },
];

/** WUS: each dose sits in the column of the T step it was recorded as. */
export const WUS_DOSES: readonly DoseDef[] = [1, 2, 3, 4, 5].map((n) => ({
  key: `t${n}`,
  header: `Td/TT ${n}`,
  aliases: [`TT/Td ${n}`, `TT ${n}`, `Td ${n}`, `T${n}`, `Td/TT ke-${n}`],
  series: 't',
}));

/** Caten and bumil record the doses given in that episode: dose 1 and dose 2. */
export const EPISODE_DOSES: readonly DoseDef[] = [1, 2].map((n) => ({
  key: `td${n}`,
  header: `Td/TT Dosis ${n}`,
  aliases: [`TT/Td Dosis ${n}`, `Td/TT ${n}`, `TT/Td ${n}`, `TT ${n}`, `Td ${n}`, `TT Dosis ${n}`, `Td Dosis ${n}`],
  series: 'td',
}));

/** Groups whose Td/TT doses by others are counted in Imunisasi Luar. */
export const T_GROUPS = [
  { key: 'bumil', label: 'Bumil' },
  { key: 'caten', label: 'Caten' },
  { key: 'wus', label: 'WUS' },
] as const;

export type TGroup = (typeof T_GROUPS)[number]['key'];

/** Column key in Imunisasi Luar for Td/TT dose n given to a group, e.g. `bumilT1`. */
export function outsideTKey(group: TGroup, n: number): string {
  return `${group}T${n}`;
}
