import { BIAS_DOSES, DoseDef, EPISODE_DOSES, INFANT_DOSES, WUS_DOSES } from '../antigens';
import { dosesOf } from '../programme/doseIndex';
import { PersonSheet } from './types';

/** The dose columns of each person register (antigens.ts), which rules may name. */
export const DOSES_BY_SHEET: Record<PersonSheet, readonly DoseDef[]> = {
  bayi: INFANT_DOSES,
  bias: BIAS_DOSES,
  wus: WUS_DOSES,
  caten: EPISODE_DOSES,
  bumil: dosesOf('bumil'),
};

export const PERSON_SHEETS: readonly PersonSheet[] = ['bayi', 'bias', 'wus', 'caten', 'bumil'];

export function doseDef(sheet: PersonSheet, key: string): DoseDef | undefined {
  return DOSES_BY_SHEET[sheet].find((d) => d.key === key);
}

/** The standard header of a dose column, e.g. 'dpt1' → "DPT-HB-Hib 1". */
export function doseHeader(sheet: PersonSheet, key: string): string {
  return doseDef(sheet, key)?.header ?? key;
}
