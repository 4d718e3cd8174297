import { desaStatus, dropOut, rankDescending, targetLine } from '../../../src/domain/reports/desaStatus';

describe('PWS rules', () => {
  it('draws the target line as target × month ÷ 12 (90% → 7.5% a month)', () => {
    expect(targetLine(0.9, 1)).toBeCloseTo(0.075, 12);
    expect(targetLine(0.9, 6)).toBeCloseTo(0.45, 12);
    expect(targetLine(0.8, 12)).toBeCloseTo(0.8, 12);
  });

  it.each([
    // cumulative, target line, this month, last month → status
    [0.5, 0.45, 0.08, 0.07, 'Baik'],
    [0.5, 0.45, 0.07, 0.07, 'Baik'], // unchanged counts as rising
    [0.45, 0.45, 0.06, 0.07, 'Kurang'], // exactly on the line is "at/above"
    [0.4, 0.45, 0.08, 0.07, 'Cukup'],
    [0.4, 0.45, 0.06, 0.07, 'Jelek'],
  ])('cumulative %p against %p, this month %p vs %p → %s', (cum, line, now, last, status) => {
    expect(desaStatus(cum, line, now, last)).toBe(status);
  });

  it('is not fooled by float noise on the line: 0.9 × 6 / 12 reached by 45 of 100', () => {
    expect(desaStatus(45 / 100, targetLine(0.9, 6), 0.1, 0.1)).toBe('Baik');
  });

  it('ranks highest first, ties sharing a rank, unknown coverage unranked', () => {
    expect(rankDescending([0.5, null, 0.7, 0.5, 0.1])).toEqual([2, null, 1, 2, 4]);
  });

  it('computes drop-out, flags it above the threshold and when negative', () => {
    expect(dropOut(100, 95, 0.05)).toEqual({ first: 100, last: 95, rate: 0.05, flag: null });
    expect(dropOut(100, 94, 0.05)).toEqual({ first: 100, last: 94, rate: 0.06, flag: 'tinggi' });
    expect(dropOut(50, 55, 0.05)).toEqual({ first: 50, last: 55, rate: -0.1, flag: 'negatif' });
    expect(dropOut(0, 3, 0.05)).toEqual({ first: 0, last: 3, rate: null, flag: null });
  });
});
