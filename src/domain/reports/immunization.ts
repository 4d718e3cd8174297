import { INFANT_DOSES } from '../antigens';
import { listedWhenRead } from './listedWhenRead';
import { DEFAULT_SCHEDULE } from '../read/cellValue';
import { scheduleDoseKeys } from '../rules/scheduleRules';
import { indicatorSasaran } from '../programme/doseIndex';
import { DropOutPair, dropOutPairsIn } from '../programme/dropOutPairs';
import { monthNameId } from '../dates/formatId';
import { Finding } from '../findings';
import { sheetFinding } from '../read/tableContext';
import { Registers } from '../registers/types';
import { DesaStatus, desaStatus, DropOut, dropOut, rankDescending, targetLine } from './desaStatus';
import { KelurahanSasaran, UNLISTED_KELURAHAN } from './sasaran';
import { annualTarget, DEFAULT_REPORT_SETTINGS, ReportSettings } from './settings';
import { COMPLETENESS_KEYS, StatusInput, T_KEYS, T_LUAR } from './statusInput';
import { kelurahanIndex, MonthGrid, rowsOfSlots, sumSlots, tallyLuar, tallyRegister, tallyStatus } from './tally';

/** Doses in a period: register + Imunisasi Luar, and the rows behind them. */
export interface DoseCount {
  /** Register doses + Imunisasi Luar doses. */
  total: number;
  /** The Imunisasi Luar part of `total`. */
  luar: number;
  /** Register rows (one per dose) of the register part. */
  rows: number[];
  /** Imunisasi Luar rows that reported the luar part. */
  luarRows: number[];
}

export type SasaranGroup = 'bayi' | 'baduta' | 'bumil' | 'wus' | 'caten';
export type SasaranValues = Record<SasaranGroup, number | null>;

/** One antigen of one kelurahan (or the puskesmas total) in month M. */
export interface AntigenLine {
  key: string;
  sasaranGroup: SasaranGroup;
  sasaran: number | null;
  /** Doses last month (December of the year before for January). */
  bulanLalu: number;
  bulanIni: DoseCount;
  /** January … M. */
  kumulatif: DoseCount;
  cakupanBulanLalu: number | null;
  cakupanBulanIni: number | null;
  /** Cumulative coverage: kumulatif / sasaran. */
  cakupan: number | null;
  /** Annual target × M / 12; null when the indicator has no target (a TARGET_MISSING finding, never 100%). */
  targetLine: number | null;
  status: DesaStatus | null;
  /** Rank of the kelurahan by cumulative coverage; null on the total row. */
  rank: number | null;
}

export interface ImmunizationRow {
  kode: string;
  nama: string;
  /** Row of the Kelurahan sheet; null for the total and the "not listed" row. */
  row: number | null;
  sasaran: SasaranValues;
  lines: Record<string, AntigenLine>;
  /** Each drop-out line of the report (ImmunizationReport.dropOutPairs) by its key: dpt1Dpt3, dpt1Mr1. */
  dropOut: Record<string, DropOut>;
  /**
   * UCI desa (DOMAIN.md "PWS"): cumulative IDL coverage at or above the UCI threshold. Null
   * without the status engine's IDL, without sasaran bayi, and on the total row.
   */
  uci: boolean | null;
}

export interface PwsSeries {
  key: string;
  /** Cumulative coverage of the puskesmas at the end of months 1–12; null after month M. */
  coverage: (number | null)[];
  /** The target line for months 1–12 (null throughout when the indicator has no target). */
  target: (number | null)[];
}

export interface ImmunizationReport {
  year: number;
  month: number;
  /** Infant doses; then, with the status engine's output, idl, ibl, irl (COMPLETENESS_KEYS) and the Td/TT lines (T_KEYS). */
  keys: string[];
  /** The drop-out lines (the dose records' pairs whose two doses are in the workbook's schedule), in order. */
  dropOutPairs: DropOutPair[];
  /** Whether the status lines (IDL, IBL, imunisasi rutin lengkap, UCI, Td/TT) are in: they need the status T engine. */
  withStatus: boolean;
  /** Listed kelurahan that are UCI (null without status). */
  uciCount: number | null;
  /** Listed kelurahan, then "not listed" when doses fell there. */
  rows: ImmunizationRow[];
  total: ImmunizationRow;
  series: PwsSeries[];
  /** Kelurahan ranked by cumulative coverage of settings.rankedAntigen (the bar chart). */
  ranked: { kode: string; nama: string; cakupan: number | null }[];
  findings: Finding[];
}

export const INFANT_KEYS = INFANT_DOSES.map((d) => d.key);

/** The sasaran each line is measured against (Data Laporan's denominators). */
function sasaranGroup(key: string): SasaranGroup {
  // Infant doses given in the second year of life, and the completeness lines reached there
  // (IBL, imunisasi rutin lengkap), are counted against sasaran baduta (their records say so).
  if (indicatorSasaran(key) === 'baduta') return 'baduta';
  if (key.startsWith('bumil_')) return 'bumil';
  if (key.startsWith('wus_')) return 'wus';
  if (key.startsWith('caten_')) return 'caten';
  return 'bayi';
}

const count = (grid: MonthGrid, k: number, from: number, to: number): DoseCount => {
  const luar = sumSlots(grid.luar[k], from, to);
  return listedWhenAsked(sumSlots(grid.dalam[k], from, to) + luar, luar, () => rowsOfSlots(grid.dalamRows[k], from, to), () => rowsOfSlots(grid.luarRows[k], from, to));
};

/**
 * A DoseCount whose rows are listed when first read (listedWhenRead): the monthly report reads
 * few of them (verification reads this month's, the unlisted row its cumulative ones), and
 * listing every kelurahan's cumulative rows for every antigen was millions of row numbers at
 * 100k rows.
 */
function listedWhenAsked(total: number, luar: number, listRows: () => number[], listLuarRows: () => number[]): DoseCount {
  return listedWhenRead(listedWhenRead({ total, luar }, 'rows', listRows), 'luarRows', listLuarRows);
}
const ratio = (n: number, d: number | null) => (d !== null && d > 0 ? n / d : null);

/**
 * Laporan Imunisasi Bulanan / PWS for month M of year Y (DOMAIN.md "PWS"): per kelurahan and
 * antigen, doses from Register Bayi and Imunisasi Luar this month and cumulative since
 * January, coverage of sasaran, the target line, desa status, rank, and drop-out.
 */
export function immunizationReport(registers: Registers, kelurahan: readonly KelurahanSasaran[], year: number, month: number, settings: ReportSettings, status?: readonly StatusInput[]): ImmunizationReport {
  const index = kelurahanIndex(kelurahan.map((k) => k.kode));
  // The infant doses of the workbook's Jadwal Imunisasi only: no RV line under Permenkes 12/2017.
  const infantKeys = [...scheduleDoseKeys(registers.puskesmas?.jadwal ?? DEFAULT_SCHEDULE)];
  const keys = status ? [...infantKeys, ...COMPLETENESS_KEYS, ...T_KEYS] : infantKeys;
  const pairs = dropOutPairsIn(infantKeys);
  const grids = tallyRegister(registers.bayi, infantKeys, year, index);
  tallyLuar(registers.luar, infantKeys, year, index, grids);
  if (status) {
    tallyStatus(status, [...COMPLETENESS_KEYS, ...T_KEYS], year, index, grids);
    tallyLuar(registers.luar, T_LUAR, year, index, grids);
  }
  const unlisted = index.size - 1;

  const buildRow = (k: number, kode: string, nama: string, rowNo: number | null, sasaran: SasaranValues): ImmunizationRow => {
    const lines: Record<string, AntigenLine> = {};
    for (const key of keys) {
      const grid = grids.get(key)!;
      const group = sasaranGroup(key);
      const bulanLalu = grid.dalam[k][month - 1] + grid.luar[k][month - 1];
      lines[key] = line(key, group, sasaran[group], bulanLalu, count(grid, k, month, month), count(grid, k, 1, month), month, settings);
    }
    // DOMAIN.md "PWS": UCI desa = IDL coverage ≥ the UCI threshold (80%; some provinces 85%).
    const idl = lines.idl?.cakupan ?? null;
    return { kode, nama, row: rowNo, sasaran, lines, dropOut: dropOuts(lines, pairs, settings), uci: idl === null || rowNo === null ? null : idl >= settings.uciThreshold - 1e-12 };
  };

  const rows = kelurahan.map((kel, k) => buildRow(k, kel.kode, kel.nama, kel.row, { bayi: kel.bayi.value, baduta: kel.baduta.value, bumil: kel.bumil.value, wus: kel.wus.value, caten: null }));
  const unlistedRow = buildRow(unlisted, UNLISTED_KELURAHAN.kode, UNLISTED_KELURAHAN.nama, null, { bayi: null, baduta: null, bumil: null, wus: null, caten: null });
  const hasUnlisted = keys.some((key) => unlistedRow.lines[key].kumulatif.total > 0 || unlistedRow.lines[key].bulanLalu > 0);
  const shown = hasUnlisted ? [...rows, unlistedRow] : rows;

  for (const key of keys) {
    const ranks = rankDescending(rows.map((r) => r.lines[key].cakupan));
    rows.forEach((r, i) => (r.lines[key].rank = ranks[i]));
  }
  const total = totalRow(shown, keys, pairs, month, settings);
  const rankedKey = settings.rankedAntigen in total.lines ? settings.rankedAntigen : DEFAULT_REPORT_SETTINGS.rankedAntigen;
  const ranked = rows
    .map((r) => ({ kode: r.kode, nama: r.nama, cakupan: r.lines[rankedKey].cakupan, rank: r.lines[rankedKey].rank }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.kode.localeCompare(b.kode))
    .map(({ kode, nama, cakupan }) => ({ kode, nama, cakupan }));

  return {
    year,
    month,
    keys,
    dropOutPairs: pairs,
    withStatus: status !== undefined,
    uciCount: status ? rows.filter((r) => r.uci).length : null,
    rows: shown,
    total,
    series: keys.map((key) => series(key, grids.get(key)!, total.lines[key].sasaran, month, settings)),
    ranked,
    findings: hasUnlisted ? unlistedFindings(registers, unlistedRow, infantKeys, year, month) : [],
  };
}

function line(key: string, group: SasaranGroup, sasaran: number | null, bulanLalu: number, bulanIni: DoseCount, kumulatif: DoseCount, month: number, settings: ReportSettings): AntigenLine {
  const cakupan = ratio(kumulatif.total, sasaran);
  // This month and last month are compared over the same denominator (DOMAIN.md "PWS").
  const cakupanBulanIni = ratio(bulanIni.total, sasaran);
  const cakupanBulanLalu = ratio(bulanLalu, sasaran);
  const annual = annualTarget(settings, key);
  const target = annual === null ? null : targetLine(annual, month);
  const status = cakupan !== null && target !== null ? desaStatus(cakupan, target, cakupanBulanIni!, cakupanBulanLalu!) : null;
  return { key, sasaranGroup: group, sasaran, bulanLalu, bulanIni, kumulatif, cakupanBulanLalu, cakupanBulanIni, cakupan, targetLine: target, status, rank: null };
}

function dropOuts(lines: Record<string, AntigenLine>, pairs: readonly DropOutPair[], settings: ReportSettings): ImmunizationRow['dropOut'] {
  return Object.fromEntries(pairs.map((p) => [p.key, dropOut(lines[p.from].kumulatif.total, lines[p.to].kumulatif.total, settings.dropOutThreshold)]));
}

const sumKnown = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
};
const addCounts = (counts: DoseCount[]): DoseCount =>
  listedWhenAsked(
    counts.reduce((n, c) => n + c.total, 0),
    counts.reduce((n, c) => n + c.luar, 0),
    () => counts.flatMap((c) => c.rows),
    () => counts.flatMap((c) => c.luarRows),
  );

/** The puskesmas total: the sum of its rows (sasaran: of the kelurahan that have one). */
function totalRow(rows: readonly ImmunizationRow[], keys: readonly string[], pairs: readonly DropOutPair[], month: number, settings: ReportSettings): ImmunizationRow {
  const sasaran: SasaranValues = { bayi: sumKnown(rows.map((r) => r.sasaran.bayi)), baduta: sumKnown(rows.map((r) => r.sasaran.baduta)), bumil: sumKnown(rows.map((r) => r.sasaran.bumil)), wus: sumKnown(rows.map((r) => r.sasaran.wus)), caten: null };
  const lines: Record<string, AntigenLine> = {};
  for (const key of keys) {
    const of = rows.map((r) => r.lines[key]);
    const group = sasaranGroup(key);
    lines[key] = line(key, group, sasaran[group], of.reduce((n, l) => n + l.bulanLalu, 0), addCounts(of.map((l) => l.bulanIni)), addCounts(of.map((l) => l.kumulatif)), month, settings);
  }
  return { kode: 'TOTAL', nama: 'Puskesmas', row: null, sasaran, lines, dropOut: dropOuts(lines, pairs, settings), uci: null };
}

function series(key: string, grid: MonthGrid, sasaran: number | null, month: number, settings: ReportSettings): PwsSeries {
  const coverage: (number | null)[] = [];
  let cumulative = 0;
  for (let m = 1; m <= 12; m++) {
    for (let k = 0; k < grid.dalam.length; k++) cumulative += grid.dalam[k][m] + grid.luar[k][m];
    coverage.push(m <= month ? ratio(cumulative, sasaran) : null);
  }
  const annual = annualTarget(settings, key);
  return { key, coverage, target: Array.from({ length: 12 }, (_, i) => (annual === null ? null : targetLine(annual, i + 1))) };
}

function unlistedFindings(registers: Registers, row: ImmunizationRow, infantKeys: readonly string[], year: number, month: number): Finding[] {
  const dalam = new Set<number>();
  const luar = new Set<number>();
  // Register Bayi rows only: the status lines' rows belong to other registers, whose
  // unlisted codes the reader already reports (REF_UNKNOWN).
  for (const key of infantKeys) {
    const l = row.lines[key];
    l.kumulatif.rows.forEach((r) => dalam.add(r));
    l.kumulatif.luarRows.forEach((r) => luar.add(r));
  }
  const out: Finding[] = [];
  const say = (sheet: string, rows: Set<number>) => {
    if (rows.size === 0) return;
    const list = [...rows].sort((a, b) => a - b);
    const shown = list.slice(0, 8).join(', ') + (list.length > 8 ? ', …' : '');
    out.push(sheetFinding(sheet, 'UNLISTED_CODE', 'warning', `${list.length} baris (baris ${shown}) mencatat dosis Januari–${monthNameId(month)} ${year} di kelurahan yang tidak ada di sheet Kelurahan tahun ${year}; dosisnya dihitung di baris "${UNLISTED_KELURAHAN.nama}". Perbaiki Kode Kelurahan-nya`, list[0], 'Kode Kelurahan'));
  };
  say(registers.sheetNames.bayi ?? 'Register Bayi', dalam);
  say(registers.sheetNames.luar ?? 'Imunisasi Luar', luar);
  return out;
}
