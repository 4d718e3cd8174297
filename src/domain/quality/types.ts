import type { Verification } from './verification';

/**
 * Data quality beyond the peers (DOMAIN.md "Data quality"): what the WHO data-quality review
 * checks, done on every report. A finding names where it is, the figures behind it, what looks
 * wrong and what to look at — in Bahasa Indonesia, for the person who can fix it.
 */
export type QualityKind = 'urutan_dosis' | 'drop_out_negatif' | 'cakupan_di_atas_100' | 'pencilan_bulanan' | 'ip_mustahil' | 'wastage_tinggi' | 'beda_tahun_lalu';

export interface QualityFinding {
  kind: QualityKind;
  /** Where: a kelurahan, "Puskesmas" (its total), or at Dinkes the puskesmas (and kelurahan). */
  place: string;
  /** The antigen, indicator or vaccine. */
  subject: string;
  /** The figures behind the finding, e.g. "DPT-HB-Hib 1: 40 · DPT-HB-Hib 3: 45". */
  figures: string;
  /** What looks wrong. */
  message: string;
  /** What to look at to fix it (sheet, column, rows). */
  look: string;
}

/** The title of each kind on the Kualitas Data sheets, in their order. */
export const QUALITY_KINDS: readonly { kind: QualityKind; label: string }[] = [
  // The impossible and the inconsistent first, then what needs a second source to judge.
  { kind: 'ip_mustahil', label: 'IP melebihi dosis per kemasan (mustahil)' },
  { kind: 'drop_out_negatif', label: 'Drop-out negatif' },
  { kind: 'urutan_dosis', label: 'Dosis lanjutan melebihi dosis sebelumnya' },
  { kind: 'pencilan_bulanan', label: 'Angka bulanan tidak wajar (pencilan)' },
  { kind: 'beda_tahun_lalu', label: 'Jauh berbeda dari tahun lalu' },
  { kind: 'cakupan_di_atas_100', label: 'Cakupan di atas 100% (sasaran vs kelahiran)' },
  { kind: 'wastage_tinggi', label: 'Wastage di atas batas WHO' },
];

export function kindLabel(kind: QualityKind): string {
  return QUALITY_KINDS.find((k) => k.kind === kind)!.label;
}

/** Whether a check could run, and if not why (no stock rows, no last year's report, …). */
export interface QualityCheck {
  kind: QualityKind;
  ran: boolean;
  /** Why it did not run, or what it compared (shown beside the count). */
  note: string;
}

export interface QualityReport {
  findings: QualityFinding[];
  checks: QualityCheck[];
  /** What the checks left out and why (doses the Jadwal Imunisasi does not give), for the sheet. */
  notes?: string[];
}

/** The district's Kualitas Data and its verification factors. */
export interface DistrictQuality extends QualityReport {
  verifications: Verification[];
  /** What was not used and why (a last year's file of another month, …). */
  notes: string[];
}
