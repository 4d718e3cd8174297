import { ImunisasiLuar } from '../../../src/domain/registers/types';
import { kelurahanIndex, tallyLuar } from '../../../src/domain/reports/tally';
import { luarEntries } from '../../../src/domain/reports/yearLuar';

const luar = (row: number, tahun: number | null, bulan: number | null, kodeKelurahan: string | null, counts: Record<string, number>): ImunisasiLuar => ({ row, tahun, bulan, kodeKelurahan, fasilitas: 'RSUD', counts });

// December of the year before is slot 0; other years, and rows without a month, are outside the grid.
const rows = [
  luar(2, 2025, 3, 'K01', { bcg: 2, hb0: 0, bumilT2: 1, bumilT4: 1 }),
  luar(3, 2024, 12, 'K02', { bcg: 1, bumilT3: 2 }),
  luar(4, 2024, 11, 'K01', { bcg: 5 }),
  luar(5, 2025, null, 'K01', { bcg: 7 }),
  luar(6, 2025, 3, 'K09', { bcg: 1, bumilT2: 1, bumilT5: -1 }),
];

describe('luarEntries', () => {
  it("lists one column's non-zero counts of the year in row order, with their slots", () => {
    expect(luarEntries(rows, ['bcg'], 2025)).toEqual({ rows: [0, 1, 4], slots: [3, 0, 3], counts: [2, 1, 1] });
    expect(luarEntries(rows, ['hb0'], 2025)).toEqual({ rows: [], slots: [], counts: [] });
    expect(luarEntries(rows, ['bcg'], 2024)).toEqual({ rows: [1, 2], slots: [12, 11], counts: [1, 5] });
  });

  it('sums several columns row by row, leaving out a row whose sum is 0', () => {
    expect(luarEntries(rows, ['bumilT2', 'bumilT3', 'bumilT4', 'bumilT5'], 2025)).toEqual({ rows: [0, 1], slots: [3, 0], counts: [2, 2] });
  });
});

describe('tallyLuar', () => {
  it('adds the counts per kelurahan (unlisted codes on the last row) and lists the rows behind them', () => {
    const grid = tallyLuar(rows, { bcg: ['bcg'], bumil_t2plus: ['bumilT2', 'bumilT3', 'bumilT4', 'bumilT5'] }, 2025, kelurahanIndex(['K01', 'K02'])).get('bcg')!;
    expect(grid.luar.map((slots) => slots[0] + slots[3])).toEqual([2, 1, 1]);
    expect(grid.luarRows[0][3]).toEqual([2]);
    expect(grid.luarRows[2][3]).toEqual([6]);
  });

  it('adds them for the puskesmas in one bucket', () => {
    const grid = tallyLuar(rows, ['bcg'], 2025, kelurahanIndex([])).get('bcg')!;
    expect(grid.luar[0]).toEqual([1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(grid.luarRows[0][3]).toEqual([2, 6]);
  });
});
