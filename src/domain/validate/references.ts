import { normalizeCode } from '../read/cellValue';
import { ParsedTable } from '../read/readTable';
import { RefKind } from '../schema/types';

export type KnownCodes = Partial<Record<RefKind, ReadonlySet<string>>>;

const MASTER: Record<RefKind, string> = { kelurahan: 'Kelurahan', sekolah: 'Sekolah', vaksin: 'Vaksin' };

/** Codes must exist in their master sheet. Skipped when the master sheet itself is missing. */
export function checkReferences(table: ParsedTable, known: KnownCodes): void {
  const { context } = table;
  const refs = context.schema.columns.filter((c) => c.ref && context.has(c.key) && known[c.ref]);
  for (const { row, values } of table.rows) {
    for (const column of refs) {
      const code = values[column.key];
      if (code === null || code === undefined) continue;
      if (!known[column.ref!]!.has(normalizeCode(String(code)))) {
        const master = MASTER[column.ref!];
        context.cell('REF_UNKNOWN', 'error', row, column.key, `kode "${code}" tidak ada di sheet ${master}. Pilih kode yang ada, atau tambahkan ${master.toLowerCase()} ini ke sheet ${master}`);
      }
    }
  }
}
