import { TOTAL } from '../../../src/domain/dataLaporan/types';
import { RegisterRecount, verificationRows } from '../../../src/domain/quality/verification';
import { syntheticReport } from '../../../src/sample/syntheticReport';

/** Two Data Laporan of the same puskesmas that differ where the test says. */
function pair() {
  const reported = syntheticReport(3, 'P01', { kelurahan: 2, dibuat: '2025-12-20T10:00:00+07:00' });
  const recount = { ...syntheticReport(3, 'P01', { kelurahan: 2 }), dibuat: null };
  return { reported, recount };
}
const set = (data: ReturnType<typeof syntheticReport>, kode: string, indikator: string, nilai: number) => {
  data.rows = data.rows.map((r) => (r.kodeKelurahan === kode && r.indikator === indikator ? { ...r, nilai } : r));
};

describe('verificationRows', () => {
  it('recount ÷ reported per kelurahan and antigen, with the rows behind a difference: first those after the report was made', () => {
    const { reported, recount } = pair();
    set(reported, 'K01', 'bcg', 8);
    set(recount, 'K01', 'bcg', 11);
    set(reported, 'K02', 'mr1', 10);
    set(recount, 'K02', 'mr1', 9);
    const rows: RegisterRecount = {
      bayiSheet: 'Register Bayi',
      luarSheet: 'Imunisasi Luar',
      cells: new Map([
        ['K01|bcg', { rows: [{ row: 40, date: '2025-12-03' }, { row: 12, date: '2025-12-22' }, { row: 77, date: '2025-12-28' }], luarRows: [5] }],
        ['K02|mr1', { rows: [{ row: 90, date: '2025-12-10' }], luarRows: [] }],
      ]),
    };
    const result = verificationRows(reported, recount, rows);
    const bcg = result.find((r) => r.place === 'Kelurahan 1 (K01)' && r.subject === 'BCG')!;
    expect(bcg).toMatchObject({ reported: 8, recounted: 11, verdict: 'register lebih banyak' });
    expect(bcg.factor).toBeCloseTo(11 / 8, 10);
    expect(bcg.behind).toBe('dosis sesudah laporan dibuat (20-12-2025): Register Bayi baris 12, 77; lainnya: Register Bayi baris 40; Imunisasi Luar baris 5');
    const mr = result.find((r) => r.place === 'Kelurahan 2 (K02)' && r.subject === 'MR 1')!;
    expect(mr).toMatchObject({ factor: 0.9, verdict: 'register lebih sedikit (dalam ±10%)', behind: 'dihitung: Register Bayi baris 90' });
    // Equal figures: factor 1, nothing to look at; the puskesmas rows come last.
    const same = result.find((r) => r.place === 'Kelurahan 1 (K01)' && r.subject === 'DPT-HB-Hib 1')!;
    expect(same).toMatchObject({ verdict: 'sama', behind: '' });
    expect(same.factor === null || same.factor === 1).toBe(true);
    expect(result[result.length - 1].place).toBe('Puskesmas');
  });

  it('a figure reported as 0 the register has, and one the register lacks', () => {
    const { reported, recount } = pair();
    set(reported, 'K01', 'hb0', 0);
    set(recount, 'K01', 'hb0', 2);
    recount.rows = recount.rows.filter((r) => !(r.kodeKelurahan === TOTAL && r.indikator === 'ipv'));
    const result = verificationRows(reported, recount, { bayiSheet: 'Register Bayi', luarSheet: 'Imunisasi Luar', cells: new Map() });
    expect(result.find((r) => r.place === 'Kelurahan 1 (K01)' && r.subject === 'HB0')).toMatchObject({ factor: null, verdict: 'register lebih banyak (laporan 0)' });
    const ipv = result.find((r) => r.place === 'Puskesmas' && r.subject === 'IPV');
    expect(ipv === undefined || ipv.verdict === 'tidak ada di register').toBe(true);
  });
});
