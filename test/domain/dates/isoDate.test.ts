import { addDaysIso, addMonthsIso, daysBetween, isIsoDate, isoDate, monthOf, yearOf } from '../../../src/domain/dates/isoDate';

describe('IsoDate arithmetic', () => {
  it('clamps month arithmetic to the month end', () => {
    expect(addMonthsIso('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('crosses year ends and leap days by days', () => {
    expect(addDaysIso('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDaysIso('2024-02-01', 28)).toBe('2024-02-29');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('knows which days exist', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2025, 4, 31)).toBeNull();
    expect(isoDate(24, 1, 1)).toBe('0024-01-01');
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('reads the year and month digit by digit, and anything else as Number() of its slice did', () => {
    expect([yearOf('2025-12-01'), monthOf('2025-12-01')]).toEqual([2025, 12]);
    expect([yearOf('0024-01-31'), monthOf('0024-01-31')]).toEqual([24, 1]);
    for (const odd of ['', '2025', '202', ' 2025-1-5', '2025-1-05', 'abcd-ef-gh', '+123-+1-01', '1e30-00-00', '20x5-12-01']) {
      expect([yearOf(odd), monthOf(odd)]).toEqual([Number(odd.slice(0, 4)), Number(odd.slice(5, 7))]);
    }
  });
});
