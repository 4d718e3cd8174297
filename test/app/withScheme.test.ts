import { withScheme } from '../../src/app/withScheme';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, rawSheet } from '../helpers/workbook';

const read = (workbook: Parameters<typeof readRegisters>[0]) => readRegisters(workbook, { today: '2025-12-31' });

describe('withScheme', () => {
  it('makes the reader see the chosen scheme, leaving everything else and the original as they were', () => {
    const workbook = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS), rawSheet('Kelurahan', KELURAHAN_ROWS)] };
    const copy = JSON.parse(JSON.stringify(workbook));
    expect(read(workbook).registers.puskesmas?.skema).toBe('td');
    const chosen = withScheme(workbook, '2005 (TT)');
    expect(read(chosen).registers.puskesmas?.skema).toBe('tt2005');
    expect(read(chosen).registers.puskesmas?.kode).toBe(read(workbook).registers.puskesmas?.kode);
    expect(chosen.sheets[1]).toBe(workbook.sheets[1]);
    expect(workbook).toEqual(copy);
  });

  it('finds the value past a lone ":" and adds the row when the sheet has none', () => {
    const withColon = PUSKESMAS_ROWS.map((r) => (r[0] === 'Skema' ? ['Skema TT', ':', '2005 (TT)'] : r));
    expect(read(withScheme({ sheets: [rawSheet('Puskesmas', withColon)] }, 'Td terkini')).registers.puskesmas?.skema).toBe('td');
    const without = PUSKESMAS_ROWS.filter((r) => r[0] !== 'Skema');
    const added = read(withScheme({ sheets: [rawSheet('Puskesmas', without)] }, '2005 (TT)'));
    expect(added.registers.puskesmas?.skema).toBe('tt2005');
    expect(added.findings.some((f) => f.column === 'Skema')).toBe(false);
  });
});
