import { SheetSpec } from '../../src/sheets/spec';
import { numberedName, planSheetWrites } from '../../src/sheets/writePlan';

const report = (name: string): SheetSpec => ({ name, role: 'report', values: [['mark']] });
const register = (name: string): SheetSpec => ({ name, role: 'register', values: [['Kode']] });

describe('planSheetWrites', () => {
  it('creates new sheets, replaces only its own, and never plans anything on a register that exists', () => {
    const plan = planSheetWrites(
      [{ name: 'Kelurahan', ours: false }, { name: 'laporan bulanan', ours: true }],
      [report('Laporan Bulanan'), report('Grafik PWS'), register('Kelurahan'), register('Vaksin')],
    );
    expect(plan.writes.map((w) => [w.kind, w.name])).toEqual([
      ['replace', 'laporan bulanan'],
      ['create', 'Grafik PWS'],
      ['skip', 'Kelurahan'],
      ['create', 'Vaksin'],
    ]);
    expect(plan.renames).toEqual([]);
  });

  it("gives a report the next free name when a person's sheet holds its own, reusing its earlier one", () => {
    const existing = [
      { name: 'Status T', ours: false },
      { name: 'Status T (2)', ours: false },
      { name: 'Status T (3)', ours: true },
      { name: 'Jadwal Bulan Ini', ours: false },
    ];
    const plan = planSheetWrites(existing, [report('Status T'), report('Jadwal Bulan Ini')]);
    expect(plan.writes.map((w) => [w.kind, w.name])).toEqual([
      ['replace', 'Status T (3)'],
      ['create', 'Jadwal Bulan Ini (2)'],
    ]);
    expect(plan.renames).toEqual([
      { wanted: 'Status T', used: 'Status T (3)' },
      { wanted: 'Jadwal Bulan Ini', used: 'Jadwal Bulan Ini (2)' },
    ]);
  });

  it('keeps numbered names within 31 characters and refuses two specs of one name', () => {
    expect(numberedName('Rencana Kebutuhan Vaksin Tahunan', 2)).toBe('Rencana Kebutuhan Vaksin Ta (2)');
    expect(numberedName('Rencana Kebutuhan Vaksin Tahunan', 2)).toHaveLength(31);
    expect(() => planSheetWrites([], [report('A'), report('a')])).toThrow(/share the name/);
  });
});
