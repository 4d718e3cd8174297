import { ScheduleKey, SchemeKey } from '../domain/read/cellValue';
import { Rules } from '../domain/rules/types';
import { isIsoDate, IsoDate } from '../domain/dates/isoDate';
import { Finding, sortFindings } from '../domain/findings';
import { RawWorkbook } from '../domain/raw';
import { checkWorkbookForReport } from './checkWorkbook';
import { Registers } from '../domain/registers/types';
import { biasReport, BiasReport } from '../domain/reports/bias';
import { DataLaporan } from '../domain/dataLaporan/types';
import { RegistersReport } from '../domain/merge/types';
import { buildDataLaporan } from '../domain/reports/dataLaporan';
import { computability, Computability } from '../domain/reports/computability';
import { immunizationReport, ImmunizationReport, INFANT_KEYS } from '../domain/reports/immunization';
import { emptyMonthNotice, MonthData, monthData, noStockNotice } from '../domain/reports/monthData';
import { kelurahanSasaran } from '../domain/reports/sasaran';
import { checkReportSettings, ReportSettings, ReportSettingsOverrides, resolveReportSettings, targetSheetOverrides } from '../domain/reports/settings';
import { targetFindings } from '../domain/reports/targetFindings';
import { StatusInput } from '../domain/reports/statusInput';
import { formatStampId, GenerationStamp, isGenerationStamp } from '../domain/reports/stamp';
import { vaccineNeedReport, VaccineNeedReport } from '../domain/reports/vaccineNeed';
import { vaccineStockReport, VaccineStockReport } from '../domain/reports/vaccineStock';
import { SHEETS } from '../domain/schema/registers';
import { SheetSpec } from '../sheets/spec';
import { LayoutContext, meta } from '../sheets/reports/context';
import { BIAS_SHEET, biasSheet } from '../sheets/reports/biasSheet';
import { guardedSheets } from '../sheets/guardedSheets';
import { DATA_LAPORAN_SHEET } from '../domain/dataLaporan/types';
import { dataLaporanSheetSpec } from '../sheets/dataLaporanSheet';
import { IMMUNIZATION_SHEET, immunizationSheet } from '../sheets/reports/immunizationSheet';
import { NEED_SHEET, needSheet } from '../sheets/reports/needSheet';
import { PWS_CHART_SHEET, pwsChartSheet } from '../sheets/reports/pwsChartSheet';
import { PWS_SHEET, pwsSheet } from '../sheets/reports/pwsSheet';
import { STOCK_SHEET, stockSheet } from '../sheets/reports/stockSheet';
import { monthlyQuality } from '../domain/quality/monthlyQuality';
import { QualityReport } from '../domain/quality/types';
import { monthlyQualitySheet, QUALITY_SHEET } from '../sheets/quality/monthlyQualitySheet';
import { registerRecount } from '../domain/quality/verification';
import { acceptLastYear, LastYearReport } from './lastYearCheck';

export interface ReportOptions {
  year: number;
  /** 1–12 */
  month: number;
  /** The reference date: register dates after it are findings. */
  today: IsoDate;
  /** When the report is made, ISO 8601 with the zone offset ("2026-01-05T10:15:00+07:00"). */
  generatedAt: GenerationStamp;
  /** Overrides of the programme settings (targets, thresholds, denominators). */
  settings?: ReportSettingsOverrides;
  /**
   * Last year's report of the same month (readLastYearReport), for Kualitas Data's comparison
   * over time; refused (LastYearRefusedError) when it is another puskesmas's or another month's.
   */
  lastYear?: LastYearReport | null;
  /** The scheme chosen for this run (the pane's picker); absent: the Puskesmas sheet's Skema cell. */
  scheme?: SchemeKey;
  /** The immunization schedule chosen for this run (pane, page, CLI --jadwal); absent: the Jadwal Imunisasi cell. */
  schedule?: ScheduleKey;
  /** The rules the status persons were computed with (preset + Aturan): the report's notes name their IDL and IBL doses. */
  rules?: Rules;
}

export interface MonthlyReportModel {
  settings: ReportSettings;
  immunization: ImmunizationReport;
  stock: VaccineStockReport;
  need: VaccineNeedReport;
  bias: BiasReport;
  dataLaporan: DataLaporan;
  /** Which figures cannot be computed from these registers, and how many errors they hold. */
  computability: Computability;
  quality: QualityReport;
  /** What the workbook holds for the month (none, or no stock rows: the sheets and the summary say so). */
  data: MonthData;
}

export interface MonthlyReportResult {
  /** The generated sheets, in the order they are added to the workbook. */
  specs: SheetSpec[];
  /** The reader's findings and the report's own, sorted by sheet and row. */
  findings: Finding[];
  model: MonthlyReportModel;
}

/**
 * The monthly report of a puskesmas workbook: Laporan Imunisasi, PWS, Grafik PWS, Pemantauan
 * Vaksin, Rencana Kebutuhan Vaksin, Laporan BIAS (year to date), Kualitas Data and Data Laporan, with the
 * Td/TT, IDL and UCI lines from the status T engine (the Skema's rules, Aturan over them). Pure: the
 * CLI and the task pane call it and write the specs with their own writer.
 */
export function monthlyReport(workbook: RawWorkbook, options: ReportOptions): MonthlyReportResult {
  checkOptions(options);
  // The report reads only IDL, IBL and T doses of the status (ReportPerson), not every person's whole status.
  const { findings, computation } = checkWorkbookForReport(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
  return monthlyReportFromRegisters(computation.registers, findings, { ...options, rules: options.rules ?? computation.rules.rules }, computation.persons);
}

/**
 * The same from registers already read (the pane reads once and makes several reports). With
 * the status engine's persons the report adds IDL, UCI and the Td/TT lines.
 */
export function monthlyReportFromRegisters(registers: Registers, readFindings: readonly Finding[], options: ReportOptions, status?: readonly StatusInput[]): MonthlyReportResult {
  checkOptions(options);
  const { year, month } = options;
  // Before any figure is computed: another puskesmas's or another month's report is refused, never compared.
  const lastYear = options.lastYear ? acceptLastYear(options.lastYear, { kode: registers.puskesmas?.kode ?? null, tahun: year - 1, bulan: month }) : null;
  // The workbook's Target sheet for the report year over the defaults, the caller's overrides over both.
  const fromSheet = targetSheetOverrides(registers.targets, year);
  const settings: ReportSettings = { ...resolveReportSettings(options.settings, resolveReportSettings(fromSheet.overrides)), targetSource: fromSheet.source };
  const problems = checkReportSettings(settings);
  if (problems.length > 0) throw new Error(`Invalid report settings: ${problems.join(' ')}`);
  const scheme = registers.puskesmas?.skema ?? 'td';
  const sasaran = kelurahanSasaran(registers, year, settings);
  const immunization = immunizationReport(registers, sasaran.list, year, month, settings, status);
  const stock = vaccineStockReport(registers, year, month);
  const need = vaccineNeedReport(registers, stock.lines, year, scheme, settings);
  const bias = biasReport(registers, year, month, scheme);
  const order = [...SHEETS.map((s) => registers.sheetNames[s.key] ?? s.name), registers.targets?.sheet ?? 'Target'];
  const targets = targetFindings(registers, settings, year, [...new Set([...immunization.keys.filter((k) => INFANT_KEYS.includes(k)), ...settings.pwsAntigens.filter((k) => k in immunization.total.lines)])], scheme);
  const findings = sortFindings([...readFindings, ...targets, ...sasaran.findings, ...immunization.findings, ...stock.findings, ...bias.findings], order);
  // No silent wrong figure: what the errors touch is "tidak dapat dihitung", and a report with any error is not final.
  const blocked = computability(findings, registers, { listed: sasaran.list.map((k) => k.kode), persons: status, period: { year, month } });
  const dataLaporan = buildDataLaporan({ puskesmas: registers.puskesmas, year, month, generatedAt: options.generatedAt, immunization, bias, stock, computability: blocked, targets: settings });
  const quality = monthlyQuality({ registers, immunization, stock, year, month, lastYear });
  const data = monthData(registers, year, month);
  const ctx: LayoutContext = { puskesmas: registers.puskesmas, year, month, today: options.today, generatedAt: options.generatedAt, settings, notice: emptyMonthNotice(data), stockNotice: noStockNotice(data), computability: blocked, completeness: options.rules };
  // Each sheet on its own: a bug in one layout names that sheet, and the others are still made.
  const laid = guardedSheets(
    [
      { name: IMMUNIZATION_SHEET, build: () => immunizationSheet(immunization, ctx) },
      { name: PWS_SHEET, build: () => pwsSheet(immunization, ctx) },
      { name: PWS_CHART_SHEET, build: () => pwsChartSheet(immunization, ctx) },
      { name: STOCK_SHEET, build: () => stockSheet(stock, ctx) },
      { name: NEED_SHEET, build: () => needSheet(need, ctx) },
      { name: BIAS_SHEET, build: () => biasSheet(bias, ctx) },
      { name: QUALITY_SHEET, build: () => monthlyQualitySheet(quality, ctx) },
      { name: DATA_LAPORAN_SHEET, build: () => dataLaporanSheetSpec(dataLaporan, formatStampId(options.generatedAt)) },
    ],
    { puskesmas: registers.puskesmas, meta: meta(ctx, 'Register puskesmas') },
  );
  return { specs: laid.specs, findings: [...findings, ...laid.findings], model: { settings, immunization, stock, need, bias, dataLaporan, quality, data, computability: blocked } };
}

/**
 * For the Dinkes merge (readMergeInput's RegistersToReport; mergeReports' default): a full
 * register workbook turned into its month's Data Laporan on the fly. Null when the workbook
 * holds no Register Bayi (it is no puskesmas's registers); a problem when it does but has no
 * Kode Puskesmas, since Dinkes could not tell whose report it is. Names and NIK stay inside.
 */
export function registersToDataLaporan(options: ReportOptions): (workbook: RawWorkbook) => RegistersReport | null {
  checkOptions(options);
  return (workbook) => {
    const { computation: status } = checkWorkbookForReport(workbook, { today: options.today, scheme: options.scheme, schedule: options.schedule });
    const { puskesmas, sheetNames } = status.registers;
    if (sheetNames.bayi === null) return null;
    if (!puskesmas?.kode) {
      return { problem: `buku kerja register puskesmas tanpa identitas: Kode Puskesmas di sheet "${sheetNames.puskesmas ?? 'Puskesmas'}" ${sheetNames.puskesmas ? 'kosong' : 'tidak ada (sheetnya tidak ditemukan)'}, sehingga tidak diketahui puskesmas mana. File tidak digabung; minta puskesmas mengisi Kode dan Nama Puskesmas lalu mengirim ulang.` };
    }
    // Not a report the puskesmas made: no generation stamp, so Dinkes dates it by the file.
    const report = monthlyReportFromRegisters(status.registers, status.findings, options, status.persons);
    // The first errors, named in the merge's REPORT_NOT_FINAL finding by place and kind only: a message may quote a NIK.
    const errors = report.findings.filter((f) => f.severity === 'error').slice(0, 5).map((f) => `${f.sheet}${f.row > 0 ? ` baris ${f.row}` : ''}${f.column ? ` kolom "${f.column}"` : ''} (${f.code})`);
    // The rows behind each figure (row numbers and dates only), for Dinkes's verification factor.
    const recount = registerRecount(status.registers, report.model.immunization);
    return { data: { ...report.model.dataLaporan, dibuat: null }, ...(errors.length > 0 ? { errors } : {}), recount };
  };
}

function checkOptions(options: ReportOptions): void {
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 2200) throw new Error(`Invalid report year ${options.year}`);
  if (!Number.isInteger(options.month) || options.month < 1 || options.month > 12) throw new Error(`Invalid report month ${options.month}`);
  if (!isIsoDate(options.today)) throw new Error(`Invalid reference date ${options.today}`);
  if (!isGenerationStamp(options.generatedAt)) throw new Error(`Invalid generation stamp ${options.generatedAt}`);
}
