import { normalizeName } from '../../../src/domain/read/normalize';
import { SHEETS } from '../../../src/domain/schema/registers';

describe('the register standard', () => {
  it.each(SHEETS.map((s) => [s.name, s] as const))('%s: every header and alias names one column only', (_name, sheet) => {
    const owner = new Map<string, string>();
    for (const column of sheet.columns) {
      for (const name of [column.header, ...(column.aliases ?? [])]) {
        const key = normalizeName(name);
        expect(owner.get(key) ?? column.key).toBe(column.key);
        owner.set(key, column.key);
      }
    }
  });

  it('gives sheets unique names and aliases', () => {
    const names = SHEETS.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map(normalizeName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps column keys unique within a sheet and gives each a hint', () => {
    for (const sheet of SHEETS) {
      const keys = sheet.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of sheet.columns) expect(c.hint.length).toBeGreaterThan(5);
    }
  });
});
