import { formatDateId } from '../dates/formatId';
import { Finding } from '../findings';
import { columnLetter } from '../raw';
import { Registers } from '../registers/types';
import { sheetSchema } from '../schema/registers';
import { describeId } from '../validate/identity';
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
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const ids: (string | null)[] = [];
  const rows: AnyPersonRow[][] = [];
  const join = (key: string, id: string | null, row: AnyPersonRow) => {
    const p = byKey.get(key);
    if (p === undefined) {
      byKey.set(key, keys.length);
      keys.push(key);
      ids.push(id);
      rows.push([row]);
    } else {
      rows[p].push(row);
    }
  };

  // NIK rows first: they define who owns a Kode KK + No Urut.
  const kkOwner = new Map<string, { nik: string; row: AnyPersonRow }>();
  const kkConflict = new Set<string>();
  for (const register of registersOf(registers)) {
    for (const row of register) {
      if (!row.nik) continue;
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
  for (const register of registersOf(registers)) {
    for (const row of register) {
      if (row.nik) continue;
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
  }

  const rank: Record<PersonSheet, number> = { bayi: 0, bias: 1, wus: 2, caten: 3, bumil: 4 };
  for (let p = 0; p < rows.length; p++) {
    if (rows[p].length < 2) continue;
    rows[p].sort((a, b) => rank[a.sheet] - rank[b.sheet] || a.row - b.row);
    checkBirthDates(ids[p] ?? keys[p], rows[p], place, findings);
  }
  findLikelyDuplicates(ids, rows, place, findings);
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
const nameKey = (name: string) => name.toLowerCase().replace(/[\s.,'’`-]+/g, '');

function findLikelyDuplicates(ids: readonly (string | null)[], rows: readonly (readonly AnyPersonRow[])[], place: Placer, findings: Finding[]): void {
  // By birth date, then by name: the date strings come from the reader's cache (hashed once),
  // so the outer lookup is cheap, and no "name|date" string is built per row. The maps hold
  // the first row's number in `seen` (its person in `seenPerson`): no object per row.
  const byBirth = new Map<string, Map<string, number>>();
  const seen: AnyPersonRow[] = [];
  const seenPerson: number[] = [];
  for (let p = 0; p < rows.length; p++) {
    let reported: Set<number> | null = null;
    for (const row of rows[p]) {
      if (!row.tanggalLahir || !row.nama) continue;
      let byName = byBirth.get(row.tanggalLahir);
      if (!byName) {
        byName = new Map();
        byBirth.set(row.tanggalLahir, byName);
      }
      const name = nameKey(row.nama);
      const at = byName.get(name);
      if (at === undefined) {
        byName.set(name, seen.length);
        seen.push(row);
        seenPerson.push(p);
        continue;
      }
      const other = seenPerson[at];
      if (other === p || reported?.has(other)) continue;
      (reported ??= new Set()).add(other);
      const [theirId, myId] = [ids[other], ids[p]];
      const theirs = theirId ? describeId(theirId) : 'tanpa NIK/Kode KK';
      const mine = myId ? describeId(myId) : 'tanpa NIK/Kode KK';
      findings.push(
        place.finding(row, row.nik ? 'nik' : 'kodeKK', 'PERSON_LIKELY_DUPLICATE', `nama "${row.nama}" dan tanggal lahir ${formatDateId(row.tanggalLahir)} sama dengan ${place.where(seen[at])} (${theirs}), tetapi baris ini ${mine}: mungkin orang yang sama. Tidak digabung otomatis; bila orang yang sama, samakan NIK atau Kode KK + No Urut di kedua register`),
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
