import { missingTemplateSpecs } from '../../src/app/prepareTemplate';
import { SHEETS } from '../../src/domain/schema/registers';

describe('missingTemplateSpecs', () => {
  it('returns blank register sheets for the standard sheets a workbook lacks, by name or alias', () => {
    const specs = missingTemplateSpecs(['identitas puskesmas', 'Kohort Bayi', 'Sheet1']);
    expect(specs.map((s) => s.name)).toEqual(SHEETS.filter((s) => !['puskesmas', 'bayi'].includes(s.key)).map((s) => s.name));
    expect(specs.every((s) => s.role === 'register')).toBe(true);
  });

  it('adds the Target sheet of the given year when no sheet carries its name or an alias', () => {
    const specs = missingTemplateSpecs(SHEETS.map((s) => s.name), 2027);
    expect(specs.map((s) => s.name)).toEqual(['Target']);
    expect(specs[0].role).toBe('register');
    expect(specs[0].values[2]).toEqual(['Indikator', 'Keterangan', 2027]);
    expect(missingTemplateSpecs([...SHEETS.map((s) => s.name), 'target tahunan'], 2027)).toEqual([]);
  });

  it('returns nothing for a complete workbook', () => {
    expect(missingTemplateSpecs(SHEETS.map((s) => s.name))).toEqual([]);
  });
});
