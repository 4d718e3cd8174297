import { INFANT_TARGET, SasaranKind } from './antigenDoses';

/**
 * The indicators counted from the status T engine rather than from one dose column: IDL and
 * the bumil Td contacts. Their annual targets sit beside the doses' (antigenDoses.ts).
 */
export interface StatusIndicator {
  key: string;
  label: string;
  aliases: readonly string[];
  /** Default annual target (fraction of sasaran). */
  target: number;
  targetSource: string;
  /** What its coverage is measured against. */
  sasaran: SasaranKind;
  /** Has a block and a line chart on the PWS sheets by default (where the status T engine ran). */
  pws?: boolean;
}

export const STATUS_INDICATORS: readonly StatusIndicator[] = [
  { key: 'idl', label: 'IDL', aliases: ['Imunisasi Dasar Lengkap'], target: 0.9, targetSource: INFANT_TARGET, sasaran: 'bayi' },
  // IBL and imunisasi rutin lengkap (IDL and IBL) are reached in the second year: sasaran baduta.
  { key: 'ibl', label: 'IBL', aliases: ['Imunisasi Baduta Lengkap', 'Imunisasi Lanjutan Baduta Lengkap'], target: 0.9, targetSource: INFANT_TARGET, sasaran: 'baduta' },
  { key: 'irl', label: 'Imunisasi rutin lengkap', aliases: ['IRL', 'Imunisasi Rutin Lengkap (IDL + IBL)'], target: 0.9, targetSource: INFANT_TARGET, sasaran: 'baduta' },
  // Thesis II.D.1, "Target imunisasi".
  { key: 'bumil_t1', label: 'Td1 bumil', aliases: ['T1 bumil', 'TT1 bumil', 'Td 1 bumil'], target: 0.9, targetSource: 'TT1 bumil 90% (tesis II.D.1, "Target imunisasi").', sasaran: 'bumil' },
  { key: 'bumil_t2plus', label: 'T2+ bumil', aliases: ['Td2+ bumil', 'TT2+ bumil', 'T2 bumil', 'TT2 bumil'], target: 0.8, targetSource: 'TT2 bumil 80% (tesis II.D.1, "Target imunisasi").', sasaran: 'bumil', pws: true },
];
