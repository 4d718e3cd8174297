import { checkLastYear } from '../../../src/domain/quality/lastYear';

describe('checkLastYear', () => {
  it('flags a change beyond ±33% from the same months last year, both ways', () => {
    const findings = checkLastYear({ place: 'Puskesmas', current: { bcg: 600, dpt1: 300, mr1: 580, hb0: 4 }, lastYear: { bcg: 590, dpt1: 600, mr1: 400, hb0: 9 }, months: 'Januari–Desember', year: 2025 });
    expect(findings.map((f) => [f.subject, f.figures])).toEqual([
      ['DPT-HB-Hib 1, Januari–Desember', '2025: 300 · 2024: 600 · perubahan -50,0%'],
      ['MR 1, Januari–Desember', '2025: 580 · 2024: 400 · perubahan +45,0%'],
    ]);
    expect(findings[0].message).toMatch(/turun 50,0% dari periode yang sama tahun 2024/);
    expect(findings[0].look).toMatch(/register 2025 sudah lengkap dientri/);
  });

  it('a figure last year lacks is not compared; from zero is a change', () => {
    expect(checkLastYear({ place: 'P', current: { bcg: 50 }, lastYear: {}, months: 'x', year: 2025 })).toEqual([]);
    expect(checkLastYear({ place: 'P', current: { bcg: 50 }, lastYear: { bcg: 0 }, months: 'x', year: 2025 })[0].figures).toMatch(/perubahan dari 0/);
  });
});
