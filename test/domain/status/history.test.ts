import { makeNik } from '../../../src/sample/nik';
import { person, Rec, statusOf } from '../../helpers/registers';

const woman = (i: number, extra: Rec): Rec => ({ kodeKK: `W${i}`, noUrut: 1, nama: `Ibu ${i}`, tanggalLahir: '1995-05-05', kodeKelurahan: 'K01', ...extra });

describe('doses out of order and duplicates', () => {
  const nik = makeNik('337302', '1996-03-03', true, 7);
  const { persons, findings } = statusOf({
    wus: [woman(1, { t1: '2025-06-01', t2: '2025-01-01' }), { nik, nama: 'Sari', tanggalLahir: '1996-03-03', kodeKelurahan: 'K01', t1: '2024-01-05', t2: '2024-02-10', t3: '2025-03-01' }],
    bumil: [{ nik, nama: 'Sari', tanggalLahir: '1996-03-03', kodeKelurahan: 'K02', hamilKe: 1, hpht: '2025-01-10', td1: '2025-03-01' }],
  });

  it('takes doses in date order whatever their columns, and the reader warns about the order', () => {
    const p = person(persons, 'KK:W1/1');
    expect(p.doses.map((d) => [d.date, d.column, d.step])).toEqual([
      ['2025-01-01', 'Td/TT 2', 1],
      ['2025-06-01', 'Td/TT 1', 2],
    ]);
    expect(findings.some((f) => f.code === 'DOSE_ORDER' && f.sheet === 'Register WUS' && f.row === 2)).toBe(true);
  });

  it('counts a dose recorded in two registers on the same day once, as the bumil dose, saying where the other is', () => {
    const p = person(persons, nik);
    expect(p.doses.map((d) => [d.sheet, d.date, d.valid, d.step])).toEqual([
      ['wus', '2024-01-05', true, 1],
      ['wus', '2024-02-10', true, 2],
      ['bumil', '2025-03-01', true, 3],
      ['wus', '2025-03-01', false, null],
    ]);
    expect(p.doses[3].reason).toBe('sama dengan dosis "Td/TT Dosis 1" di Register Bumil baris 2 pada tanggal yang sama; dihitung sekali');
    expect(p.status).toBe(3);
    // The bumil row is her most recent: she lives in K02 now.
    expect(p.kelurahan).toBe('K02');
  });
});

describe('screening baseline', () => {
  const { persons, findings } = statusOf({
    wus: [
      woman(1, { statusSkrining: 2, tanggalSkrining: '2025-01-10' }),
      woman(2, { statusSkrining: 2, tanggalSkrining: '2025-01-10', t3: '2025-05-01', t4: '2025-07-01' }),
      woman(3, { statusSkrining: 1, tanggalSkrining: '2025-06-01', t1: '2024-01-01', t2: '2024-02-01', t3: '2024-08-01' }),
      woman(4, { statusSkrining: 0, tanggalSkrining: '2025-03-03', t1: '2025-03-03' }),
      woman(5, { statusSkrining: 5, tanggalSkrining: '2025-02-02' }),
      woman(6, { statusSkrining: 3 }),
    ],
  });

  it('starts from the screened status, counting the next interval from the screening date', () => {
    const p = person(persons, 'KK:W1/1');
    expect([p.status, p.statusDate, p.next, p.protectedUntil]).toEqual([2, '2025-01-10', '2025-07-10', '2028-01-10']);
    expect(p.screenings).toEqual([{ date: '2025-01-10', status: 2, sheet: 'wus', row: 2, used: true }]);
  });

  it('refuses a dose too soon after the screening, then counts the next one', () => {
    const p = person(persons, 'KK:W2/1');
    expect(p.doses.map((d) => [d.valid, d.step])).toEqual([
      [false, null],
      [true, 3],
    ]);
    expect(p.doses[0].reason).toMatch(/^jarak 111 hari \(4 bulan kalender\) dari skrining; minimal 6 bulan untuk T3 \(skrining T2 10-01-2025/);
  });

  it('keeps the higher status when the records show more than the screening', () => {
    const p = person(persons, 'KK:W3/1');
    expect(p.status).toBe(3);
    expect(p.screenings[0].used).toBe(false);
    expect(p.next).toBe('2025-08-01');
  });

  it('lets a dose on the day of a T0 screening be T1, and T5 on a card means lengkap', () => {
    expect(person(persons, 'KK:W4/1').status).toBe(1);
    const t5 = person(persons, 'KK:W5/1');
    expect([t5.lengkap, t5.next, t5.protectedUntil]).toEqual([true, null, '2050-02-02']);
  });

  it('ignores a screened status without its date and says so', () => {
    expect(person(persons, 'KK:W6/1').status).toBe(0);
    expect(findings.find((f) => f.code === 'SCREENING_INCOMPLETE')).toMatchObject({ sheet: 'Register WUS', row: 7, column: 'Tanggal Skrining', cell: 'L7', severity: 'warning' });
  });
});

describe('bumil (thesis II.B.1)', () => {
  const bumil = (i: number, extra: Rec): Rec => ({ kodeKK: `B${i}`, noUrut: 1, nama: `Bumil ${i}`, tanggalLahir: '1996-01-01', kodeKelurahan: 'K01', hamilKe: 1, ...extra });
  const { persons } = statusOf({
    caten: [{ kodeKK: 'B2', noUrut: 1, nama: 'Bumil 2', tanggalLahir: '1996-01-01', kodeKelurahan: 'K01', rencanaNikah: '2024-03-01', td1: '2024-01-10', td2: '2024-02-15' }],
    bumil: [
      bumil(1, { hpht: '2025-08-01', k1: '2025-10-01', td1: '2025-10-01' }),
      bumil(2, { hpht: '2025-06-01', k1: '2025-08-01', td1: '2025-08-20' }),
      bumil(3, { hpht: '2025-07-01', statusSkrining: 2, tanggalSkrining: '2025-09-01' }),
      bumil(4, { hpht: '2025-07-01', statusSkrining: 5, tanggalSkrining: '2025-09-01' }),
      bumil(5, { hpht: '2025-03-01', td1: '2025-05-01', td2: '2025-06-01' }),
      bumil(6, { hpht: '2023-01-01', td1: '2023-03-01', td2: '2023-04-01' }),
      { ...bumil(6, { hpht: '2025-05-01' }), hamilKe: 2 },
    ],
  });

  it('without prior T2 needs two doses: one given, one to go 4 weeks later', () => {
    const p = person(persons, 'KK:B1/1');
    expect(p.pregnancies).toEqual([{ row: 2, hamilKe: 1, start: '2025-08-01', end: '2026-05-22', active: true, statusBefore: 0, needed: 2, given: 1, remaining: 1 }]);
    expect([p.status, p.next, p.kelompok]).toEqual([1, '2025-10-29', 'bumil']);
  });

  it('with T2 as caten needs one dose (Td ulang), and that dose makes her T3', () => {
    const p = person(persons, 'KK:B2/1');
    expect(p.pregnancies[0]).toMatchObject({ statusBefore: 2, needed: 1, given: 1, remaining: 0 });
    expect(p.doses.map((d) => [d.sheet, d.step])).toEqual([
      ['caten', 1],
      ['caten', 2],
      ['bumil', 3],
    ]);
  });

  it('with T2 from screening and no dose yet still needs one; at T5 none', () => {
    expect(person(persons, 'KK:B3/1').pregnancies[0]).toMatchObject({ statusBefore: 2, needed: 1, given: 0, remaining: 1, active: true });
    expect(person(persons, 'KK:B4/1').pregnancies[0]).toMatchObject({ statusBefore: 5, needed: 0, remaining: 0 });
  });

  it('two doses in one pregnancy from T0 complete it', () => {
    expect(person(persons, 'KK:B5/1').pregnancies[0]).toMatchObject({ statusBefore: 0, needed: 2, given: 2, remaining: 0 });
  });

  it('an earlier pregnancy is over; the later one needs one dose after the T2 of the first', () => {
    const [first, second] = person(persons, 'KK:B6/1').pregnancies;
    expect(first).toMatchObject({ hamilKe: 1, active: false, given: 2, remaining: 0 });
    expect(second).toMatchObject({ hamilKe: 2, active: true, statusBefore: 2, needed: 1, remaining: 1 });
  });
});
