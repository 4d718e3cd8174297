import { makeNik } from '../../../src/sample/nik';
import { statusOf } from '../../helpers/registers';

const nikA = makeNik('337302', '1995-05-05', true, 1);
const nikB = makeNik('337302', '1995-05-05', true, 2);
const nikC = makeNik('337302', '1990-02-02', true, 3);
const nikD = makeNik('337302', '1990-02-02', true, 4);
const base = { tanggalLahir: '1995-05-05', kodeKelurahan: 'K01' };

describe('linking persons across registers', () => {
  const { persons, findings } = statusOf({
    wus: [
      { ...base, nik: nikA, kodeKK: 'KK1', noUrut: 2, nama: 'Ani', t1: '2024-01-01' },
      { nik: nikC, kodeKK: 'KK3', noUrut: 1, nama: 'Cici', tanggalLahir: '1990-02-02', kodeKelurahan: 'K01' },
      { nik: nikD, kodeKK: 'KK3', noUrut: 1, nama: 'Dedeh', tanggalLahir: '1990-02-02', kodeKelurahan: 'K01' },
      { ...base, nik: nikB, nama: 'Rina Wati', t1: '2024-03-01' },
    ],
    caten: [
      // No NIK: joins Ani through Kode KK + No Urut.
      { ...base, kodeKK: 'KK1', noUrut: 2, nama: 'Ani', rencanaNikah: '2024-06-01', td1: '2024-02-01' },
      // No NIK, and KK3/1 belongs to two NIKs: not linked, reported.
      { kodeKK: 'KK3', noUrut: 1, nama: 'Cici', tanggalLahir: '1990-02-02', kodeKelurahan: 'K01', rencanaNikah: '2026-01-01' },
    ],
    bumil: [
      // Same name and birth date as Rina Wati, another key: reported, never merged.
      { ...base, kodeKK: 'KK9', noUrut: 1, nama: 'RINA  WATI', hamilKe: 1, td1: '2025-01-01' },
      // Same NIK as Ani with another birth date.
      { nik: nikA, nama: 'Ani', tanggalLahir: '1995-05-06', kodeKelurahan: 'K01', hamilKe: 1 },
      // No key at all: a person of its own.
      { ...base, nama: 'Tanpa Kunci', hamilKe: 1 },
    ],
  });
  const at = (rows: readonly { sheet: string; row: number }[]) => rows.map((r) => ({ sheet: r.sheet, row: r.row }));
  const codes = findings.filter((f) => f.code.startsWith('PERSON_')).map((f) => `${f.code}@${f.sheet}:${f.row}`);

  it('joins a row without NIK to the NIK person with the same Kode KK + No Urut', () => {
    const ani = persons.find((p) => p.key === nikA)!;
    expect(at(ani.rows)).toEqual([
      { sheet: 'wus', row: 2 },
      { sheet: 'caten', row: 2 },
      { sheet: 'bumil', row: 3 },
    ]);
    expect(ani.status).toBe(2);
  });

  it('reports a Kode KK + No Urut shared by two NIKs and does not link a row without NIK to either', () => {
    expect(codes).toContain('PERSON_KEY_CONFLICT@Register WUS:4');
    expect(codes).toContain('PERSON_KEY_CONFLICT@Register Caten:3');
    expect(at(persons.find((p) => p.key === 'KK:KK3/1')!.rows)).toEqual([{ sheet: 'caten', row: 3 }]);
  });

  it('reports the same name and birth date under two keys as a likely duplicate and keeps them apart', () => {
    // Cici's unlinked caten row looks like her WUS row too.
    expect(codes.filter((c) => c.startsWith('PERSON_LIKELY_DUPLICATE'))).toEqual(['PERSON_LIKELY_DUPLICATE@Register Caten:3', 'PERSON_LIKELY_DUPLICATE@Register Bumil:2']);
    const f = findings.find((x) => x.code === 'PERSON_LIKELY_DUPLICATE' && x.sheet === 'Register Bumil')!;
    expect(f.message).toMatch(/sama dengan Register WUS baris 5 \(NIK \d{16}\).*Kode KK\/No Urut KK9\/1.*Tidak digabung otomatis/);
    expect(persons.find((p) => p.key === nikB)!.doses).toHaveLength(1);
    expect(persons.find((p) => p.key === 'KK:KK9/1')!.doses).toHaveLength(1);
  });

  it('reports one person with two birth dates, and gives a row without keys its own person', () => {
    expect(codes).toContain('PERSON_BIRTHDATE_CONFLICT@Register Bumil:3');
    const alone = persons.find((p) => p.nama === 'Tanpa Kunci')!;
    expect([alone.id, alone.key]).toEqual([null, 'ROW:bumil:4']);
  });
});
