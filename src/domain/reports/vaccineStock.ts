import { INFANT_DOSES } from '../antigens';
import { formatMonthId } from '../dates/formatId';
import { Finding } from '../findings';
import { DEFAULT_SCHEDULE, ScheduleKey } from '../read/cellValue';
import { sheetFinding } from '../read/tableContext';
import { scheduleDoseKeys } from '../rules/schedules';
import { PersonRow, Registers, StokVaksin } from '../registers/types';
import { countWithRows } from './countWithRows';
import { listedWhenRead } from './listedWhenRead';
import { kelurahanIndex, MonthGrid, rowsOfSlots, sumSlots, tallyLuar, tallyRegister } from './tally';
import { DoseSheet, VACCINE_GROUPS, VaccineGroup, vaccineGroupOf } from './vaccines';

/** Doses a vaccine served in a period, per source, with the rows behind them. */
export interface ServedDoses {
  total: number;
  /** Register doses per sheet: count and the rows (one entry per dose). */
  registers: Partial<Record<DoseSheet, { count: number; rows: number[] }>>;
  luar: number;
  luarRows: number[];
}

export interface VaccineStockLine {
  kode: string;
  nama: string;
  /** Row of the Vaksin sheet; null for a code only the Stok Vaksin sheet knows. */
  row: number | null;
  group: VaccineGroup | null;
  /**
   * The workbook's Jadwal Imunisasi gives none of the vaccine's doses (RV, PCV under Permenkes
   * 12/2017): the line is there only for its Stok Vaksin rows; its doses, IP, wastage and need
   * are not computed (doses are 0 in the model and must not be shown or reported as figures).
   */
  outOfSchedule: boolean;
  /** Doses of the vaccine recorded January … M in columns the schedule leaves out (IPV 2 under Permenkes 12/2017): not counted. */
  uncounted: { header: string; count: number }[];
  dosisPerKemasan: number | null;
  /** The Stok Vaksin row of month M; null when there is none. */
  stock: StokVaksin | null;
  /** stok awal + diterima − dipakai − rusak of that row. */
  stokAkhirHitung: number | null;
  /** Recorded stok akhir − computed; 0 when it balances. */
  selisih: number | null;
  dosisBulanIni: ServedDoses;
  dosisKumulatif: ServedDoses;
  /** Vials used January … M. */
  dipakaiKumulatif: number;
  /** Months of January … M with a stock row. */
  bulanTercatat: number;
  /** IP = doses given / vials used (DOMAIN.md "Vaccine stock"); null without use. */
  ip: number | null;
  ipKumulatif: number | null;
  /** Wastage = 1 − IP / doses per vial. */
  wastage: number | null;
  wastageKumulatif: number | null;
  /** Average vials used a month (January … M, months with a stock row). */
  rataRataPakai: number | null;
  /** Months the stock lasts at the average use: stok akhir / rata-rata pakai. */
  sisaBulan: number | null;
}

export interface VaccineStockReport {
  year: number;
  month: number;
  /** The Jadwal Imunisasi whose doses were counted. */
  jadwal: ScheduleKey;
  lines: VaccineStockLine[];
  findings: Finding[];
}

/** "HB0, BCG, …, TD atau HPV": the Vaksin-sheet codes of the vaccine records. */
const KNOWN_CODES = VACCINE_GROUPS.map((g) => g.code).join(', ').replace(/, ([^,]*)$/, ' atau $1');
const SHEETS: readonly DoseSheet[] = ['bayi', 'bias', 'wus', 'caten', 'bumil'];
const ratio = (n: number, d: number | null) => (d !== null && d > 0 ? n / d : null);

const INFANT_KEYS = new Set(INFANT_DOSES.map((d) => d.key));
const HEADER = new Map(INFANT_DOSES.map((d) => [d.key, d.header]));

/**
 * Pemantauan Vaksin for month M (DOMAIN.md "Vaccine stock", thesis Gambar 4.45): per vaccine
 * the stock balance of the month, the doses it served (registers + Imunisasi Luar), IP and
 * wastage, and how many months the stock lasts. Only the infant doses of the workbook's Jadwal
 * Imunisasi are counted; a vaccine the schedule does not give at all appears only when the
 * Stok Vaksin sheet has rows of it this year, with its stock and no doses, IP or wastage.
 */
export function vaccineStockReport(registers: Registers, year: number, month: number): VaccineStockReport {
  const findings: Finding[] = [];
  const vaksinSheet = registers.sheetNames.vaksin ?? 'Vaksin';
  const stokSheet = registers.sheetNames.stok ?? 'Stok Vaksin';
  const served = servedGrids(registers, year);
  const jadwal = registers.puskesmas?.jadwal ?? DEFAULT_SCHEDULE;
  const given = new Set(scheduleDoseKeys(jadwal));
  const counted = (key: string) => !INFANT_KEYS.has(key) || given.has(key);
  const used = new Map<string, number>();

  const entries: { kode: string; nama: string; row: number | null; dosis: number | null }[] = registers.vaksin.map((v) => ({ kode: v.kode, nama: v.nama, row: v.row, dosis: v.dosisPerKemasan }));
  for (const s of registers.stok) {
    if (s.kodeVaksin !== null && !entries.some((e) => e.kode === s.kodeVaksin)) entries.push({ kode: s.kodeVaksin, nama: s.kodeVaksin, row: null, dosis: null });
  }

  const lines = entries.flatMap((e): VaccineStockLine[] => {
    let group = vaccineGroupOf(e.kode, e.nama);
    const rows = registers.stok.filter((s) => s.kodeVaksin === e.kode && s.tahun === year && s.bulan !== null && s.bulan <= month);
    const outOfSchedule = group !== null && !Object.values(group.serves).some((keys) => keys.some(counted));
    // A vaccine the schedule does not give, without stock this year (the template's Vaksin row): not on the report.
    if (outOfSchedule && rows.length === 0) return [];
    const where = e.row !== null ? { sheet: vaksinSheet, row: e.row } : { sheet: stokSheet, row: 0 };
    if (!group) {
      findings.push(sheetFinding(where.sheet, 'VACCINE_UNKNOWN', 'warning', `vaksin "${e.kode}" (${e.nama}) tidak dikenali, sehingga dosis yang dilayaninya, IP dan kebutuhannya tidak dihitung. Pakai kode ${KNOWN_CODES}`, where.row, 'Kode Vaksin'));
    } else if (used.has(group.key)) {
      findings.push(sheetFinding(where.sheet, 'VACCINE_UNKNOWN', 'warning', `vaksin "${e.kode}" sama dengan vaksin di baris ${used.get(group.key)} (${group.label}); dosisnya sudah dihitung di sana. Satukan kedua baris`, where.row, 'Kode Vaksin'));
      group = null;
    } else {
      used.set(group.key, e.row ?? 0);
    }
    const stock = rows.find((s) => s.bulan === month) ?? null;
    if (!stock && registers.sheetNames.stok !== null) {
      findings.push(sheetFinding(stokSheet, 'STOCK_MONTH_MISSING', 'warning', `tidak ada baris stok vaksin ${e.kode} untuk ${formatMonthId(year, month)}. Tambahkan barisnya`));
    }
    const stokAkhirHitung = stock && stock.stokAwal !== null && stock.diterima !== null && stock.dipakai !== null ? stock.stokAwal + stock.diterima - stock.dipakai - (stock.rusak ?? 0) : null;
    const countsDoses = group !== null && !outOfSchedule;
    const dosisBulanIni = countsDoses ? servedIn(served, group!, month, month, counted) : noDoses();
    const dosisKumulatif = countsDoses ? servedIn(served, group!, 1, month, counted) : noDoses();
    const uncounted = group ? uncountedDoses(served, group, month, counted) : [];
    const dipakaiKumulatif = rows.reduce((n, s) => n + (s.dipakai ?? 0), 0);
    const ip = countsDoses ? ratio(dosisBulanIni.total, stock?.dipakai ?? null) : null;
    const ipKumulatif = countsDoses ? ratio(dosisKumulatif.total, dipakaiKumulatif) : null;
    const wastage = (v: number | null) => (v !== null && e.dosis ? 1 - v / e.dosis : null);
    const rataRataPakai = rows.length > 0 ? dipakaiKumulatif / rows.length : null;
    return [{
      kode: e.kode,
      nama: e.nama,
      row: e.row,
      group,
      outOfSchedule,
      uncounted,
      dosisPerKemasan: e.dosis,
      stock,
      stokAkhirHitung,
      selisih: stock?.stokAkhir !== null && stock?.stokAkhir !== undefined && stokAkhirHitung !== null ? stock.stokAkhir - stokAkhirHitung : null,
      dosisBulanIni,
      dosisKumulatif,
      dipakaiKumulatif,
      bulanTercatat: rows.length,
      ip,
      ipKumulatif,
      wastage: wastage(ip),
      wastageKumulatif: wastage(ipKumulatif),
      rataRataPakai,
      sisaBulan: stock?.stokAkhir !== null && stock?.stokAkhir !== undefined && rataRataPakai ? stock.stokAkhir / rataRataPakai : null,
    }];
  });
  return { year, month, jadwal, lines, findings };
}

interface ServedGrids {
  registers: Map<DoseSheet, Map<string, MonthGrid>>;
  luar: Map<string, MonthGrid>;
}

/** Every dose column of every person register, counted per month for the whole puskesmas. */
function servedGrids(registers: Registers, year: number): ServedGrids {
  const all = kelurahanIndex([]); // one bucket: the puskesmas
  const keys = (sheet: DoseSheet) => [...new Set(VACCINE_KEYS[sheet])];
  return {
    registers: new Map(SHEETS.map((sheet) => [sheet, tallyRegister<PersonRow>(registers[sheet], keys(sheet), year, all)])),
    luar: tallyLuar(registers.luar, LUAR_KEYS, year, all),
  };
}

const VACCINE_KEYS = Object.fromEntries(SHEETS.map((s) => [s, VACCINE_GROUPS.flatMap((g) => g.serves[s] ?? [])])) as Record<DoseSheet, string[]>;
const LUAR_KEYS = [...new Set(VACCINE_GROUPS.flatMap((g) => g.luar))];

function servedIn(grids: ServedGrids, group: VaccineGroup, from: number, to: number, counted: (key: string) => boolean): ServedDoses {
  const registers: ServedDoses['registers'] = {};
  let total = 0;
  let luar = 0;
  for (const sheet of SHEETS) {
    // The grids behind the sheet's count; their rows are listed when first read (countWithRows).
    let picked: MonthGrid[] | null = null;
    for (const key of group.serves[sheet] ?? []) {
      if (!counted(key)) continue;
      const grid = grids.registers.get(sheet)!.get(key)!;
      const n = sumSlots(grid.dalam[0], from, to);
      if (picked === null) {
        const these: MonthGrid[] = [];
        picked = these;
        registers[sheet] = countWithRows(0, () => these.flatMap((g) => rowsOfSlots(g.dalamRows[0], from, to)));
      }
      registers[sheet]!.count += n;
      picked.push(grid);
      total += n;
    }
  }
  const luarGrids: MonthGrid[] = [];
  for (const key of group.luar) {
    if (!counted(key)) continue;
    const grid = grids.luar.get(key)!;
    const n = sumSlots(grid.luar[0], from, to);
    luar += n;
    total += n;
    luarGrids.push(grid);
  }
  return listedWhenRead({ total, registers, luar }, 'luarRows', () => luarGrids.flatMap((g) => rowsOfSlots(g.luarRows[0], from, to)));
}

/** The vaccine's infant doses the schedule leaves out, with the doses recorded January … M (register + Imunisasi Luar) where there are any. */
function uncountedDoses(grids: ServedGrids, group: VaccineGroup, month: number, counted: (key: string) => boolean): { header: string; count: number }[] {
  const out: { header: string; count: number }[] = [];
  for (const key of group.serves.bayi ?? []) {
    if (counted(key)) continue;
    const register = sumSlots(grids.registers.get('bayi')!.get(key)!.dalam[0], 1, month);
    const luar = group.luar.includes(key) ? sumSlots(grids.luar.get(key)!.luar[0], 1, month) : 0;
    if (register + luar > 0) out.push({ header: HEADER.get(key) ?? key, count: register + luar });
  }
  return out;
}

function noDoses(): ServedDoses {
  return { total: 0, registers: {}, luar: 0, luarRows: [] };
}
