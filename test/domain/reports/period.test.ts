import { Registers } from '../../../src/domain/registers/types';
import { latestDataMonth } from '../../../src/domain/reports/period';

const registers = (doses: string[], luar: [number, number][] = []): Registers =>
  ({
    bayi: doses.map((d, i) => ({ row: i + 2, doses: { hb0: d } })),
    bias: [],
    wus: [],
    caten: [],
    bumil: [],
    luar: luar.map(([tahun, bulan]) => ({ tahun, bulan, counts: {} })),
    stok: [],
  }) as unknown as Registers;

describe('latestDataMonth', () => {
  it('is the latest month with a dose, Imunisasi Luar or stock row, up to the reference date', () => {
    expect(latestDataMonth(registers(['2025-03-04', '2025-12-31']), '2026-01-05')).toEqual({ year: 2025, month: 12 });
    expect(latestDataMonth(registers(['2025-03-04', '2026-02-01']), '2026-01-05')).toEqual({ year: 2025, month: 3 });
    expect(latestDataMonth(registers(['2025-03-04'], [[2025, 11]]), '2026-01-05')).toEqual({ year: 2025, month: 11 });
    expect(latestDataMonth(registers(['2026-01-01']), '2026-01-05')).toEqual({ year: 2026, month: 1 });
  });

  it('is null for a workbook without dated data', () => {
    expect(latestDataMonth(registers([]), '2026-01-05')).toBeNull();
  });
});
