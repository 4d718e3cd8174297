import { addDaysIso, addMonthsIso, daysBetween, isIsoDate, isoDate } from '../../../src/domain/dates/isoDate';

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
});
