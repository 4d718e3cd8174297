import { Cell } from '../../src/domain/raw';

/** The Register Bayi header as the template writes it. */
export const BAYI_HEADER: Cell[] = [
  'NIK', 'Kode KK', 'No Urut', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Nama Ibu', 'Kode Kelurahan', 'Alamat', 'No HP',
  'HB0', 'BCG', 'Polio 1', 'Polio 2', 'Polio 3', 'Polio 4', 'DPT-HB-Hib 1', 'DPT-HB-Hib 2', 'DPT-HB-Hib 3', 'IPV',
  'PCV 1', 'PCV 2', 'PCV 3', 'MR 1', 'DPT-HB-Hib 4', 'MR 2',
];

/**
 * `n` plausible infants born in 2025 (dates as Excel serials, NIK as text), deterministic:
 * for size tests of the adapters, not for clinical checks.
 */
export function bayiRows(n: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const born = 45658 + (i % 300); // 2025-01-01 + i days
    const day = 1 + (i % 28);
    const nik = `337301${String(day).padStart(2, '0')}0125${String(1 + (i % 9999)).padStart(4, '0')}`;
    rows.push([
      nik, `3373010000${String(i).padStart(6, '0')}`, 1 + (i % 4), `Bayi ${i + 1}`, i % 2 ? 'L' : 'P', born, `Ibu ${i + 1}`, i % 2 ? 'K01' : 'K02',
      `RT ${1 + (i % 9)} RW ${1 + (i % 5)}`, `0812${String(1_000_000 + i).padStart(8, '0')}`,
      born, born + 30, born + 30, born + 60, born + 90, born + 120, born + 60, born + 90, born + 120, born + 120,
      born + 60, born + 90, null, null, null, null,
    ]);
  }
  return rows;
}
