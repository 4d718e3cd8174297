import { checkDoseOrder, REPORT_ORDER_TOLERANCE } from '../../../src/domain/quality/doseOrder';
import { QualityUnit } from '../../../src/domain/quality/units';

const unit = (kumulatif: Record<string, number>, extra: Partial<QualityUnit> = {}): QualityUnit => ({ place: 'Ledok (K04)', kumulatif, sasaran: {}, births: null, ...extra });
const PERIOD = 'Januari–Desember 2025';

describe('checkDoseOrder', () => {
  it('finds a later dose above the one before it (DPT-HB-Hib 3 > DPT-HB-Hib 2), naming the rows without the earlier dose', () => {
    const findings = checkDoseOrder([unit({ dpt1: 40, dpt2: 38, dpt3: 45, mr1: 30 }, { withoutPrevious: { 'dpt2>dpt3': [17, 9, 33] } })], PERIOD);
    const order = findings.filter((f) => f.kind === 'urutan_dosis');
    expect(order).toHaveLength(1);
    expect(order[0]).toMatchObject({ place: 'Ledok (K04)', subject: 'DPT-HB-Hib 2 → DPT-HB-Hib 3', figures: 'DPT-HB-Hib 2: 38 · DPT-HB-Hib 3: 45' });
    expect(order[0].message).toMatch(/DPT-HB-Hib 3 \(45\) lebih banyak dari DPT-HB-Hib 2 \(38\) pada Januari–Desember 2025/);
    expect(order[0].look).toMatch(/^Register Bayi baris 9, 17, 33 berisi DPT-HB-Hib 3 tanpa tanggal DPT-HB-Hib 2/);
  });

  it('finds a negative drop-out (DPT-HB-Hib 3 > DPT-HB-Hib 1 and MR 1 > DPT-HB-Hib 1)', () => {
    const findings = checkDoseOrder([unit({ dpt1: 40, dpt2: 42, dpt3: 44, mr1: 50 })], PERIOD).filter((f) => f.kind === 'drop_out_negatif');
    expect(findings.map((f) => f.subject)).toEqual(['Drop-out DPT-HB-Hib 1 – DPT-HB-Hib 3', 'Drop-out DPT-HB-Hib 1 – MR 1']);
    expect(findings[1].figures).toBe('DPT-HB-Hib 1: 40 · MR 1: 50 · drop-out -25,0%');
    expect(checkDoseOrder([unit({ dpt1: 0, mr1: 3 })], PERIOD)[0].figures).toMatch(/drop-out tidak terhingga/);
  });

  it('leaves consistent figures alone, and an excess the babies dosed last year explain', () => {
    expect(checkDoseOrder([unit({ polio1: 50, polio2: 50, polio3: 48, polio4: 47, dpt1: 50, dpt2: 49, dpt3: 49, mr1: 45 })], PERIOD)).toEqual([]);
    const carried = unit({ polio1: 50, polio2: 53 }, { carriedOver: { 'polio1>polio2': 3 } });
    expect(checkDoseOrder([carried], PERIOD)).toEqual([]);
    expect(checkDoseOrder([{ ...carried, carriedOver: { 'polio1>polio2': 2 } }], PERIOD)).toHaveLength(1);
  });
});

describe('checkDoseOrder at Dinkes (no registers: a tolerance for babies dosed last year)', () => {
  it('allows 20% of the earlier dose (at least 5), then finds the rest', () => {
    const check = (kumulatif: Record<string, number>) => checkDoseOrder([unit(kumulatif)], PERIOD, 'register bayi puskesmas', REPORT_ORDER_TOLERANCE);
    expect(check({ dpt1: 100, dpt2: 120 })).toEqual([]);
    expect(check({ dpt1: 100, dpt2: 121 })).toHaveLength(1);
    expect(check({ dpt1: 10, dpt2: 15 })).toEqual([]);
    expect(check({ dpt1: 10, dpt2: 16, dpt3: 0 })).toHaveLength(1);
  });
});
