import { ScheduleKey, SchemeKey } from '../domain/read/cellValue';
import { isIsoDate, IsoDate } from '../domain/dates/isoDate';
import { Finding, sortFindings } from '../domain/findings';
import { RawWorkbook } from '../domain/raw';
import { checkWorkbook } from './checkWorkbook';
import { Registers } from '../domain/registers/types';
import { biasReport, BiasReport } from '../domain/reports/bias';
import { computability } from '../domain/reports/computability';
import { ReportSettings, ReportSettingsOverrides, resolveReportSettings, targetSheetOverrides } from '../domain/reports/settings';
import { targetFindings } from '../domain/reports/targetFindings';
import { GenerationStamp, isGenerationStamp } from '../domain/reports/stamp';
import { SHEETS } from '../domain/schema/registers';
import { biasSheet, biasTargetKeys } from '../sheets/reports/biasSheet';
import { SheetSpec } from '../sheets/spec';

export interface BiasReportOptions {
  year: number;
  today: IsoDate;
  generatedAt: GenerationStamp;
  settings?: ReportSettingsOverrides;
  /** The scheme chosen for this run (the pane's picker); absent: the Puskesmas sheet's Skema cell. */
  scheme?: SchemeKey;
  /** The immunization schedule chosen for this run (pane, page, CLI --jadwal); absent: the Jadwal Imunisasi cell. */
  schedule?: ScheduleKey;
}

export interface BiasReportResult {
  specs: SheetSpec[];
  findings: Finding[];
  model: BiasReport;
}

/**
 * Laporan BIAS of a whole year (thesis Tabel 4.2 no. 3, yearly): one sheet, per school grouped
 * by kelurahan. The monthly report carries the same sheet for the year to date.
 */
export function yearlyBiasReport(workbook: RawWorkbook, options: BiasReportOptions): BiasReportResult {
  const { findings, computation } = checkWorkbook(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
  return yearlyBiasReportFromRegisters(computation.registers, findings, options);
}

export function yearlyBiasReportFromRegisters(registers: Registers, readFindings: readonly Finding[], options: BiasReportOptions): BiasReportResult {
  if (!Number.isInteger(options.year)) throw new Error(`Invalid report year ${options.year}`);
  if (!isIsoDate(options.today)) throw new Error(`Invalid reference date ${options.today}`);
  if (!isGenerationStamp(options.generatedAt)) throw new Error(`Invalid generation stamp ${options.generatedAt}`);
  const scheme = registers.puskesmas?.skema ?? 'td';
  const model = biasReport(registers, options.year, 12, scheme);
  // As the monthly report: the workbook's Target sheet for the year over the defaults, the caller's overrides over both.
  const fromSheet = targetSheetOverrides(registers.targets, options.year);
  const settings: ReportSettings = { ...resolveReportSettings(options.settings, resolveReportSettings(fromSheet.overrides)), targetSource: fromSheet.source };
  const order = [...SHEETS.map((s) => registers.sheetNames[s.key] ?? s.name), registers.targets?.sheet ?? 'Target'];
  const targets = targetFindings(registers, settings, options.year, biasTargetKeys(model), scheme, { need: false });
  const findings = sortFindings([...readFindings, ...targets, ...model.findings], order);
  // The same marks as the monthly report: broken inputs read "tidak dapat dihitung", errors make it not final.
  const listed = [...new Set(registers.kelurahan.filter((k) => k.tahun === options.year).map((k) => k.kode))];
  const blocked = computability(findings, registers, { listed, period: { year: options.year, month: 12 } });
  const spec = biasSheet(model, { puskesmas: registers.puskesmas, year: options.year, month: 12, today: options.today, generatedAt: options.generatedAt, settings, computability: blocked });
  return { specs: [spec], findings, model };
}
