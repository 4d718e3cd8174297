import { targetGapFindings } from '../domain/programme/programmeGaps';
import { Finding, sortFindings } from '../domain/findings';
import { RawWorkbook } from '../domain/raw';
import { ReadOptions } from '../domain/registers/readRegisters';
import { readTargetSheet } from '../domain/programme/readTargetSheet';
import { readRegistersKept } from './keptRegisters';
import { Registers } from '../domain/registers/types';
import { unknownAturanFindings } from '../domain/rules/aturan/catalog';
import { readAturan } from '../domain/rules/aturan/readAturan';
import { applyAturan, LoadedRules } from '../domain/rules/loadRules';
import { rulesFor } from '../domain/rules/scheduleRules';
import { scheduleColumnFindings } from '../domain/registers/scheduleColumns';
import { SHEETS } from '../domain/schema/registers';
import { computeReportStatus, computeStatus, StatusOptions } from '../domain/status/computeStatus';
import { lateDoseFindings } from '../domain/status/lateDoses';
import { PersonStatus, ReportPerson } from '../domain/status/types';
import { Rules } from '../domain/rules/types';

export interface StatusComputation<P = PersonStatus> {
  registers: Registers;
  rules: LoadedRules;
  /** Every person's status: PersonStatus, or for the monthly report only what it reads (ReportPerson). */
  persons: P[];
  /** Register, Aturan and linking findings, in workbook order. */
  findings: Finding[];
}

/**
 * RawWorkbook → registers, rules (the Skema's preset with the Aturan sheet over it) and every
 * person's status. Pure: `today` is an argument (the CLI and the pane take it from the
 * puskesmas's clock).
 */
export function computeWorkbookStatus(workbook: RawWorkbook, options: ReadOptions & Pick<StatusOptions, 'schedules'>): StatusComputation {
  return computeWith(workbook, options, (registers, rules) => computeStatus(registers, rules, { today: options.today, schedules: options.schedules }));
}

/**
 * computeWorkbookStatus for the monthly report: the same registers, rules and findings, and of
 * each person what the report reads (computeReportStatus), not a whole status.
 */
export function computeWorkbookReportStatus(workbook: RawWorkbook, options: ReadOptions): StatusComputation<ReportPerson> {
  return computeWith(workbook, options, (registers, rules) => computeReportStatus(registers, rules, { today: options.today }));
}

function computeWith<P>(workbook: RawWorkbook, options: ReadOptions, engine: (registers: Registers, rules: Rules) => { persons: P[]; findings: Finding[] }): StatusComputation<P> {
  const read = readRegistersKept(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
  const targets = readTargetSheet(workbook);
  const registers: Registers = { ...read.registers, targets };
  // The dose columns the Jadwal Imunisasi needs (RV, IPV 2, PCV under Kemenkes terkini) and the registers lack.
  const registerFindings = [...read.findings, ...scheduleColumnFindings(registers), ...(targets?.findings ?? []), ...targetGapFindings(targets)];
  const aturan = readAturan(workbook);
  const rules = applyAturan(rulesFor(registers.puskesmas?.skema ?? 'td', registers.puskesmas?.jadwal), aturan);
  const { persons, findings: statusFindings } = engine(registers, rules.rules);
  const order = [...SHEETS.map((s) => registers.sheetNames[s.key] ?? s.name), aturan?.sheet ?? 'Aturan', targets?.sheet ?? 'Target'];
  const findings = sortFindings([...registerFindings, ...rules.findings, ...(aturan ? unknownAturanFindings(aturan) : []), ...statusFindings, ...lateDoseFindings(registers, rules.rules, read.findings)], order);
  return { registers, rules, persons, findings };
}

/** Whether a person belongs on the Status T list: a woman or pupil, or anyone with a T dose. */
export function hasTHistory(p: PersonStatus): boolean {
  return p.doses.length > 0 || p.screenings.length > 0 || p.rows.some((r) => r.sheet !== 'bayi');
}
