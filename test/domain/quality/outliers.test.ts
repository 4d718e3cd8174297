import { checkMonthAgainstEarlier, checkMonthlyOutliers } from '../../../src/domain/quality/outliers';

describe('checkMonthlyOutliers', () => {
  it('finds a month far above the rest (a double entry) and names its register rows', () => {
    const counts = [50, 52, 49, 51, 50, 98, 53, 50];
    const rows = counts.map((_, i) => (i === 5 ? [12, 14, 13] : []));
    const [f] = checkMonthlyOutliers([{ place: 'Puskesmas', subject: 'BCG', counts, rows }], 2025);
    expect(f).toMatchObject({ kind: 'pencilan_bulanan', subject: 'BCG, Juni 2025' });
    expect(f.message).toMatch(/jauh di atas bulan-bulan lain/);
    expect(f.look).toMatch(/\(baris 12, 13, 14\)/);
  });

  it('finds a month far below (not yet entered)', () => {
    const [f] = checkMonthlyOutliers([{ place: 'Puskesmas', subject: 'MR 1', counts: [40, 42, 41, 39, 3, 40] }], 2025);
    expect(f.subject).toBe('MR 1, Mei 2025');
    expect(f.look).toMatch(/sudah lengkap dientri/);
  });

  it('needs four months, and a few doses off is no finding however small the months are', () => {
    expect(checkMonthlyOutliers([{ place: 'P', subject: 'BCG', counts: [50, 52, 150] }], 2025)).toEqual([]);
    expect(checkMonthlyOutliers([{ place: 'P', subject: 'BCG', counts: [1, 1, 1, 1, 1, 4] }], 2025)).toEqual([]);
    expect(checkMonthlyOutliers([{ place: 'P', subject: 'BCG', counts: [50, 52, 49, 51, 50, 48] }], 2025)).toEqual([]);
  });
});

describe('checkMonthAgainstEarlier (Dinkes: month M against the months before)', () => {
  it('flags a month outside mean ± 3√mean', () => {
    // Earlier months average (550 − 100) / 9 = 50: limits 28,8–71,2.
    const f = checkMonthAgainstEarlier('Puskesmas A', 'BCG', 100, 550, 10, 2025);
    expect(f?.figures).toBe('Oktober 2025: 100 dosis · rata-rata Januari–September: 50,0 · batas 28,8–71,2');
    expect(checkMonthAgainstEarlier('Puskesmas A', 'BCG', 10, 460, 10, 2025)?.message).toMatch(/di bawah/);
    expect(checkMonthAgainstEarlier('Puskesmas A', 'BCG', 60, 510, 10, 2025)).toBeNull();
    expect(checkMonthAgainstEarlier('Puskesmas A', 'BCG', 100, 150, 2, 2025)).toBeNull();
  });
});
