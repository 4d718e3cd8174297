import { IsoDate } from '../dates/isoDate';

/**
 * What the reports read of a person's status (the status T engine's PersonStatus, issue 3):
 * each tetanus dose with its validity and the T step it reached, the kelurahan of its
 * register row, and an infant's IDL and IBL. Declared here by shape, so the report code depends on
 * these few fields only.
 */
export interface StatusInput {
  /** Kode Kelurahan from the person's most recent register row. */
  kelurahan: string | null;
  rows: readonly { sheet: string; row: number }[];
  doses: readonly StatusDose[];
  infant: { idl: Completeness | null; ibl?: Completeness | null } | null;
}

/** A child's IDL or IBL as the reports read it. */
export interface Completeness {
  reached: boolean;
  date: IsoDate | null;
}

/**
 * The completeness lines of the report (DOMAIN.md "Infant schedule"), each counted in the month
 * it was reached: IDL; IBL (DPT-HB-Hib 4 and MR 2 by 24 months); imunisasi rutin lengkap
 * (IDL and IBL, on the later of the two dates).
 */
export const COMPLETENESS_KEYS = ['idl', 'ibl', 'irl'] as const;

/** The date a child reached each completeness line; null where not reached. */
export function completenessDates(infant: StatusInput['infant']): Record<(typeof COMPLETENESS_KEYS)[number], IsoDate | null> {
  const idl = infant?.idl?.reached ? infant.idl.date : null;
  const ibl = infant?.ibl?.reached ? infant.ibl.date : null;
  return { idl, ibl, irl: idl !== null && ibl !== null ? (idl > ibl ? idl : ibl) : null };
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
  if (dose.sheet === 'wus' || dose.sheet === 'caten') return STEP_KEYS[dose.sheet][dose.step - 1] ?? `${dose.sheet}_t${dose.step}`;
  return null;
}

/** "wus_t1" … "caten_t5" made once, not a new string per dose (the report tallies every T dose). */
const STEP_KEYS = { wus: [1, 2, 3, 4, 5].map((n) => `wus_t${n}`), caten: [1, 2, 3, 4, 5].map((n) => `caten_t${n}`) };

export const T_KEYS = ['bumil_t1', 'bumil_t2plus', ...[1, 2, 3, 4, 5].map((n) => `wus_t${n}`), ...[1, 2, 3, 4, 5].map((n) => `caten_t${n}`)];

/** Imunisasi Luar count columns behind each T line (bumilT2 … bumilT5 all reach T2 or more). */
export const T_LUAR: Record<string, string[]> = {
  bumil_t1: ['bumilT1'],
  bumil_t2plus: ['bumilT2', 'bumilT3', 'bumilT4', 'bumilT5'],
  ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((n) => [[`wus_t${n}`, [`wusT${n}`]], [`caten_t${n}`, [`catenT${n}`]]])),
};
