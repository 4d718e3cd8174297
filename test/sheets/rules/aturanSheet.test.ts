import { readAturan } from '../../../src/domain/rules/aturan/readAturan';
import { unknownAturanFindings } from '../../../src/domain/rules/aturan/catalog';
import { applyAturan } from '../../../src/domain/rules/loadRules';
import { PRESETS } from '../../../src/domain/rules/presets';
import { Cell } from '../../../src/domain/raw';
import { aturanSheetSpec } from '../../../src/sheets/rules/aturanSheet';
import { roundTrip } from '../../helpers/workbook';

describe('the template Aturan sheet', () => {
  const spec = aturanSheetSpec();
  const read = (values: Cell[][]) => readAturan(roundTrip({ Aturan: values }))!;

  it('lists every rule with a blank value and each preset\'s value in Keterangan', () => {
    expect(spec.values[2]).toEqual(['Aturan', 'Nilai', 'Keterangan']);
    expect(spec.values.find((r) => r[0] === 'Jarak minimal T3')).toEqual(['Jarak minimal T3', null, expect.stringMatching(/^Bawaan: 6 bulan\. Jarak minimal dosis yang membawa ke T3/)]);
    expect(spec.values.find((r) => r[0] === 'Umur MR 1')).toEqual(['Umur MR 1', null, expect.stringMatching(/^Bawaan: 9 bulan\./)]);
  });

  it('as written, changes nothing under either skema and raises no finding', () => {
    const aturan = read(spec.values as Cell[][]);
    expect([...aturan.findings, ...unknownAturanFindings(aturan)]).toEqual([]);
    expect(aturan.rows.size).toBe(spec.values.length - 3);
    for (const preset of [PRESETS.td, PRESETS.tt2005]) expect(applyAturan(preset, aturan)).toEqual({ rules: preset, overrides: [], findings: [] });
  });

  it('once a value is typed, overrides that rule only', () => {
    const values = spec.values.map((r) => (r[0] === 'Batas terlambat' ? [r[0], '2 bulan', r[2]] : r)) as Cell[][];
    const { rules, overrides } = applyAturan(PRESETS.td, read(values));
    expect(overrides).toEqual([{ name: 'Batas terlambat', value: '2 bulan', row: expect.any(Number) }]);
    expect(rules).toEqual({ ...PRESETS.td, overdueAfter: { amount: 2, unit: 'bulan' } });
  });
});
