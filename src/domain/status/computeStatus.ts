import { internalErrorFinding } from '../internalError';
import { IsoDate } from '../dates/isoDate';
import { Finding, sortFindings } from '../findings';
import { Bayi, Bumil, Registers } from '../registers/types';
import { DOSES_BY_SHEET, PERSON_SHEETS } from '../rules/doses';
import { PersonSheet, Rules } from '../rules/types';
import { SHEETS } from '../schema/registers';
import { infantCompleteness, infantStatus, judgedTooClose } from './infant';
import { AnyPersonRow, LinkedRows, linkRows, Placer } from './link';
import { pregnancyNeeds } from './pregnancy';
import { computeTOf, DoseEvent, newTResult, ScreeningEvent, TContext, TEvent, TResult } from './tStatus';
import { infantTooCloseFinding, T_CHECKED_SHEETS, tTooCloseFinding } from './tooClose';
import { Kelompok, PersonStatus, PregnancyNeed, ReportDose, ReportPerson } from './types';

export interface StatusOptions {
  /** The reference date ("today"): always an argument, never the clock. */
  today: IsoDate;
  /**
   * False: infants' open doses (what is due next, the due lists) are not worked out, and every
   * infant's `open` is empty. For the monthly report, which reads only IDL, IBL and T doses.
   */
  schedules?: boolean;
}

export interface StatusResult {
  /** Every person of the person registers, in the order they first appear. */
  persons: PersonStatus[];
  /** Linking problems (likely duplicates, key conflicts) and incomplete screenings. */
  findings: Finding[];
}

/** Shared by every person without pregnancies (most): one empty array, not 100k. */
const NONE: readonly never[] = Object.freeze([]);

const SHEET_RANK: Record<PersonSheet, number> = { bayi: 0, bias: 1, wus: 2, caten: 3, bumil: 4 };
/**
 * Which register's entry of one dose counts when a dose is recorded on the same day in two
 * registers (the other is "dihitung sekali"): Register Bumil before WUS and caten. A Td given
 * to a pregnant woman is often written both in her WUS row and in her Register Bumil row (the
 * manual double entry the thesis warns about, ch. IV); it is one dose, and a bumil dose, so
 * TT1/Td1 and T2+ bumil count her (issue 11 item 8).
 */
const SAME_DAY_RANK: Record<PersonSheet, number> = { bayi: 0, bias: 1, bumil: 2, wus: 3, caten: 4 };

/**
 * Status T, next dose, pregnancy needs and the infant schedule for every person of the
 * registers, linked across registers (link.ts). Pure: the reference date is an argument.
 */
export function computeStatus(registers: Registers, rules: Rules, options: StatusOptions): StatusResult {
  const { today } = options;
  const schedules = options.schedules !== false;
  const walk = new PersonWalk(registers, rules, today);
  const { linked, ctx, tResult } = walk;
  const persons: PersonStatus[] = new Array(linked.keys.length);
  for (let p = 0; p < persons.length; p++) {
    // One person's record on its own: a bug in it names the person's row and the others are still computed.
    try {
      const count = walk.gather(p, true);
      const rows = walk.rows;
      const identity = rows.length === 1 ? null : identityOf(rows, walk.rowKelurahan, today);
      // Most people are in one register: their identity is that row's, read straight from it.
      const only = rows[0];
      const tanggalLahir = identity ? identity.tanggalLahir : only.tanggalLahir;
      ctx.birth = tanggalLahir;
      ctx.trackBefore = walk.bumilRows !== null;
      const t = computeTOf(walk.events, count, rules, ctx, tResult);
      walk.tooCloseT(t);
      const pregnancies = walk.bumilRows ? pregnancyNeeds(walk.bumilRows, t, rules, today) : NONE;
      // Built field by field (no spread): one object per person, 100k of them.
      persons[p] = {
        key: linked.keys[p],
        id: linked.ids[p],
        nik: identity ? identity.nik : only.nik,
        kodeKK: identity ? identity.kodeKK : only.kodeKK,
        noUrut: identity ? identity.noUrut : only.noUrut,
        nama: identity ? identity.nama : only.nama,
        jk: identity ? identity.jk : only.jk,
        tanggalLahir,
        kelurahan: identity ? identity.kelurahan : walk.firstKelurahan,
        alamat: identity ? identity.alamat : only.alamat,
        noHp: identity ? identity.noHp : only.noHp,
        namaIbu: identity ? identity.namaIbu : only.sheet === 'bayi' ? only.namaIbu : null,
        rows,
        kelompok: kelompokOf(rows, pregnancies, today),
        doses: t.doses,
        screenings: t.screenings,
        status: t.status,
        statusDate: t.statusDate,
        protectedUntil: t.protectedUntil,
        next: t.next,
        nextKind: t.nextKind,
        lengkap: t.lengkap,
        pregnancies,
        infant: walk.bayi ? walk.tooCloseInfant(infantStatus(walk.bayi, rules, today, walk.infantHeader, schedules)) : null,
      };
    } catch (error) {
      walk.failedAt(p, error);
    }
  }
  return { persons: walk.failed > 0 ? persons.filter((x) => x !== undefined) : persons, findings: walk.sortedFindings() };
}

export interface ReportStatusResult {
  /** Every person of the person registers, in the order they first appear (as computeStatus). */
  persons: ReportPerson[];
  /** The same findings as computeStatus's. */
  findings: Finding[];
}

/**
 * What the monthly report reads of the status engine (ReportPerson), for every person, with
 * the same findings as computeStatus: the T engine runs only for a person with a row in
 * Register WUS, Caten or Bumil (the report counts T doses only there); an infant's IDL and IBL
 * without the schedule. At 100k rows most persons are infants and pupils, whose T history no
 * report line reads. Pure: the reference date is an argument.
 */
export function computeReportStatus(registers: Registers, rules: Rules, options: Pick<StatusOptions, 'today'>): ReportStatusResult {
  const { today } = options;
  const walk = new PersonWalk(registers, rules, today);
  const { ctx, tResult } = walk;
  // No reasons for doses that do not count, no next dose or protection: no report line reads them.
  ctx.explain = false;
  const persons: ReportPerson[] = new Array(walk.linked.keys.length);
  for (let p = 0; p < persons.length; p++) {
    try {
      const count = walk.gather(p, false);
      const rows = walk.rows;
      let doses: readonly ReportDose[] = NONE;
      if (walk.woman) {
        ctx.birth = rows.length === 1 ? rows[0].tanggalLahir : firstOf(rows, (r) => r.tanggalLahir);
        // No pregnancy needs here: the status before each dose is not recorded.
        ctx.trackBefore = false;
        const t = computeTOf(walk.events, count, rules, ctx, tResult);
        walk.tooCloseT(t);
        doses = t.doses;
      }
      persons[p] = {
        kelurahan: rows.length === 1 ? walk.firstKelurahan : latestKelurahan(rows, walk.rowKelurahan, today),
        rows,
        doses,
        infant: walk.bayi ? walk.tooCloseInfant(infantCompleteness(walk.bayi, rules, today)) : null,
      };
    } catch (error) {
      walk.failedAt(p, error);
    }
  }
  return { persons: walk.failed > 0 ? persons.filter((x) => x !== undefined) : persons, findings: walk.sortedFindings() };
}

/**
 * The registers linked into persons, and per person (gather) their T events and the
 * screening findings: what computeStatus and computeReportStatus share. One context, one
 * event list, one set of event objects and one T result for every person (computeT keeps
 * none of them): 400k fewer short-lived objects.
 */
class PersonWalk {
  readonly linked: LinkedRows;
  readonly ctx: TContext;
  readonly events: TEvent[] = [];
  readonly tResult = newTResult();
  failed = 0;
  // Of the person gather() last saw:
  rows: AnyPersonRow[] = [];
  bumilRows: Bumil[] | null = null;
  bayi: Bayi | null = null;
  /** The first row's kelurahan: a person in one register (most) takes theirs from it. */
  firstKelurahan: string | null = null;
  /** Whether the person has a row in Register WUS, Caten or Bumil. */
  woman = false;
  readonly rowKelurahan: (r: AnyPersonRow) => string | null;
  readonly infantHeader: (key: string) => string;
  private readonly place: Placer;
  private readonly findings: Finding[];
  private readonly doseEvents: DoseEvent[] = [];
  private readonly screeningEvents: ScreeningEvent[] = [];
  /** Which dose columns count, per register (by SHEET_RANK), with their header as written and their place in register order. */
  private readonly sources: { dose: string; raises: boolean; index: number; column: string }[][];

  constructor(
    private readonly registers: Registers,
    private readonly rules: Rules,
    today: IsoDate,
  ) {
    const place = new Placer(registers);
    this.place = place;
    this.linked = linkRows(registers);
    this.findings = this.linked.findings;
    // Worked out once, not per row.
    this.sources = PERSON_SHEETS.map(() => []);
    for (const sheet of PERSON_SHEETS) {
      const order = DOSES_BY_SHEET[sheet].map((d) => d.key);
      this.sources[SHEET_RANK[sheet]] = rules.tSources.filter((s) => s.sheet === sheet).map((s) => ({ dose: s.dose, raises: s.raises, index: order.indexOf(s.dose), column: place.header(sheet, s.dose) }));
    }
    const infantHeaders = new Map(DOSES_BY_SHEET.bayi.map((d) => [d.key, place.header('bayi', d.key)]));
    this.infantHeader = (key: string) => infantHeaders.get(key) ?? key;
    const schoolKelurahan = new Map<string, string | null>();
    for (const s of registers.sekolah) schoolKelurahan.set(s.kode, s.kodeKelurahan);
    this.rowKelurahan = (r: AnyPersonRow) => (r.sheet === 'bias' ? (r.kodeSekolah ? (schoolKelurahan.get(r.kodeSekolah) ?? null) : null) : r.kodeKelurahan);
    this.ctx = { today, birth: null, sheetName: (sheet: PersonSheet) => place.sheetName(sheet), trackBefore: false, explain: true };
  }

  /**
   * Person p's rows, Register Bayi row, Register Bumil rows and T events (into `events`; the
   * count is returned), and the findings of incomplete screenings. With `always` false (the
   * report), the T events only for a person with a row in the women's registers (`woman`), and
   * no Register Bumil rows (no pregnancy needs); the findings for everyone.
   */
  gather(p: number, always: boolean): number {
    const rows = this.linked.rows[p];
    this.rows = rows;
    this.bumilRows = null;
    this.bayi = null;
    let woman = false;
    // Whether to gather the T events is known before the rows are walked (computeStatus: always).
    if (!always) {
      for (let i = 0; i < rows.length; i++) {
        const sheet = rows[i].sheet;
        if (sheet === 'wus' || sheet === 'caten' || sheet === 'bumil') woman = true;
      }
    }
    const withEvents = always || woman;
    const { events, doseEvents, screeningEvents, sources } = this;
    let count = 0;
    let doseCount = 0;
    let screeningCount = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const kelurahan = this.rowKelurahan(row);
      if (i === 0) this.firstKelurahan = kelurahan;
      const base = SAME_DAY_RANK[row.sheet] * 1e7 + row.row * 100;
      const doses = row.doses;
      // Indexed loops here and below, not for…of: the part of a call that runs before V8 has
      // optimised the loop would otherwise make an iterator result per step (~10 MB per call).
      const rowSources = withEvents ? sources[SHEET_RANK[row.sheet]] : NONE;
      for (let k = 0; k < rowSources.length; k++) {
        const s = rowSources[k];
        const date = doses[s.dose];
        if (date === undefined) continue;
        let event = doseEvents[doseCount];
        if (event === undefined) {
          event = { kind: 'dose', date, sheet: row.sheet, row: row.row, column: s.column, doseKey: s.dose, raises: s.raises, kelurahan, order: base + s.index };
          doseEvents[doseCount] = event;
        } else {
          event.date = date;
          event.sheet = row.sheet;
          event.row = row.row;
          event.column = s.column;
          event.doseKey = s.dose;
          event.raises = s.raises;
          event.kelurahan = kelurahan;
          event.order = base + s.index;
        }
        doseCount++;
        events[count++] = event;
      }
      if (row.sheet === 'wus' || row.sheet === 'caten' || row.sheet === 'bumil') {
        woman = true;
        const { statusSkrining: status, tanggalSkrining: date } = row;
        if (status !== null && date !== null) {
          let event = screeningEvents[screeningCount];
          if (event === undefined) {
            event = { kind: 'screening', date, status, sheet: row.sheet, row: row.row, order: base };
            screeningEvents[screeningCount] = event;
          } else {
            event.date = date;
            event.status = status;
            event.sheet = row.sheet;
            event.row = row.row;
            event.order = base;
          }
          screeningCount++;
          events[count++] = event;
        } else if (status !== null || date !== null) {
          const missing = status === null ? 'statusSkrining' : 'tanggalSkrining';
          this.findings.push(this.place.finding(row, missing, 'SCREENING_INCOMPLETE', status === null ? 'Tanggal Skrining diisi tetapi Status T Skrining kosong, sehingga skrining ini tidak dipakai. Isi status T (0–5) menurut kartu' : 'Status T Skrining diisi tetapi Tanggal Skrining kosong, sehingga skrining ini tidak dipakai. Isi tanggal skrining (atau tanggal dosis terakhir pada kartu)'));
        }
        if (always && row.sheet === 'bumil') (this.bumilRows ??= []).push(row);
      } else if (row.sheet === 'bayi' && this.bayi === null) {
        this.bayi = row;
      }
    }
    this.woman = woman;
    return count;
  }

  /**
   * Periksa's DOSE_TOO_CLOSE for the person's Td/TT doses in Register WUS, Caten and Bumil that
   * the T engine just did not count for their gap (tooClose.ts). Those registers only: the
   * report's engine walks T for a person with a row there and no one else, and both doors must
   * say the same.
   */
  tooCloseT(t: TResult): void {
    for (let i = 0; i < t.early.length; i++) {
      if (T_CHECKED_SHEETS.has(t.early[i].dose.sheet)) this.findings.push(tTooCloseFinding(this.place, t.early[i], this.rules));
    }
  }

  /** Periksa's DOSE_TOO_CLOSE for the infant doses the engine just judged too close (`infant`: its result, passed on). */
  tooCloseInfant<I>(infant: I): I {
    const close = judgedTooClose(this.rules);
    for (let i = 0; i < close.length; i++) this.findings.push(infantTooCloseFinding(this.place, this.bayi!, close[i], this.rules));
    return infant;
  }

  /** A bug in person p's record: an INTERNAL_ERROR finding naming their first row. */
  failedAt(p: number, error: unknown): void {
    const first = this.linked.rows[p][0];
    this.findings.push(internalErrorFinding({ sheet: this.place.sheetName(first.sheet), row: first.row, what: `status T orang di baris ${first.row}`, consequence: 'Orang ini tidak masuk status T, jadwal dan laporan; orang lain tetap dihitung' }, error));
    this.failed++;
  }

  sortedFindings(): Finding[] {
    const order = SHEETS.map((s) => this.registers.sheetNames[s.key] ?? s.name);
    return sortFindings(this.findings, order);
  }
}

function kelompokOf(rows: readonly AnyPersonRow[], pregnancies: readonly PregnancyNeed[], today: IsoDate): Kelompok {
  for (let i = 0; i < pregnancies.length; i++) if (pregnancies[i].active) return 'bumil';
  // Loops, not rows.some(…): three closures per person add up over 100k persons.
  let woman = false;
  let pupil = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.sheet === 'caten' && (r.rencanaNikah === null || r.rencanaNikah >= today)) return 'caten';
    if (r.sheet === 'wus' || r.sheet === 'caten' || r.sheet === 'bumil') woman = true;
    else if (r.sheet === 'bias') pupil = true;
  }
  return woman ? 'wus' : pupil ? 'murid' : 'bayi';
}

type Identity = Pick<PersonStatus, 'nik' | 'kodeKK' | 'noUrut' | 'nama' | 'jk' | 'tanggalLahir' | 'kelurahan' | 'alamat' | 'noHp' | 'namaIbu'>;

/** The most recent dated activity on a row (a dose, visit or screening up to the reference date). */
function lastActivity(row: AnyPersonRow, today: IsoDate): IsoDate {
  let last = '';
  const consider = (d: IsoDate | null | undefined) => {
    if (d && d > last && d <= today) last = d;
  };
  for (const key in row.doses) consider(row.doses[key]);
  if (row.sheet === 'wus' || row.sheet === 'caten' || row.sheet === 'bumil') consider(row.tanggalSkrining);
  if (row.sheet === 'bumil') {
    consider(row.hpht);
    for (const key in row.kunjungan) consider(row.kunjungan[key]);
  }
  return last;
}

/**
 * Name, kelurahan, phone and address from the person's most recent row (people move and
 * change numbers; ties go to the later register); keys and birth date from the first row
 * that has them (conflicting birth dates are findings of link.ts). For a person with more
 * than one row (a single row is its own identity).
 */
function identityOf(rows: readonly AnyPersonRow[], rowKelurahan: (r: AnyPersonRow) => string | null, today: IsoDate): Identity {
  const latest = latestRow(rows, today);
  const first = <T>(pick: (r: AnyPersonRow) => T | null): T | null => firstOf(rows, pick);
  const preferLatest = <T>(pick: (r: AnyPersonRow) => T | null): T | null => {
    const v = pick(latest);
    return v !== null && v !== undefined && v !== '' ? v : first(pick);
  };
  return {
    nik: first((r) => r.nik),
    kodeKK: first((r) => r.kodeKK),
    noUrut: first((r) => r.noUrut),
    nama: preferLatest((r) => r.nama) ?? '',
    jk: first((r) => r.jk),
    tanggalLahir: first((r) => r.tanggalLahir),
    kelurahan: preferLatest(rowKelurahan),
    alamat: preferLatest((r) => r.alamat),
    noHp: preferLatest((r) => r.noHp),
    namaIbu: first((r) => (r.sheet === 'bayi' ? r.namaIbu : null)),
  };
}

/** identityOf's kelurahan alone (computeReportStatus reads no other part of the identity). */
function latestKelurahan(rows: readonly AnyPersonRow[], rowKelurahan: (r: AnyPersonRow) => string | null, today: IsoDate): string | null {
  const v = rowKelurahan(latestRow(rows, today));
  return v !== null && v !== undefined && v !== '' ? v : firstOf(rows, rowKelurahan);
}

/** The row with the most recent activity (ties: the later register). */
function latestRow(rows: readonly AnyPersonRow[], today: IsoDate): AnyPersonRow {
  let latest = rows[0];
  let latestDate = lastActivity(latest, today);
  for (let i = 1; i < rows.length; i++) {
    const d = lastActivity(rows[i], today);
    if (d > latestDate || (d === latestDate && SHEET_RANK[rows[i].sheet] >= SHEET_RANK[latest.sheet])) {
      latest = rows[i];
      latestDate = d;
    }
  }
  return latest;
}

/** The first row's value that is there (not null, undefined or empty). */
function firstOf<T>(rows: readonly AnyPersonRow[], pick: (r: AnyPersonRow) => T | null): T | null {
  for (const r of rows) {
    const v = pick(r);
    if (v !== null && v !== undefined && v !== '') return v;
  }
  return null;
}
