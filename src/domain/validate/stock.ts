import { ParsedTable } from '../read/readTable';

/** Stok akhir = stok awal + diterima − dipakai − rusak/kedaluwarsa (DOMAIN.md "Vaccine stock"). */
export function checkStockBalance(table: ParsedTable): void {
  const { context } = table;
  for (const { row, values, unreadable } of table.rows) {
    if (unreadable) continue; // the unreadable cell is reported; a balance over it means nothing
    const [awal, terima, pakai, akhir] = [values.stokAwal, values.diterima, values.dipakai, values.stokAkhir] as (number | null)[];
    const rusak = (values.rusak as number | null) ?? 0;
    if (awal === null || terima === null || pakai === null || akhir === null) continue;
    const expected = awal + terima - pakai - rusak;
    if (expected !== akhir) {
      context.cell('STOCK_UNBALANCED', 'error', row, 'stokAkhir', `stok akhir ${akhir} tidak sama dengan stok awal ${awal} + diterima ${terima} − dipakai ${pakai} − rusak ${rusak} = ${expected}. Hitung ulang atau perbaiki salah satu angkanya`);
    }
  }
}
