import { endOfMonth } from 'date-fns/endOfMonth';
import { fromLocalDate, IsoDate, isoDate, toLocalDate } from '../dates/isoDate';
import { addInterval } from '../rules/interval';
import { Rules } from '../rules/types';
import { Kelompok, PersonStatus, SourceRow } from './types';

import { Month } from '../dates/month';

/** A month of the due list ("Jadwal Bulan Ini"): the code's one month type. */
export type { Month };

/** One dose someone should get at posyandu in the chosen month. */
export interface DueEntry {
  personKey: string;
  id: string | null;
  nama: string;
  tanggalLahir: IsoDate | null;
  namaIbu: string | null;
  noHp: string | null;
  kelurahan: string | null;
  /** Posyandu of the register row the dose is due from (optional column); null when blank. */
  posyandu: string | null;
  kelompok: Exclude<Kelompok, 'murid'>;
  /** Infant dose key (antigens.ts), or null for the next T dose. */
  doseKey: string | null;
  /** "MR 1", or for a T dose "Td (T3)". */
  dose: string;
  /** For a T dose: the step it would bring the person to. */
  step: number | null;
  /** The earliest date of the dose ('segera': nothing to wait for; the reference date). */
  due: IsoDate;
  dueKind: 'tanggal' | 'segera';
  /** Already overdue (terlambat) when the month begins: due + the rules' overdue interval ≤ its first day. */
  overdue: boolean;
  /** The row to open for this person. */
  source: SourceRow;
}

function entry(p: PersonStatus, kelompok: DueEntry['kelompok'], doseKey: string | null, dose: string, step: number | null, due: IsoDate, dueKind: DueEntry['dueKind'], overdue: boolean, source: SourceRow, posyandu: string | null): DueEntry {
  return { personKey: p.key, id: p.id, nama: p.nama, tanggalLahir: p.tanggalLahir, namaIbu: p.namaIbu, noHp: p.noHp, kelurahan: p.kelurahan, posyandu, kelompok, doseKey, dose, step, due, dueKind, overdue, source };
}

/** The posyandu of one of the person's register rows, as written (trimmed); null when blank. */
function posyanduOf(p: PersonStatus, sheet: SourceRow['sheet'], row: number): string | null {
  for (const r of p.rows) if (r.sheet === sheet && r.row === row) return r.posyandu?.trim() || null;
  return null;
}

/** Compared form of a posyandu name: "Melati  1" and "melati 1" are one posyandu. */
export function posyanduKey(name: string | null): string | null {
  return name === null ? null : name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** posyanduKey with a memo: a puskesmas has a few dozen posyandu names over 100k rows. */
function posyanduKeys(): (name: string | null) => string | null {
  const memo = new Map<string, string>();
  return (name) => {
    if (name === null) return null;
    let key = memo.get(name);
    if (key === undefined) memo.set(name, (key = posyanduKey(name)!));
    return key;
  };
}

/** One heading of the due list: a posyandu of a kelurahan, or a kelurahan's people without one. */
export interface DueGroup {
  kelurahan: string | null;
  /** The posyandu as first written; null: the kelurahan's entries whose posyandu is blank. */
  posyandu: string | null;
  /** Whether the kelurahan also has entries of named posyandu (then a null group is "tanpa posyandu"). */
  kelurahanHasPosyandu: boolean;
  entries: DueEntry[];
  people: number;
  late: number;
}

/**
 * The due list in its groups, in list order (dueList sorts by kelurahan, then posyandu, blank
 * posyandu last): by posyandu where the register fills it — the table each posyandu keeps and
 * the list each kader takes — and by kelurahan otherwise.
 */
export function dueGroups(entries: readonly DueEntry[]): DueGroup[] {
  const groups: DueGroup[] = [];
  const keyOf = posyanduKeys();
  let current: DueGroup | null = null;
  let currentKey: string | null = null;
  for (const e of entries) {
    const key = keyOf(e.posyandu);
    if (!current || current.kelurahan !== e.kelurahan || currentKey !== key) {
      current = { kelurahan: e.kelurahan, posyandu: e.posyandu, kelurahanHasPosyandu: false, entries: [], people: 0, late: 0 };
      currentKey = key;
      groups.push(current);
    }
    current.entries.push(e);
    if (e.overdue) current.late++;
  }
  const named = new Set(groups.filter((g) => g.posyandu !== null).map((g) => g.kelurahan));
  for (const g of groups) {
    g.people = new Set(g.entries.map((e) => e.personKey)).size;
    g.kelurahanHasPosyandu = named.has(g.kelurahan);
  }
  return groups;
}

export function monthRange({ year, month }: Month): { first: IsoDate; last: IsoDate } {
  const first = isoDate(year, month, 1);
  if (!first) throw new Error(`Not a month: ${year}-${month}`);
  return { first, last: fromLocalDate(endOfMonth(toLocalDate(first))) };
}

const KELOMPOK_ORDER: Record<DueEntry['kelompok'], number> = { bayi: 0, bumil: 1, caten: 2, wus: 3 };

/**
 * Who is due or overdue in a month (DOMAIN.md "Infant schedule and due lists"; thesis: the
 * list the bidan takes to posyandu): every open infant dose whose due date is in or before
 * the month (the child not past the list's age limit, the dose not past its expiry), and
 * every woman of the WUS, caten or bumil registers whose next T dose is due by the month's
 * end. Pupils are left out: their Td comes with BIAS at school. Sorted by kelurahan, posyandu
 * (blank last), group, name.
 */
export function dueList(persons: readonly PersonStatus[], rules: Rules, month: Month): DueEntry[] {
  const { first, last } = monthRange(month);
  const out: DueEntry[] = [];
  for (const p of persons) {
    if (p.infant && p.tanggalLahir && p.kelompok === 'bayi') {
      const tooOld = addInterval(p.tanggalLahir, rules.infant.listUntilAge, rules.monthCounting) < first;
      const source = { sheet: 'bayi' as const, row: p.infant.row };
      if (!tooOld && p.tanggalLahir <= last) {
        for (const open of p.infant.open) {
          if (open.due > last || (open.until !== null && open.until < first)) continue;
          out.push(entry(p, 'bayi', open.doseKey, open.label, null, open.due, 'tanggal', open.overdueFrom <= first, source, posyanduOf(p, 'bayi', source.row)));
        }
      }
    }
    if ((p.kelompok === 'wus' || p.kelompok === 'caten' || p.kelompok === 'bumil') && !p.lengkap && p.next !== null && p.next <= last) {
      let source = p.rows[p.rows.length - 1];
      for (const r of p.rows) if (r.sheet === p.kelompok) source = r;
      const segera = p.nextKind === 'segera';
      const overdue = !segera && addInterval(p.next, rules.overdueAfter, rules.monthCounting) <= first;
      out.push(entry(p, p.kelompok, null, `${rules.label} (T${p.status + 1})`, p.status + 1, p.next, segera ? 'segera' : 'tanggal', overdue, source, posyanduOf(p, source.sheet, source.row)));
    }
  }
  // Plain code-unit order (codes and names are Latin script): localeCompare costs seconds on 100k rows.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keyOf = posyanduKeys();
  const keyed = out.map((e) => ({ e, kel: e.kelurahan ?? '\uffff', pos: keyOf(e.posyandu) ?? '\uffff', nama: e.nama.toLowerCase() }));
  keyed.sort((a, b) => cmp(a.kel, b.kel) || cmp(a.pos, b.pos) || KELOMPOK_ORDER[a.e.kelompok] - KELOMPOK_ORDER[b.e.kelompok] || cmp(a.nama, b.nama) || cmp(a.e.personKey, b.e.personKey) || cmp(a.e.due, b.e.due));
  return keyed.map((k) => k.e);
}
