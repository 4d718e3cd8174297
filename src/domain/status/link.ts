import { formatDateId } from '../dates/formatId';
import { Finding } from '../findings';
import { columnLetter } from '../raw';
import { Registers } from '../registers/types';
import { sheetSchema } from '../schema/registers';
import { describeId } from '../validate/identity';
import { hashCode, HashIndex, hashString } from './hashIndex';
import { insertionSort } from './insertionSort';
import { PersonRecord, PersonSheet } from './types';

export type AnyPersonRow = PersonRecord;

/** One person: every register row that carries their key, in register order. */
export interface LinkedPerson {
  key: string;
  id: string | null;
  rows: AnyPersonRow[];
}

export interface LinkResult {
  persons: LinkedPerson[];
  findings: Finding[];
}

const kkKey = (r: AnyPersonRow): string | null => (r.kodeKK && r.noUrut ? `KK:${r.kodeKK}/${r.noUrut}` : null);

/**
 * Links the rows of the person registers into persons (thesis Tabel 4.19; DOMAIN.md "Who and
 * where"): by NIK; a row without NIK by Kode KK + No Urut — joining the NIK person whose row
 * carries the same Kode KK + No Urut, when exactly one does. What looks like one person under
 * two keys (same name and birth date) is reported, never merged: a wrong merge would mix two
 * women's doses, which no report could undo.
 */
export function linkPersons(registers: Registers): LinkResult {
  const { keys, ids, rows, findings } = linkRows(registers);
  const persons: LinkedPerson[] = new Array(keys.length);
  for (let p = 0; p < keys.length; p++) persons[p] = { key: keys[p], id: ids[p], rows: rows[p] };
  return { persons, findings };
}

/** The persons of linkPersons as parallel arrays (person p: keys[p], ids[p], rows[p]). */
export interface LinkedRows {
  keys: string[];
  ids: (string | null)[];
  rows: AnyPersonRow[][];
  findings: Finding[];
}

/** The person registers in register order: bayi, BIAS, WUS, caten, bumil. */
const registersOf = (r: Registers): readonly (readonly AnyPersonRow[])[] => [r.bayi, r.bias, r.wus, r.caten, r.bumil];

/**
 * linkPersons without an object per person, for computeStatus (100k persons): the key → person
 * map holds person numbers, and each person is a position in three arrays.
 */
export function linkRows(registers: Registers): LinkedRows {
  const findings: Finding[] = [];
  const place = new Placer(registers);
  // Person p: keys[p], ids[p], rows[p]. At most one person per row: sized once, trimmed at the end.
  const registerList = registersOf(registers);
  let total = 0;
  for (const register of registerList) total += register.length;
  const byKey = new HashIndex(total);
  const keys: string[] = new Array(total);
  const ids: (string | null)[] = new Array(total);
  const rows: AnyPersonRow[][] = new Array(total);
  let count = 0;
  const join = (key: string, id: string | null, row: AnyPersonRow) => {
    let p = byKey.first(hashString(key));
    while (p >= 0 && keys[p] !== key) p = byKey.next();
    if (p < 0) {
      byKey.add(count);
      keys[count] = key;
      ids[count] = id;
      rows[count++] = [row];
    } else {
      rows[p].push(row);
    }
  };

  // NIK rows first: they define who owns a Kode KK + No Urut. The rows without NIK (a few) are
  // kept aside for the second pass, in register order, rather than walking every row again.
  const kkOwner = new Map<string, { nik: string; row: AnyPersonRow }>();
  const kkConflict = new Set<string>();
  const withoutNik: AnyPersonRow[] = [];
  // Indexed loops, not for…of: until V8 has optimised them, each step of a for…of makes an
  // iterator result, 100k per pass.
  for (let r = 0; r < registerList.length; r++) {
    const register = registerList[r];
    for (let i = 0; i < register.length; i++) {
      const row = register[i];
      if (!row.nik) {
        withoutNik.push(row);
        continue;
      }
      join(row.nik, row.nik, row);
      const kk = kkKey(row);
      if (!kk) continue;
      const owner = kkOwner.get(kk);
      if (!owner) {
        kkOwner.set(kk, { nik: row.nik, row });
      } else if (owner.nik !== row.nik) {
        kkConflict.add(kk);
        findings.push(place.finding(row, 'nik', 'PERSON_KEY_CONFLICT', `Kode KK + No Urut ${kk.slice(3)} sama dengan ${place.where(owner.row)} (NIK ${owner.nik}), tetapi NIK-nya berbeda (${row.nik}). Periksa No Urut atau NIK-nya`));
      }
    }
  }
  for (let i = 0; i < withoutNik.length; i++) {
    const row = withoutNik[i];
    const kk = kkKey(row);
    if (!kk) {
      join(`ROW:${row.sheet}:${row.row}`, null, row);
      continue;
    }
    const owner = kkConflict.has(kk) ? undefined : kkOwner.get(kk);
    if (kkConflict.has(kk)) {
      findings.push(place.finding(row, 'kodeKK', 'PERSON_KEY_CONFLICT', `Kode KK + No Urut ${kk.slice(3)} dipakai beberapa orang dengan NIK berbeda, sehingga baris tanpa NIK ini tidak dapat ditautkan ke riwayat mereka. Isi NIK-nya`));
    }
    if (owner) join(owner.nik, owner.nik, row);
    else join(kk, kk, row);
  }

  keys.length = count;
  ids.length = count;
  rows.length = count;
  const rank: Record<PersonSheet, number> = { bayi: 0, bias: 1, wus: 2, caten: 3, bumil: 4 };
  const after = (a: AnyPersonRow, b: AnyPersonRow) => rank[a.sheet] - rank[b.sheet] || a.row - b.row;
  for (let p = 0; p < count; p++) {
    const personRows = rows[p];
    if (personRows.length < 2) continue;
    insertionSort(personRows, personRows.length, after);
    checkBirthDates(ids[p] ?? keys[p], personRows, place, findings);
  }
  // The key index is done with: its table is cleared and reused for names and birth dates
  // (a second table of the same size would be 2 MB of fresh memory per call at 100k rows).
  byKey.clear();
  findLikelyDuplicates(ids, rows, byKey, place, findings);
  return { keys, ids, rows, findings };
}

function checkBirthDates(id: string, rows: readonly AnyPersonRow[], place: Placer, findings: Finding[]): void {
  const first = rows.find((r) => r.tanggalLahir !== null);
  if (!first) return;
  for (const row of rows) {
    if (row.tanggalLahir === null || row.tanggalLahir === first.tanggalLahir) continue;
    findings.push(place.finding(row, 'tanggalLahir', 'PERSON_BIRTHDATE_CONFLICT', `orang yang sama (${describeId(id)}) tercatat lahir ${formatDateId(first.tanggalLahir!)} di ${place.where(first)}, di sini ${formatDateId(row.tanggalLahir)}. Samakan sesuai KTP/KK`));
  }
}

/** Names compared without case, spaces or punctuation ("RINA  WATI" = "Rina Wati"); cheaper than normalizeName on 100k rows. */
export const nameKey = (name: string) => name.toLowerCase().replace(/[\s.,'’`-]+/g, '');

/** ASCII characters nameKey drops: whitespace (\s) and . , ' ` - */
const DROPPED = new Uint8Array(128);
for (const c of '\t\n\v\f\r .,\'`-') DROPPED[c.charCodeAt(0)] = 1;

/**
 * hashString(nameKey(name), hash) without building the key for an ASCII name (nearly all):
 * A–Z lowered, DROPPED characters skipped, as nameKey does. Any other character goes through
 * nameKey itself (Unicode lower case and whitespace, ’).
 */
export function hashName(name: string, hash: number): number {
  let h = hash;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return hashString(nameKey(name), hash);
    if (c >= 65 && c <= 90) c += 32;
    else if (DROPPED[c] === 1) continue;
    h = hashCode(h, c);
  }
  return h;
}

function findLikelyDuplicates(ids: readonly (string | null)[], rows: readonly (readonly AnyPersonRow[])[], index: HashIndex, place: Placer, findings: Finding[]): void {
  // Rows by birth date and name, indexed by a hash of both (no key string built per row);
  // a candidate with the same hash is compared for real. The index holds the first row with
  // each birth date and name: rows[seenPerson[e]][seenRow[e]]. Numbers in typed arrays rather
  // than the rows in an array of 100k: that array alone took fresh memory on every call.
  const seenPerson = new Int32Array(index.capacity);
  const seenRow = new Int32Array(index.capacity);
  const seen = (e: number): AnyPersonRow => rows[seenPerson[e]][seenRow[e]];
  let count = 0;
  for (let p = 0; p < rows.length; p++) {
    let reported: Set<number> | null = null;
    const personRows = rows[p];
    for (let i = 0; i < personRows.length; i++) {
      const row = personRows[i];
      const birth = row.tanggalLahir;
      if (!birth || !row.nama) continue;
      let at = index.first(hashName(row.nama, hashString(birth)));
      while (at >= 0 && !(seen(at).tanggalLahir === birth && nameKey(seen(at).nama) === nameKey(row.nama))) at = index.next();
      if (at < 0) {
        index.add(count);
        seenRow[count] = i;
        seenPerson[count++] = p;
        continue;
      }
      const other = seenPerson[at];
      if (other === p || reported?.has(other)) continue;
      (reported ??= new Set()).add(other);
      const [theirId, myId] = [ids[other], ids[p]];
      const theirs = theirId ? describeId(theirId) : 'tanpa NIK/Kode KK';
      const mine = myId ? describeId(myId) : 'tanpa NIK/Kode KK';
      findings.push(
        place.finding(row, row.nik ? 'nik' : 'kodeKK', 'PERSON_LIKELY_DUPLICATE', `nama "${row.nama}" dan tanggal lahir ${formatDateId(birth)} sama dengan ${place.where(seen(at))} (${theirs}), tetapi baris ini ${mine}: mungkin orang yang sama. Tidak digabung otomatis; bila orang yang sama, samakan NIK atau Kode KK + No Urut di kedua register`),
      );
    }
  }
}

/** Names sheets and cells the way the workbook has them. */
export class Placer {
  constructor(private readonly registers: Registers) {}

  sheetName(sheet: PersonSheet): string {
    return this.registers.sheetNames[sheet] ?? sheetSchema(sheet).name;
  }

  /** The header of a column as written, or the standard one. */
  header(sheet: PersonSheet, key: string): string {
    return this.registers.columns?.[sheet]?.[key]?.header ?? sheetSchema(sheet).columns.find((c) => c.key === key)?.header ?? key;
  }

  cell(sheet: PersonSheet, key: string, row: number): string | undefined {
    const col = this.registers.columns?.[sheet]?.[key]?.col;
    return col === undefined ? undefined : `${columnLetter(col)}${row}`;
  }

  where(row: { sheet: PersonSheet; row: number }): string {
    return `${this.sheetName(row.sheet)} baris ${row.row}`;
  }

  finding(row: { sheet: PersonSheet; row: number }, key: string, code: Finding['code'], problem: string, severity: Finding['severity'] = 'warning'): Finding {
    const sheet = this.sheetName(row.sheet);
    const column = this.header(row.sheet, key);
    const cell = this.cell(row.sheet, key, row.row);
    return { sheet, row: row.row, column, code, severity, message: `${sheet} baris ${row.row}, kolom "${column}": ${problem}.`, ...(cell ? { cell } : {}) };
  }
}
