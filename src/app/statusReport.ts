import { ScheduleKey, SchemeKey } from '../domain/read/cellValue';
import { formatDateId, formatMonthId } from '../domain/dates/formatId';
import { IsoDate } from '../domain/dates/isoDate';
import { Finding } from '../domain/findings';
import { normalizeCode } from '../domain/read/cellValue';
import { RawWorkbook } from '../domain/raw';
import { PERSON_SHEETS } from '../domain/rules/doses';
import { sheetSchema } from '../domain/schema/registers';
import { DueEntry, dueList, Month, monthRange } from '../domain/status/dueList';
import { PersonStatus } from '../domain/status/types';
import { ReportMeta } from '../sheets/reportFrame';
import { SheetSpec } from '../sheets/spec';
import { jadwalSheet } from '../sheets/status/jadwalSheet';
import { kartuSheet } from '../sheets/status/kartuSheet';
import { sertifikatSheet } from '../sheets/status/sertifikatSheet';
import { statusSheet } from '../sheets/status/statusSheet';
import { checkWorkbook } from './checkWorkbook';
import { hasTHistory, StatusComputation } from './status';

export interface StatusReportOptions {
  /** The reference date ("today"). */
  today: IsoDate;
  /** The month of the due list and of the IDL certificates. */
  month: Month;
  /** When the report is made, formatted for people ("25-11-2026 10:15 WIB"). */
  generatedAt: string;
  /** Persons (NIK, `KK:<kode>/<urut>` or `<kode>/<urut>`) who get a Kartu TT besides everyone at T5. */
  kartuFor?: readonly string[];
  /** The scheme chosen for this run (the pane's picker); absent: the Puskesmas sheet's Skema cell. */
  scheme?: SchemeKey;
  /** The immunization schedule chosen for this run (pane, page, CLI --jadwal); absent: the Jadwal Imunisasi cell. */
  schedule?: ScheduleKey;
}

export interface StatusSummary {
  /** People on the Status T list. */
  orang: number;
  /** People at T0 … T5. */
  perStatus: number[];
  lengkap: number;
  dosisTidakDihitung: number;
  jadwal: { dosis: number; orang: number; terlambat: number };
  idlBulanIni: number;
  kartu: number;
  /** kartuFor entries that match nobody. */
  kartuTidakDitemukan: string[];
}

export interface StatusReport {
  computation: StatusComputation;
  /** People on the Status T list (women, pupils, anyone with a T dose). */
  persons: PersonStatus[];
  due: DueEntry[];
  specs: SheetSpec[];
  findings: Finding[];
  summary: StatusSummary;
}

/**
 * The status use case shared by the CLI and the pane: RawWorkbook → the four generated
 * sheets ("Status T", "Jadwal Bulan Ini", "Kartu TT", "Sertifikat IDL"), the findings and a
 * summary. Pure: the reference date, the month and the generation stamp are arguments.
 */
export function statusReport(workbook: RawWorkbook, options: StatusReportOptions): StatusReport {
  const { computation } = checkWorkbook(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
  const { registers, rules, persons: all } = computation;
  const persons = all.filter(hasTHistory);
  const due = dueList(all, rules.rules, options.month);
  const { first, last } = monthRange(options.month);
  const idl = all.filter((p) => p.infant?.idl?.reached && p.infant.idl.date! >= first && p.infant.idl.date! <= last).sort((a, b) => a.infant!.idl!.date!.localeCompare(b.infant!.idl!.date!) || a.nama.localeCompare(b.nama));
  const { found, missing } = choosePersons(all, options.kartuFor ?? []);
  const cards = persons.filter((p) => p.lengkap || found.has(p));
  for (const p of found) if (!cards.includes(p)) cards.push(p);
  const meta = (period: string, sheets: readonly (typeof PERSON_SHEETS)[number][]): ReportMeta => ({
    generatedAt: options.generatedAt,
    period,
    sources: sheets.filter((s) => registers.sheetNames[s]).map((s) => registers.sheetNames[s] ?? sheetSchema(s).name).join(', ') || '(tidak ada register)',
    preset: presetText(computation),
  });
  const asOf = `keadaan ${formatDateId(options.today)}`;
  const monthText = formatMonthId(options.month.year, options.month.month);
  const specs = [
    statusSheet(persons, registers, rules.rules, meta(asOf, PERSON_SHEETS)),
    jadwalSheet(due, options.month, registers, meta(`${monthText} (${asOf})`, PERSON_SHEETS)),
    kartuSheet(cards, registers, rules.rules, meta(asOf, ['bayi', 'bias', 'wus', 'caten', 'bumil']), options.today),
    sertifikatSheet(idl, options.month, registers, rules.rules, meta(monthText, ['bayi']), options.today),
  ];
  const perStatus = [0, 0, 0, 0, 0, 0];
  for (const p of persons) perStatus[p.status]++;
  return {
    computation,
    persons,
    due,
    specs,
    findings: computation.findings,
    summary: {
      orang: persons.length,
      perStatus,
      lengkap: perStatus[5],
      dosisTidakDihitung: persons.reduce((n, p) => n + p.doses.filter((d) => !d.valid).length, 0),
      jadwal: dueSummary(due),
      idlBulanIni: idl.length,
      kartu: cards.length,
      kartuTidakDitemukan: missing,
    },
  };
}

/** The due list alone ("imunisasi jadwal"): the month's sheet and its entries. */
export function jadwalReport(workbook: RawWorkbook, options: Omit<StatusReportOptions, 'kartuFor'>): { due: DueEntry[]; specs: SheetSpec[]; findings: Finding[]; summary: StatusSummary['jadwal']; computation: StatusComputation } {
  const { computation } = checkWorkbook(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
  const due = dueList(computation.persons, computation.rules.rules, options.month);
  const meta: ReportMeta = {
    generatedAt: options.generatedAt,
    period: `${formatMonthId(options.month.year, options.month.month)} (keadaan ${formatDateId(options.today)})`,
    sources: PERSON_SHEETS.map((s) => computation.registers.sheetNames[s]).filter(Boolean).join(', ') || '(tidak ada register)',
    preset: presetText(computation),
  };
  return { due, specs: [jadwalSheet(due, options.month, computation.registers, meta)], findings: computation.findings, summary: dueSummary(due), computation };
}

function dueSummary(due: readonly DueEntry[]): StatusSummary['jadwal'] {
  return { dosis: due.length, orang: new Set(due.map((e) => e.personKey)).size, terlambat: due.filter((e) => e.overdue).length };
}

/** "Skema Td terkini" plus the Aturan rows that changed it. */
function presetText({ rules }: StatusComputation): string {
  const changes = rules.overrides.length > 0 ? ` dengan ${rules.overrides.length} ubahan dari sheet Aturan (${rules.overrides.map((o) => `${o.name} = ${o.value}`).join('; ')})` : '';
  return `Skema ${rules.rules.name}${changes}`;
}

/** Persons by NIK, `KK:<kode>/<urut>` or `<kode>/<urut>`; the ones matching nobody are returned. */
function choosePersons(persons: readonly PersonStatus[], wanted: readonly string[]): { found: Set<PersonStatus>; missing: string[] } {
  const byKey = new Map<string, PersonStatus>();
  for (const p of persons) if (p.id) byKey.set(p.id, p);
  const found = new Set<PersonStatus>();
  const missing: string[] = [];
  for (const w of wanted) {
    const text = w.trim();
    const key = /^\d{16}$/.test(text) ? text : `KK:${normalizeCode(text.replace(/^KK:/i, ''))}`;
    const p = byKey.get(key);
    if (p) found.add(p);
    else missing.push(w);
  }
  return { found, missing };
}
