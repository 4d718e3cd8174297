import { IsoDate } from '../dates/isoDate';

/**
 * What the reports read of a person's status (the status T engine's PersonStatus, issue 3):
 * each tetanus dose with its validity and the T step it reached, the kelurahan of its
 * register row, and an infant's IDL. Declared here by shape, so the report code depends on
 * these few fields only.
 */
export interface StatusInput {
  /** Kode Kelurahan from the person's most recent register row. */
  kelurahan: string | null;
  rows: readonly { sheet: string; row: number }[];
  doses: readonly StatusDose[];
  infant: { idl: { reached: boolean; date: IsoDate | null } | null } | null;
}

export interface StatusDose {
  date: IsoDate;
  sheet: string;
  row: number;
  valid: boolean;
  /** The T status the dose brought the person to; null when not valid, 0 when it raises nothing. */
  step: number | null;
  /** Kode Kelurahan of the dose's register row (a pupil: the school's). */
  kelurahan: string | null;
}

/** The Data Laporan indicator a valid T dose counts under (thesis II.F; DOMAIN.md "Status T"), or null. */
export function tIndicator(dose: StatusDose): string | null {
  if (!dose.valid || dose.step === null || dose.step < 1) return null;
  // TT1/Td1 bumil = first T dose; T2+ bumil = reached T2 or higher, boosters included.
  if (dose.sheet === 'bumil') return dose.step === 1 ? 'bumil_t1' : 'bumil_t2plus';
  if (dose.sheet === 'wus' || dose.sheet === 'caten') return `${dose.sheet}_t${dose.step}`;
  return null;
}

export const T_KEYS = ['bumil_t1', 'bumil_t2plus', ...[1, 2, 3, 4, 5].map((n) => `wus_t${n}`), ...[1, 2, 3, 4, 5].map((n) => `caten_t${n}`)];

/** Imunisasi Luar count columns behind each T line (bumilT2 … bumilT5 all reach T2 or more). */
export const T_LUAR: Record<string, string[]> = {
  bumil_t1: ['bumilT1'],
  bumil_t2plus: ['bumilT2', 'bumilT3', 'bumilT4', 'bumilT5'],
  ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((n) => [[`wus_t${n}`, [`wusT${n}`]], [`caten_t${n}`, [`catenT${n}`]]])),
};
