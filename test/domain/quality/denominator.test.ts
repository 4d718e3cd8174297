import { checkDenominators } from '../../../src/domain/quality/denominator';
import { QualityUnit } from '../../../src/domain/quality/units';

const unit = (births: number | null, kumulatif: Record<string, number>, sasaran = 100): QualityUnit => ({
  place: 'Cebongan (K01)',
  kumulatif,
  sasaran: Object.fromEntries(Object.keys(kumulatif).map((k) => [k, sasaran])),
  births,
});

describe('checkDenominators', () => {
  it('puts the register births beside a sasaran exceeded: more births than sasaran → update the sasaran', () => {
    const [f] = checkDenominators([unit(55, { bcg: 120, dpt1: 110, mr1: 90 })], { month: 6, period: 'Januari–Juni 2025' });
    expect(f).toMatchObject({ kind: 'cakupan_di_atas_100', subject: 'BCG 120,0%, DPT-HB-Hib 1 110,0%' });
    expect(f.figures).toBe('sasaran 100 · BCG 120 dosis · kelahiran di register 55 (≈ 110 setahun)');
    expect(f.look).toMatch(/sasaran bayi tampaknya terlalu kecil\. Perbarui Sasaran Bayi di sheet Kelurahan/);
  });

  it('fewer births than sasaran → the doses are the suspects (babies from outside, double rows)', () => {
    const [f] = checkDenominators([unit(80, { bcg: 104 })], { month: 12, period: 'Januari–Desember 2025' });
    expect(f.figures).toBe('sasaran 100 · BCG 104 dosis · kelahiran di register 80');
    expect(f.look).toMatch(/bukan karena sasaran: periksa Kode Kelurahan bayi dari luar wilayah/);
  });

  it('without births (a Data Laporan at Dinkes) says where to compare; nothing at or under 100% or without sasaran', () => {
    expect(checkDenominators([unit(null, { bcg: 101 })], { month: 12, period: 'x' })[0].look).toMatch(/Bandingkan sasaran dengan kelahiran/);
    expect(checkDenominators([unit(80, { bcg: 100, dpt1: 99 })], { month: 12, period: 'x' })).toEqual([]);
    expect(checkDenominators([{ ...unit(80, { bcg: 150 }), sasaran: { bcg: null } }], { month: 12, period: 'x' })).toEqual([]);
  });
});
