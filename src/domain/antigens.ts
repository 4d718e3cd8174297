import { dosesOf } from './programme/doseIndex';

/**
 * The doses the registers record, in the order of the register forms: the dose records of
 * src/domain/programme/antigenDoses.ts, by register.
 */
export interface DoseDef {
  key: string;
  header: string;
  aliases: readonly string[];
  /** Doses of one series are given in order, at least 4 weeks apart. */
  series?: string;
}

export const INFANT_DOSES: readonly DoseDef[] = dosesOf('bayi');
export const BIAS_DOSES: readonly DoseDef[] = dosesOf('bias');
/** WUS: each dose sits in the column of the T step it was recorded as. */
export const WUS_DOSES: readonly DoseDef[] = dosesOf('wus');
/** Caten and bumil record the doses given in that episode: dose 1 and dose 2. */
export const EPISODE_DOSES: readonly DoseDef[] = dosesOf('caten');

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
