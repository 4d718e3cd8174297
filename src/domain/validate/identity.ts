import { ParsedRow, ParsedTable } from '../read/readTable';

/** A person's key: NIK, or the family-folder key Kode KK + No Urut (thesis Tabel 4.19). */
export function personId(values: ParsedRow['values']): string | null {
  if (values.nik) return String(values.nik);
  if (values.kodeKK && values.noUrut) return `KK:${values.kodeKK}/${values.noUrut}`;
  return null;
}

/** How a person key is shown to users. */
export function describeId(id: string): string {
  return id.startsWith('KK:') ? `Kode KK/No Urut ${id.slice(3)}` : `NIK ${id}`;
}

/**
 * Every person row needs a key, and no key may appear twice in one register (in Register
 * Bumil: twice for the same pregnancy). Rows whose NIK was typed but unreadable are already
 * reported and are not reported again as missing a key.
 */
export function checkPersonKeys(table: ParsedTable): void {
  const { context } = table;
  const seen = new Map<string, number>();
  const extra = context.schema.uniqueBy ?? [];
  for (const { row, values, unreadable } of table.rows) {
    const id = personId(values);
    if (id === null) {
      const typedBadKey = unreadable?.some((k) => k === 'nik' || k === 'kodeKK' || k === 'noUrut');
      if (!typedBadKey) {
        context.cell('ID_MISSING', 'error', row, context.has('nik') ? 'nik' : 'kodeKK', 'NIK kosong, dan Kode KK + No Urut juga tidak lengkap. Isi NIK, atau isi Kode KK dan No Urut');
      }
      continue;
    }
    const key = extra.length === 0 ? id : [id, ...extra.map((k) => String(values[k] ?? ''))].join('|');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      continue;
    }
    const what = extra.includes('hamilKe') ? `kehamilan ke-${values.hamilKe} dari ${describeId(id)}` : `orang dengan ${describeId(id)}`;
    context.cell('PERSON_DUPLICATE', 'error', row, id.startsWith('KK:') ? 'kodeKK' : 'nik', `${what} sudah tercatat di baris ${first}. Gabungkan datanya ke satu baris lalu hapus baris ini`);
  }
}

/** Master and count tables whose rows must be unique by some columns (kelurahan + tahun, …). */
export function checkUniqueRows(table: ParsedTable): void {
  const { context } = table;
  const keys = context.schema.uniqueBy ?? [];
  if (context.schema.persons || keys.length === 0 || !keys.every((k) => context.has(k))) return;
  const seen = new Map<string, number>();
  for (const { row, values } of table.rows) {
    if (keys.some((k) => values[k] === null || values[k] === undefined)) continue;
    const key = keys.map((k) => String(values[k])).join('|');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      continue;
    }
    const named = keys.map((k) => `${context.header(k)} ${values[k]}`).join(', ');
    context.cell('ROW_DUPLICATE', 'error', row, keys[0], `${named} sudah ada di baris ${first}. Hapus salah satu baris atau perbaiki isinya`);
  }
}
