import { Finding, FindingCode } from '../findings';
import { headerLookup } from '../read/headerRow';
import { normalizeName } from '../read/normalize';
import { Registers } from '../registers/types';
import { sheetSchema } from '../schema/registers';
import { baseIndicator, FEEDS, indicatorsOf, Period, PERSON_WIDE, SheetFeed, T_LINE_SHEETS } from './feeds';
import { UNLISTED_KELURAHAN } from './sasaran';
import { StatusInput } from './statusInput';

/** Kode Kelurahan of a figure blocked at every kelurahan (and so in every total). */
export const EVERYWHERE = '*';
const TOTAL = 'TOTAL';

/** A figure that cannot be computed, and why (Bahasa Indonesia). */
export interface NotComputable {
  /** Base indicator (dpt3, idl, bumil_t1, bias_dt_k1), see feeds.ts. */
  indikator: string;
  /** The kelurahan, or EVERYWHERE. The puskesmas total of a blocked indicator is blocked too. */
  kodeKelurahan: string;
  alasan: string;
}

/** Findings that do not change what is counted: an unknown Kode Kelurahan is counted under "not listed", in the open. */
const NOT_COUNTING: ReadonlySet<FindingCode> = new Set(['REF_UNKNOWN']);
/** Findings about a whole sheet: nothing of it can be counted. */
const WHOLE_SHEET: ReadonlySet<FindingCode> = new Set(['SHEET_MISSING', 'SHEET_EMPTY', 'HEADER_NOT_FOUND']);
/** Findings about a whole row (a person or row entered twice: its doses may count twice). */
const WHOLE_ROW: ReadonlySet<FindingCode> = new Set(['PERSON_DUPLICATE', 'ROW_DUPLICATE']);

/**
 * Which report figures can be trusted, from the findings of the registers: an error in a
 * cell a figure counts blocks that figure at the row's kelurahan (and the puskesmas total);
 * a missing column or sheet it counts blocks it everywhere; a finding that does not change
 * the count blocks nothing. Derived figures (coverage, drop-out, status, rank) follow their
 * counts. `errorCount` is every error, counted or not: a report with any is not final.
 */
export class Computability {
  private readonly blocked = new Map<string, Map<string, string[]>>();

  constructor(readonly errorCount: number) {}

  static none(): Computability {
    return new Computability(0);
  }

  get final(): boolean {
    return this.errorCount === 0 && this.blocked.size === 0;
  }

  block(indikator: string, kodeKelurahan: string, problem: string): void {
    let at = this.blocked.get(indikator);
    if (!at) this.blocked.set(indikator, (at = new Map()));
    const problems = at.get(kodeKelurahan) ?? [];
    if (!problems.includes(problem)) problems.push(problem);
    at.set(kodeKelurahan, problems);
  }

  /**
   * Why a figure cannot be computed, or null when it can. `indicator` may be a Data Laporan
   * name (dpt3_kumulatif); `kelurahan` a code or TOTAL (blocked when any kelurahan is).
   */
  reason(indicator: string, kelurahan: string = TOTAL): string | null {
    const problems = this.problems(indicator, kelurahan);
    return problems === null ? null : `tidak dapat dihitung: ${problems}`;
  }

  /** The problems behind a blocked figure, without the "tidak dapat dihitung" in front; null when computable. */
  problems(indicator: string, kelurahan: string = TOTAL): string | null {
    // Nothing blocked (a clean workbook): asked for every figure of the report, so no name is parsed.
    if (this.blocked.size === 0) return null;
    const at = this.blocked.get(baseIndicator(indicator));
    if (!at) return null;
    const problems = kelurahan === TOTAL ? [...at.values()].flat() : [...(at.get(kelurahan) ?? []), ...(at.get(EVERYWHERE) ?? [])];
    if (problems.length === 0) return null;
    const unique = [...new Set(problems)];
    return `${unique.slice(0, 2).join('; ')}${unique.length > 2 ? `; dan ${unique.length - 2} masalah lain` : ''}`;
  }

  /** The first reason among several indicators (a drop-out needs two counts). */
  reasonAny(indicators: readonly string[], kelurahan: string = TOTAL): string | null {
    for (const i of indicators) {
      const r = this.reason(i, kelurahan);
      if (r) return r;
    }
    return null;
  }

  /** Every blocked figure, for the Data Laporan and the summary. */
  list(): NotComputable[] {
    const out: NotComputable[] = [];
    for (const [indikator, at] of this.blocked) for (const [kodeKelurahan] of at) out.push({ indikator, kodeKelurahan, alasan: this.reason(indikator, kodeKelurahan)! });
    return out.sort((a, b) => a.indikator.localeCompare(b.indikator) || a.kodeKelurahan.localeCompare(b.kodeKelurahan));
  }

  /** Blocked base indicators. */
  indicators(): string[] {
    return [...this.blocked.keys()].sort();
  }
}

export interface ComputabilityOptions {
  /** Kode Kelurahan of the listed kelurahan: any other code counts under "not listed". */
  listed: readonly string[];
  /**
   * The status engine's persons: a broken T source cell (an infant's DPT, a pupil's DT) changes
   * the T lines where that person's T doses are counted, which may be another kelurahan.
   */
  persons?: readonly StatusInput[];
  /**
   * The report's year and month: which Kelurahan, Sekolah and Stok Vaksin rows feed it (their
   * year, their month). Without it every row is taken to feed every figure its columns can.
   */
  period?: Period;
}

/** Decides, from the findings, which figures cannot be computed. Pure. */
export function computability(findings: readonly Finding[], registers: Registers, options: ComputabilityOptions): Computability {
  const errors = findings.filter((f) => f.severity === 'error');
  const result = new Computability(errors.length);
  const listed = new Set(options.listed);
  const place = (code: string | null) => (code !== null && listed.has(code) ? code : UNLISTED_KELURAHAN.kode);
  // Made when an error first needs it (a report without errors never does): a key per row of 100k persons.
  const persons = options.persons;
  let places: Map<string, (string | null)[]> | undefined;
  const tPlaces = persons ? () => (places ??= tLinePlaces(persons)) : null;

  for (const feed of FEEDS) {
    const sheetName = registers.sheetNames[feed.sheet] ?? sheetSchema(feed.sheet).name;
    const mine = errors.filter((f) => f.sheet === sheetName && !NOT_COUNTING.has(f.code));
    if (mine.length === 0) continue;
    const all = indicatorsOf(feed);
    const keyOf = columnResolver(feed, registers);
    const columnsOf = feed.rowColumns && options.period ? feed.rowColumns(registers, options.period) : null;
    const followsRule = feed.blankFollowsRule?.(registers);
    const kelurahanOf = feed.kelurahanOf(registers);
    const rowsByProblem = new Map<string, { indicators: readonly string[]; at: string; rows: number[]; what: string }>();
    const put = (indicators: readonly string[], at: string, what: string, row: number) => {
      if (indicators.length === 0) return;
      // One reason per place, problem and set of figures: a row names only the figures it feeds.
      const id = `${at}\u0000${what}\u0000${[...indicators].sort().join(',')}`;
      const entry = rowsByProblem.get(id) ?? { indicators: [], at, rows: [], what };
      entry.indicators = [...new Set([...entry.indicators, ...indicators])];
      if (row > 0) entry.rows.push(row);
      rowsByProblem.set(id, entry);
    };
    // The T lines are counted in the women's registers: a T source elsewhere (an infant's DPT,
    // a pupil's DT) changes them only where that person's own T doses are counted.
    const countsT = T_LINE_SHEETS.has(feed.sheet) || tPlaces === null;
    const wideAt = (row: number | null): string[] => {
      if (row === null) return [...new Set(feed.rowsOf(registers).flatMap((r) => tPlaces!().get(`${feed.sheet}:${r}`) ?? []))].map(place);
      return (tPlaces!().get(`${feed.sheet}:${row}`) ?? []).map(place);
    };
    /** Blocks `indicators` at `at` (a kelurahan, or EVERYWHERE) for a problem at `row` (null: the whole column or sheet). */
    const add = (indicators: readonly string[], at: string, what: string, row: number | null) => {
      const wide = indicators.filter((i) => PERSON_WIDE.has(i));
      put(countsT ? indicators : indicators.filter((i) => !PERSON_WIDE.has(i)), at, what, row ?? 0);
      if (wide.length === 0 || tPlaces === null) return;
      // Where the person's T doses are counted (for the women's registers, besides the row's own kelurahan).
      for (const k of wideAt(row)) put(wide, k, what, row ?? 0);
    };
    for (const f of mine) {
      if (WHOLE_SHEET.has(f.code)) {
        add(all, EVERYWHERE, `sheet ${sheetName} ${f.code === 'SHEET_MISSING' ? 'tidak ada' : f.code === 'SHEET_EMPTY' ? 'kosong' : 'tanpa baris judul kolom'}`, null);
        continue;
      }
      const key = keyOf(f.column);
      if (f.code === 'REQUIRED_EMPTY' && key !== undefined && followsRule?.(f.row, key)) continue;
      if (f.code === 'COLUMN_MISSING' || f.code === 'HEADER_DUPLICATE') {
        const fed = key === undefined ? all : feed.placing.includes(key) ? all : feed.columns[key];
        if (fed) add(fed, EVERYWHERE, `kolom "${f.column}" ${f.code === 'COLUMN_MISSING' ? 'tidak ada' : 'ganda'} di ${sheetName}`, null);
        continue;
      }
      // What this row feeds in the period (a row of another year feeds nothing; unknown: every case).
      const own = columnsOf && f.row > 0 ? columnsOf(f.row) : undefined;
      if (own === null) continue;
      const columns = own ?? feed.columns;
      const rowAll = own ? [...new Set(Object.values(own).flat())] : all;
      const row = WHOLE_ROW.has(f.code) || key === undefined ? rowAll : feed.placing.includes(key) ? null : columns[key];
      if (row === null) {
        // Where the row counts is unknown: any kelurahan may miss its doses.
        add(all, EVERYWHERE, `error di ${sheetName} kolom "${f.column}"`, f.row);
        continue;
      }
      if (!row) continue; // a column that is not counted (NIK, nama, alamat, …)
      const kel = f.row > 0 ? kelurahanOf(f.row) : undefined;
      add(row, kel === undefined ? EVERYWHERE : place(kel), `error di ${sheetName}${key === undefined ? '' : ` kolom "${f.column}"`}`, f.row > 0 ? f.row : null);
    }
    for (const { indicators, at, rows, what } of rowsByProblem.values()) {
      const sorted = [...new Set(rows)].sort((a, b) => a - b);
      const where = sorted.length === 0 ? '' : ` baris ${sorted.slice(0, 5).join(', ')}${sorted.length > 5 ? ', …' : ''}`;
      for (const i of indicators) result.block(i, at, `${what}${where}`);
    }
  }
  return result;
}

/** Register row ("bias:12") → the kelurahan where that person's T lines count (their doses in the women's registers). */
function tLinePlaces(persons: readonly StatusInput[]): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  // Indexed loops, no closures: this runs for each of 100k persons.
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i];
    const doses = p.doses;
    // Most persons (infants) have no dose in the women's registers: no arrays made for them.
    let places: (string | null)[] | null = null;
    for (let j = 0; j < doses.length; j++) {
      const d = doses[j];
      if (!T_LINE_SHEETS.has(d.sheet)) continue;
      // Each kelurahan once, in the order of the doses.
      if (places === null) places = [d.kelurahan];
      else if (!places.includes(d.kelurahan)) places.push(d.kelurahan);
    }
    if (places === null) continue;
    for (const r of p.rows) out.set(`${r.sheet}:${r.row}`, places);
  }
  return out;
}

/** Resolves a finding's column (the header as written, or the standard header) to its key. */
function columnResolver(feed: SheetFeed, registers: Registers): (column: string) => string | undefined {
  const schema = sheetSchema(feed.sheet);
  const lookup = headerLookup(schema.columns);
  const written = new Map<string, string>();
  for (const [key, place] of Object.entries(registers.columns?.[feed.sheet] ?? {})) written.set(normalizeName(place.header), key);
  return (column) => {
    if (!column) return undefined;
    const n = normalizeName(column);
    return written.get(n) ?? lookup.get(n)?.key;
  };
}
