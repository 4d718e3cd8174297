import { targetLine } from '../programme/targets';

export { targetLine };

/** The four PWS desa statuses. */
export type DesaStatus = 'Baik' | 'Cukup' | 'Kurang' | 'Jelek';

/**
 * PWS desa status (DOMAIN.md "PWS", from the PWS training material): at or above the target
 * line and rising → Baik; at/above and falling → Kurang; below and rising → Cukup; below and
 * falling → Jelek. "Rising" = this month's coverage is at least last month's: unchanged counts
 * as rising ("meningkat atau tetap").
 *
 * @example desaStatus(0.5, 0.45, 0.06, 0.07) // 'Kurang'
 */
export function desaStatus(cumulative: number, targetLine: number, thisMonth: number, lastMonth: number): DesaStatus {
  const above = cumulative >= targetLine - 1e-12; // fractions such as 0.9 × 6 / 12 carry float noise
  const rising = thisMonth >= lastMonth;
  if (above) return rising ? 'Baik' : 'Kurang';
  return rising ? 'Cukup' : 'Jelek';
}

/**
 * Ranks by value, highest first; equal values share a rank (1, 2, 2, 4); null stays unranked.
 *
 * @example rankDescending([0.5, null, 0.7, 0.5]) // [2, null, 1, 2]
 */
export function rankDescending(values: readonly (number | null)[]): (number | null)[] {
  // Highest first, each value's rank is 1 + the values above it: the place of its first copy.
  // Sorted once, not a count over every other value for each (kelurahan × antigen × kelurahan).
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  });
  return values.map((v) => (v === null ? null : rankOf.get(v)!));
}

export interface DropOut {
  /** Children with the pair's first dose (DPT-HB-Hib 1), cumulative. */
  first: number;
  /** Children with its last dose (DPT-HB-Hib 3, MR 1), cumulative. */
  last: number;
  /** (first − last) / first; null when nobody had the first dose. */
  rate: number | null;
  /** tinggi: above the threshold (a problem); negatif: more later doses than first ones (a data problem). */
  flag: 'tinggi' | 'negatif' | null;
}

/** Drop-out (DOMAIN.md "PWS"): (first − last) / first; above the threshold is a problem, negative is flagged. */
export function dropOut(first: number, last: number, threshold: number): DropOut {
  const rate = first > 0 ? (first - last) / first : null;
  const flag = rate === null ? null : rate < 0 ? 'negatif' : rate > threshold + 1e-12 ? 'tinggi' : null;
  return { first, last, rate, flag };
}
