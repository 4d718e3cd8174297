import { makeNik } from '../../../src/sample/nik';
import { person, Rec, statusOf } from '../../helpers/registers';

/*
 * Thesis Tabel 2.2 ("Penentuan Status Imunisasi Anak Sekolah"): four children, infant DPT
 * then DT kelas 1, TT kelas 2 and TT kelas 3 at BIAS (every November). Each is one person
 * across Register Bayi and Register BIAS, linked by NIK.
 */
const born = '1995-01-10';
const nik = (n: number) => makeNik('337302', born, (n - 1) % 2 === 0, n);
const dpt = ['1995-03-10', '1995-04-10', '1995-05-10'];
const children = [
  { name: 'Adi', dpt: 3, infantStatus: 2, finalStatus: 5 },
  { name: 'Budi', dpt: 2, infantStatus: 1, finalStatus: 4 },
  { name: 'Citra', dpt: 1, infantStatus: 0, finalStatus: 3 },
  { name: 'Dian', dpt: 0, infantStatus: 0, finalStatus: 3 },
];

function book(skema: 'Td terkini' | '2005 (TT)') {
  const bayi: Rec[] = [];
  const bias: Rec[] = [];
  children.forEach((c, i) => {
    const id = { nik: nik(i + 1), nama: c.name, jk: i % 2 === 0 ? 'P' : 'L', tanggalLahir: born };
    const doses: Rec = {};
    dpt.slice(0, c.dpt).forEach((d, j) => (doses[`dpt${j + 1}`] = d));
    bayi.push({ ...id, kodeKelurahan: 'K01', ...doses });
    bias.push({ ...id, kodeSekolah: 'SD1', kelas: 6, dtK1: '2001-11-02', tdK2: '2002-11-05', tdK3: '2003-11-07' });
  });
  return { skema, bayi, bias };
}

describe.each(['2005 (TT)', 'Td terkini'] as const)('thesis Tabel 2.2 under skema %s', (skema) => {
  const { persons, findings } = statusOf(book(skema), '2004-01-31');

  it('links each child across Register Bayi and Register BIAS without findings', () => {
    expect(findings.filter((f) => f.code !== 'SHEET_MISSING')).toEqual([]);
    for (let i = 0; i < 4; i++) expect(person(persons, nik(i + 1)).rows.map((r) => r.sheet)).toEqual(['bayi', 'bias']);
  });

  it.each(children.map((c, i) => [c.name, i, c] as const))('%s reaches the infant and final status of the table', (_name, i, c) => {
    const p = person(persons, nik(i + 1));
    const infantDoses = p.doses.filter((d) => d.sheet === 'bayi');
    expect(infantDoses.map((d) => d.valid)).toEqual(Array(c.dpt).fill(true));
    expect(infantDoses.length ? infantDoses[infantDoses.length - 1].step : 0).toBe(c.infantStatus);
    expect(p.doses.filter((d) => d.sheet === 'bias').map((d) => d.step)).toEqual([c.infantStatus + 1, c.infantStatus + 2, c.infantStatus + 3]);
    expect(p.status).toBe(c.finalStatus);
    expect(p.lengkap).toBe(c.finalStatus === 5);
    expect(p.next).toBe(c.finalStatus === 5 ? null : '2004-11-07');
  });
});

describe('CITRA, Register Caten screen of the thesis (Gambar 4.41)', () => {
  // KODE 000003 / DRUK 2: no NIK, linked by Kode KK + No Urut across BIAS and caten.
  const key = { kodeKK: '000003', noUrut: 2, nama: 'CITRA', tanggalLahir: '1995-10-31' };
  const result = statusOf({
    skema: '2005 (TT)',
    bias: [{ ...key, jk: 'P', kodeSekolah: 'SD1', kelas: 6, dtK1: '2001-11-02', tdK2: '2002-11-05', tdK3: '2003-11-07' }],
    caten: [{ ...key, kodeKelurahan: 'K01', alamat: 'JL. JODIPATI 26', rencanaNikah: '2018-01-20', td1: '2017-12-05' }],
  }, '2017-12-20');
  const citra = person(result.persons, 'KK:000003/2');

  it('is status 4, next dose 05-12-2018, not yet lengkap', () => {
    expect(citra.doses.map((d) => [d.date, d.sheet, d.step])).toEqual([
      ['2001-11-02', 'bias', 1],
      ['2002-11-05', 'bias', 2],
      ['2003-11-07', 'bias', 3],
      ['2017-12-05', 'caten', 4],
    ]);
    expect(citra.status).toBe(4);
    expect(citra.next).toBe('2018-12-05');
    expect(citra.lengkap).toBe(false);
    expect(citra.protectedUntil).toBe('2027-12-05');
    expect(citra.kelompok).toBe('caten');
  });

  it('names each dose by its column as written and its row', () => {
    expect(citra.doses.map((d) => `${d.sheet}:${d.row}:${d.column}`)).toEqual(['bias:2:DT Kelas 1', 'bias:2:TT/Td Kelas 2', 'bias:2:TT/Td Kelas 3', 'caten:2:Td/TT Dosis 1']);
  });
});
