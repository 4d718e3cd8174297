import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { PRESETS } from '../../../src/domain/rules/presets';
import { computeStatus } from '../../../src/domain/status/computeStatus';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../../src/sample/generateSample';
import { injectErrors } from '../../../src/sample/injectErrors';
import { sampleSpecs } from '../../../src/sample/sampleSpecs';

/*
 * The monthly report's status (schedules: false) is the full engine's, less the infants' open
 * doses: the same persons, T doses, IDL/IBL and findings, on a generated workbook with errors.
 */
describe('computeStatus with schedules: false', () => {
  it('gives every figure the reports read as the full engine does, and no open infant doses', async () => {
    const sample = generateSample({ seed: 7, year: 2025, kelurahan: 3 });
    injectErrors(sample);
    const { registers } = readRegisters(readWorkbookBytes(await writeWorkbook(sampleSpecs(sample))), { today: '2025-12-31' });
    const full = computeStatus(registers, PRESETS.td, { today: '2025-12-31' });
    const lean = computeStatus(registers, PRESETS.td, { today: '2025-12-31', schedules: false });
    expect(full.persons.some((p) => (p.infant?.open.length ?? 0) > 0)).toBe(true);
    expect(full.persons.some((p) => p.infant?.idl?.reached)).toBe(true);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.persons.every((p) => p.infant === null || p.infant.open.length === 0)).toBe(true);
    const withoutOpen = (r: typeof full) => r.persons.map((p) => ({ ...p, infant: p.infant ? { ...p.infant, open: [] } : null }));
    expect(withoutOpen(lean)).toEqual(withoutOpen(full));
  });
});
