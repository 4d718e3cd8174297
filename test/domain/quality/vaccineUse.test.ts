import { acceptableWastage, checkVaccineUse, VaccineUse } from '../../../src/domain/quality/vaccineUse';

const use = (extra: Partial<VaccineUse>): VaccineUse => ({ place: 'Puskesmas', vaccine: 'DPT-HB-Hib', groupKey: 'dpt', dosesPerVial: 5, period: 'Desember 2025', doses: 40, vials: 10, vialsAt: 'sheet Stok Vaksin baris 40', sizeAt: 'sheet Vaksin baris 5', ...extra });

describe('acceptableWastage (WHO by vial size)', () => {
  it.each([
    ['bcg', 20, 0.5],
    ['mr', 10, 0.25],
    ['polio', 20, 0.1],
    ['hb0', 1, 0.05],
    ['hpv', 2, 0.05],
    ['dpt', 5, 0.1],
    ['td', 10, 0.15],
    [null, 20, 0.15],
  ] as const)('%s in %i-dose vials: %d', (group, doses, rate) => expect(acceptableWastage(group, doses)).toBe(rate));
});

describe('checkVaccineUse', () => {
  it('IP above the doses a vial holds is impossible', () => {
    const [f] = checkVaccineUse([use({ doses: 60, vials: 10 })]);
    expect(f).toMatchObject({ kind: 'ip_mustahil', subject: 'DPT-HB-Hib, Desember 2025' });
    expect(f.message).toBe('IP 6,00 melebihi 5 dosis per kemasan: 60 dosis tidak mungkin diberikan dari 10 kemasan.');
    expect(f.look).toMatch(/kolom Dipakai \(sheet Stok Vaksin baris 40\)/);
  });

  it('wastage above WHO’s rate for the vial, with the Kemenkes reference IP said when it is met', () => {
    const [f] = checkVaccineUse([use({ doses: 35, vials: 10, referenceIp: 3.5 })]);
    expect(f.kind).toBe('wastage_tinggi');
    expect(f.figures).toMatch(/wastage 30,0% \(batas WHO 10,0%\)/);
    expect(f.look).toMatch(/^IP 3,50 tidak di bawah IP acuan Kemenkes \(3,5\)/);
    // 10% wastage of a 5-dose vial is acceptable; exactly 5 doses a vial too.
    expect(checkVaccineUse([use({ doses: 45, vials: 10 }), use({ doses: 50, vials: 10 })])).toEqual([]);
    expect(checkVaccineUse([use({ vials: 0 })])).toEqual([]);
  });
});
