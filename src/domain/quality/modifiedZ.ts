/**
 * Modified z-scores (Iglewicz & Hoaglin 1993, "How to Detect and Handle Outliers"): each value's
 * distance from the median in units of the median absolute deviation, M = 0.6745 (x − median) /
 * MAD. Median and MAD are not pulled by the outlier itself, so it works on the few points of a
 * year of months where a mean and SD would not (the WHO data-quality review recommends it for
 * small series). When more than half the values are equal (MAD = 0) the mean absolute
 * deviation stands in: M = (x − median) / (1.253314 × meanAD). All values equal: all 0.
 */
export function modifiedZScores(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const med = median(values);
  const deviations = values.map((v) => Math.abs(v - med));
  const mad = median(deviations);
  if (mad > 0) return values.map((v) => (0.6745 * (v - med)) / mad);
  const meanAd = deviations.reduce((a, b) => a + b, 0) / values.length;
  if (meanAd === 0) return values.map(() => 0);
  return values.map((v) => (v - med) / (1.253314 * meanAd));
}

/** |M| above 3.5 is an outlier (Iglewicz & Hoaglin's recommended cut-off). */
export const OUTLIER_Z = 3.5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
