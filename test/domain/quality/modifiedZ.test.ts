import { median, modifiedZScores, OUTLIER_Z } from '../../../src/domain/quality/modifiedZ';

describe('modifiedZScores', () => {
  it('measures distance from the median in MADs (0.6745 (x − median) / MAD)', () => {
    // median 11.5; |deviations| 1.5, 0.5, 0.5, 28.5 → MAD 1
    const z = modifiedZScores([10, 11, 12, 40]);
    expect(z.map((v) => Math.round(v * 1000) / 1000)).toEqual([-1.012, -0.337, 0.337, 19.223]);
    expect(z[3]).toBeGreaterThan(OUTLIER_Z);
  });

  it('is not pulled by the outlier itself, unlike a mean and SD', () => {
    const months = [50, 52, 49, 51, 50, 48, 53, 50, 51, 49, 50, 150];
    const z = modifiedZScores(months);
    expect(z[11]).toBeGreaterThan(OUTLIER_Z);
    expect(z.slice(0, 11).every((v) => Math.abs(v) <= OUTLIER_Z)).toBe(true);
    // The classical z-score of the same month stays under 3.5: the spike inflates the SD.
    const mean = months.reduce((a, b) => a + b, 0) / months.length;
    const sd = Math.sqrt(months.reduce((a, b) => a + (b - mean) ** 2, 0) / (months.length - 1));
    expect((150 - mean) / sd).toBeLessThan(OUTLIER_Z);
  });

  it('uses the mean absolute deviation when most values are equal (MAD 0), and 0 when all are', () => {
    const z = modifiedZScores([5, 5, 5, 5, 5, 17]);
    // median 5, meanAD 2 → (17 − 5) / (1.253314 × 2)
    expect(z[5]).toBeCloseTo(12 / (1.253314 * 2), 6);
    expect(z[0]).toBe(0);
    expect(modifiedZScores([3, 3, 3])).toEqual([0, 0, 0]);
    expect(modifiedZScores([])).toEqual([]);
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
