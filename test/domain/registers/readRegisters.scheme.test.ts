import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { readRegistersKeeping, readRegistersKept } from '../../../src/app/keptRegisters';
import { monthlyReport } from '../../../src/app/monthlyReport';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, rawSheet } from '../../helpers/workbook';

const TODAY = '2025-12-31';

describe('the scheme chosen for a run travels as an argument', () => {
  it('stands for the Skema cell without touching the workbook', () => {
    const workbook = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS), rawSheet('Kelurahan', KELURAHAN_ROWS)] };
    const copy = JSON.parse(JSON.stringify(workbook));
    const own = readRegisters(workbook, { today: TODAY });
    const chosen = readRegisters(workbook, { today: TODAY, scheme: 'tt2005' });
    expect(own.registers.puskesmas?.skema).toBe('td');
    expect(chosen.registers.puskesmas?.skema).toBe('tt2005');
    expect(chosen.registers.puskesmas?.kode).toBe(own.registers.puskesmas?.kode);
    expect(chosen.findings).toEqual(own.findings);
    expect(workbook).toEqual(copy);
  });

  it('a missing or unreadable Skema cell is no finding when the run names the scheme', () => {
    const without = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS.filter((r) => r[0] !== 'Skema'))] };
    expect(readRegisters(without, { today: TODAY }).findings.some((f) => f.column === 'Skema')).toBe(true);
    const added = readRegisters(without, { today: TODAY, scheme: 'tt2005' });
    expect(added.registers.puskesmas?.skema).toBe('tt2005');
    expect(added.findings.some((f) => f.column === 'Skema')).toBe(false);

    const wrong = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS.map((r) => (r[0] === 'Skema' ? ['Skema TT', ':', 'TT lama'] : r)))] };
    expect(readRegisters(wrong, { today: TODAY }).findings.some((f) => f.column === 'Skema' && f.code === 'VALUE_INVALID')).toBe(true);
    expect(readRegisters(wrong, { today: TODAY, scheme: 'td' }).findings.some((f) => f.column === 'Skema')).toBe(false);
  });

  it('a reading kept for the next report serves whichever scheme that report picks', () => {
    const workbook = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS), rawSheet('Kelurahan', KELURAHAN_ROWS)] };
    expect(readRegistersKeeping(workbook, { today: TODAY }).registers.puskesmas?.skema).toBe('td');
    const kept = readRegistersKept(workbook, { today: TODAY, scheme: 'tt2005' });
    expect(kept.registers.puskesmas?.skema).toBe('tt2005');
    expect(kept).toEqual(readRegisters(workbook, { today: TODAY, scheme: 'tt2005' }));
  });

  it('the monthly report names the chosen scheme', () => {
    const workbook = { sheets: [rawSheet('Puskesmas', PUSKESMAS_ROWS), rawSheet('Kelurahan', KELURAHAN_ROWS)] };
    const options = { year: 2025, month: 12, today: TODAY, generatedAt: '2025-12-31T09:00:00+07:00' };
    const text = (scheme?: 'tt2005') => JSON.stringify(monthlyReport(workbook, { ...options, scheme }).specs[0].values);
    expect(text()).toContain('Td terkini');
    expect(text('tt2005')).toContain('2005 (TT)');
    expect(text('tt2005')).not.toContain('Td terkini');
  });
});
