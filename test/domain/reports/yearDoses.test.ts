import { PersonRow } from '../../../src/domain/registers/types';
import { monthData } from '../../../src/domain/reports/monthData';
import { yearDoseEntries, yearDoses } from '../../../src/domain/reports/yearDoses';
import { Registers } from '../../../src/domain/registers/types';

const person = (row: number, doses: Record<string, string>): PersonRow => ({
  sheet: 'bayi',
  row,
  id: null,
  nik: null,
  kodeKK: null,
  noUrut: null,
  nama: `Bayi ${row}`,
  jk: null,
  tanggalLahir: null,
  kodeKelurahan: 'K01',
  alamat: null,
  noHp: null,
  posyandu: null,
  doses,
});

// December of the year before is slot 0; other years are outside the grid.
const bayi = [
  person(5, { hb0: '2025-01-03', bcg: '2025-02-10' }),
  person(6, { hb0: '2024-12-30', bcg: '2024-11-02', polio1: '2026-01-02' }),
  person(9, { bcg: '2025-02-01', polio1: '2025-12-31' }),
];

describe('yearDoses', () => {
  it('finds every dose key of the year in one walk: rows (indices) and slots in row order, and counts per slot', () => {
    const byKey = yearDoses(bayi, 2025);
    expect([...byKey.keys()].sort()).toEqual(['bcg', 'hb0', 'polio1']);
    expect(byKey.get('hb0')).toMatchObject({ rows: [0, 1], slots: [1, 0] });
    expect(byKey.get('hb0')!.perSlot).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(byKey.get('bcg')).toMatchObject({ rows: [0, 2], slots: [2, 2] });
    expect(byKey.get('bcg')!.perSlot[2]).toBe(2);
    expect(byKey.get('polio1')).toMatchObject({ rows: [2], slots: [12] });
  });

  it('answers for the year asked, not a year found before', () => {
    expect(yearDoses(bayi, 2025).get('polio1')!.rows).toEqual([2]);
    expect(yearDoses(bayi, 2026).get('polio1')).toMatchObject({ rows: [1, 2], slots: [1, 0] });
    expect(yearDoses(bayi, 2026).has('hb0')).toBe(false);
  });

  it('gives no entries for a key without a date in the year, in the order the keys were asked', () => {
    const [polio1, ipv, hb0] = yearDoseEntries(bayi, ['polio1', 'ipv', 'hb0'], 2025);
    expect(polio1.rows).toEqual([2]);
    expect(ipv).toMatchObject({ rows: [], slots: [], perSlot: new Array(13).fill(0) });
    expect(hb0.rows).toEqual([0, 1]);
  });

  it("gives monthData the month's register doses over every person register", () => {
    const registers = { bayi, bias: [], wus: [], caten: [], bumil: [person(3, { td1: '2025-02-14' })], luar: [], stok: [] } as unknown as Registers;
    expect(monthData(registers, 2025, 2)).toEqual({ year: 2025, month: 2, registerDoses: 3, luarRows: 0, stockRows: 0 });
    expect(monthData(registers, 2024, 12)).toEqual({ year: 2024, month: 12, registerDoses: 1, luarRows: 0, stockRows: 0 });
  });
});
