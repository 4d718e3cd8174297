import { vaccineGroupOf, VACCINE_GROUPS } from '../../../src/domain/reports/vaccines';

describe('vaccine codes', () => {
  it.each([
    ['DPT-HB-HIB', null, 'dpt'],
    ['dpt hb hib', null, 'dpt'],
    ['Pentavalen', null, 'dpt'],
    ['bOPV', null, 'polio'],
    ['TT', null, 'td'],
    ['Td', null, 'td'],
    ['Campak', null, 'mr'],
    ['HB Uniject', null, 'hb0'],
    // The thesis's Vaksin table numbers its codes: the name says which vaccine it is.
    ['01', 'BCG', 'bcg'],
    ['02', 'DPT', 'dpt'],
    ['05', 'HB', 'hb0'],
    ['X1', 'DPT-HB-Hib (pentavalen)', 'dpt'],
  ])('%s / %s → %s', (kode, nama, group) => {
    expect(vaccineGroupOf(kode, nama)?.key).toBe(group);
  });

  it('does not guess an unknown vaccine', () => {
    expect(vaccineGroupOf('JE', 'Japanese Encephalitis')).toBeNull();
    expect(vaccineGroupOf('01', null)).toBeNull();
  });

  it('gives every register dose to exactly one vaccine', () => {
    const served = VACCINE_GROUPS.flatMap((g) => Object.entries(g.serves).flatMap(([sheet, keys]) => keys!.map((k) => `${sheet}:${k}`)));
    expect(new Set(served).size).toBe(served.length);
    const luar = VACCINE_GROUPS.flatMap((g) => g.luar);
    expect(new Set(luar).size).toBe(luar.length);
  });
});
