import { defaultPeriod, MONTHS } from '../../src/ui/period';

describe('defaultPeriod', () => {
  it('offers last month until the 10th (the report deadline), this month afterwards', () => {
    expect(defaultPeriod({ year: 2025, month: 11, day: 10 })).toEqual({ year: 2025, month: 10 });
    expect(defaultPeriod({ year: 2025, month: 11, day: 11 })).toEqual({ year: 2025, month: 11 });
    expect(defaultPeriod({ year: 2026, month: 1, day: 3 })).toEqual({ year: 2025, month: 12 });
  });

  it('names the months in Indonesian', () => {
    expect(MONTHS.map((m) => m.name)).toEqual(['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);
  });
});
