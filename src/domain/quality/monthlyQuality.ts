import { INFANT_DOSES } from '../antigens';
import { listedWhenRead } from '../reports/listedWhenRead';
import { DataLaporan, TOTAL } from '../dataLaporan/types';
import { monthNameId } from '../dates/formatId';
import { monthOf, yearOf } from '../dates/isoDate';
import { DEFAULT_SCHEDULE, ScheduleKey } from '../read/cellValue';
import { Registers } from '../registers/types';
import { SCHEDULES, scheduleDoseKeys } from '../rules/schedules';
import { ImmunizationReport } from '../reports/immunization';
import { kelurahanIndex, tallyLuar, tallyRegister } from '../reports/tally';
import { yearDoseEntries } from '../reports/yearDoses';
import { VaccineStockReport } from '../reports/vaccineStock';
import { checkDenominators } from './denominator';
import { checkDoseOrder, DOSE_SEQUENCES, DROP_OUTS } from './doseOrder';
import { dropOutPairText, listTextId } from '../programme/dropOutPairs';
import { checkLastYear, lastYearNotGiven } from './lastYear';
import { checkMonthlyOutliers, MIN_MONTHS, MonthlySeries } from './outliers';
import { QualityCheck, QualityReport } from './types';
import { CHECKED_KEYS, doseLabel, unitsOfReport } from './units';
import { checkVaccineUse, VaccineUse } from './vaccineUse';

export interface MonthlyQualityInput {
  registers: Registers;
  immunization: ImmunizationReport;
  stock: VaccineStockReport;
  year: number;
  month: number;
  /** Last year's report of the same month, when given (its Data Laporan). */
  lastYear?: DataLaporan | null;
}

/**
 * The Kualitas Data of a puskesmas's monthly report: every check on the report's own figures and
 * registers, over the infant doses of the workbook's Jadwal Imunisasi only (issue 12 item 2: no
 * RV, IPV 2 or PCV under Permenkes 12/2017, whatever the register's columns hold).
 */
export function monthlyQuality(input: MonthlyQualityInput): QualityReport {
  const { registers, immunization, stock, year, month } = input;
  const period = `Januari–${monthNameId(month)} ${year}`;
  const bayiSheet = registers.sheetNames.bayi ?? 'Register Bayi';
  const jadwal = registers.puskesmas?.jadwal ?? DEFAULT_SCHEDULE;
  const births = birthsByKelurahan(registers, year, month);
  const gaps = rowsWithoutPrevious(registers, year, month, jadwal);
  const units = unitsOfReport(
    immunization,
    (kode) => (kode === null ? births.total : (births.by.get(kode) ?? 0)),
    (kode) => (kode === null ? gaps.total : (gaps.by.get(kode) ?? { rows: {}, carried: {} })),
  );
  const series = monthlySeries(registers, year, month, jadwal);
  const uses = vaccineUses(registers, stock, year, month);
  const checks: QualityCheck[] = [
    { kind: 'urutan_dosis', ran: true, note: `kumulatif ${period}, per kelurahan dan puskesmas` },
    { kind: 'drop_out_negatif', ran: true, note: listTextId(immunization.dropOutPairs.map(dropOutPairText)) },
    { kind: 'cakupan_di_atas_100', ran: true, note: `kelahiran di ${bayiSheet} dibandingkan dengan sasaran` },
    month >= MIN_MONTHS
      ? { kind: 'pencilan_bulanan', ran: true, note: `skor-z termodifikasi bulan Januari–${monthNameId(month)}, batas 3,5` }
      : { kind: 'pencilan_bulanan', ran: false, note: `perlu data minimal ${MIN_MONTHS} bulan (Januari–${monthNameId(MIN_MONTHS)})` },
    uses.month.length + uses.year.length > 0 ? { kind: 'ip_mustahil', ran: true, note: 'bulan ini dan kumulatif, dari Stok Vaksin dan Dosis per Kemasan' } : { kind: 'ip_mustahil', ran: false, note: `tidak ada baris Stok Vaksin dengan vial dipakai untuk ${monthNameId(month)} ${year}` },
    uses.year.length > 0 ? { kind: 'wastage_tinggi', ran: true, note: 'kumulatif, batas WHO menurut ukuran kemasan' } : { kind: 'wastage_tinggi', ran: false, note: 'tidak ada vial dipakai yang tercatat' },
    input.lastYear
      ? { kind: 'beda_tahun_lalu', ran: true, note: `dibandingkan dengan laporan ${monthNameId(input.lastYear.bulan)} ${input.lastYear.tahun}, batas ±33%` }
      : { kind: 'beda_tahun_lalu', ran: false, note: lastYearNotGiven(`${monthNameId(month)} ${year - 1}`, '<file>') },
  ];
  const findings = [
    ...checkDoseOrder(units, period, bayiSheet),
    ...checkDenominators(units, { month, period }),
    ...checkMonthlyOutliers(series, year, bayiSheet),
    // IP of the month: only the impossible; wastage of a single month swings with session sizes, so over January … M.
    ...checkVaccineUse(uses.month).filter((f) => f.kind === 'ip_mustahil'),
    ...checkVaccineUse(uses.year).filter((f) => month > 1 || f.kind === 'wastage_tinggi'),
    ...(input.lastYear ? checkLastYear({ place: 'Puskesmas', current: totals(units[units.length - 1].kumulatif), lastYear: lastYearTotals(input.lastYear), months: `Januari–${monthNameId(month)}`, year }) : []),
  ];
  return { findings, checks, notes: scheduleNotes(jadwal, registers.puskesmas === null ? null : (registers.sheetNames.puskesmas ?? 'Puskesmas')) };
}

/** Which infant doses were checked, when the schedule leaves some out: said on the sheet rather than silently. */
function scheduleNotes(jadwal: ScheduleKey, puskesmasSheet: string | null): string[] {
  const given = new Set(scheduleDoseKeys(jadwal));
  const left = INFANT_DOSES.filter((d) => !given.has(d.key)).map((d) => d.header);
  if (left.length === 0) return [];
  const where = puskesmasSheet ? ` (sheet ${puskesmasSheet})` : '';
  return [`Dosis bayi yang diperiksa mengikuti Jadwal Imunisasi "${SCHEDULES[jadwal].name}"${where}: ${left.join(', ')} tidak dimuat jadwal itu sehingga tidak diperiksa, begitu pula stok vaksin yang hanya melayani dosis tersebut.`];
}

const totals = (kumulatif: Record<string, number>) => Object.fromEntries(CHECKED_KEYS.filter((k) => k in kumulatif).map((k) => [k, kumulatif[k]]));

function lastYearTotals(data: DataLaporan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of data.rows) {
    const m = /^(.*)_kumulatif$/.exec(row.indikator);
    if (row.kodeKelurahan === TOTAL && m && CHECKED_KEYS.includes(m[1])) out[m[1]] = row.nilai;
  }
  return out;
}

/** Babies born January … M of the year in Register Bayi, per kelurahan and in all. */
function birthsByKelurahan(registers: Registers, year: number, month: number): { by: Map<string, number>; total: number } {
  const by = new Map<string, number>();
  let total = 0;
  for (const b of registers.bayi) {
    if (!b.tanggalLahir || yearOf(b.tanggalLahir) !== year || monthOf(b.tanggalLahir) > month) continue;
    total++;
    if (b.kodeKelurahan) by.set(b.kodeKelurahan, (by.get(b.kodeKelurahan) ?? 0) + 1);
  }
  return { by, total };
}

type Gaps = { rows: Record<string, number[]>; carried: Record<string, number> };

/** The pairs whose order is checked: each dose after the one before it, and the drop-out pairs. */
const PAIRS: (readonly [string, string])[] = [...DOSE_SEQUENCES.flatMap((s) => s.slice(1).map((later, i): [string, string] => [s[i], later])), ...DROP_OUTS];

interface CheckedPairs {
  pairs: (readonly [string, string])[];
  earlier: string[];
  later: string[];
  keys: string[];
}

/** The checked pairs whose two doses the schedule gives (IPV 1 → IPV 2 only where it gives IPV 2), made once per schedule. */
const PAIRS_OF = new Map<ScheduleKey, CheckedPairs>();
function checkedPairs(jadwal: ScheduleKey): CheckedPairs {
  let found = PAIRS_OF.get(jadwal);
  if (!found) {
    const given = new Set(scheduleDoseKeys(jadwal));
    const pairs = PAIRS.filter(([a, b]) => given.has(a) && given.has(b));
    found = { pairs, earlier: pairs.map(([earlier]) => earlier), later: pairs.map(([, later]) => later), keys: pairs.map(([earlier, later]) => `${earlier}>${later}`) };
    PAIRS_OF.set(jadwal, found);
  }
  return found;
}

/**
 * For every checked pair, over Register Bayi doses of January … M: the rows whose earlier dose
 * has no date at all (to look at), and how many babies had the earlier dose last year (no error).
 */
function rowsWithoutPrevious(registers: Registers, year: number, month: number, jadwal: ScheduleKey): { by: Map<string, Gaps>; total: Gaps } {
  const { pairs, earlier: earlierKeys, later: laterKeys, keys: pairKeys } = checkedPairs(jadwal);
  // Per place, by pair index; made into Gaps (keyed by "earlier>later", in pair order) at the end.
  const gapsByPair = () => ({ rows: pairs.map((): number[] => []), carried: new Array<number>(pairs.length).fill(0) });
  const total = gapsByPair();
  const by = new Map<string, ReturnType<typeof gapsByPair>>();
  const placeOf = (kode: string) => {
    let gaps = by.get(kode);
    if (gaps === undefined) by.set(kode, (gaps = gapsByPair()));
    return gaps;
  };
  // Pair by pair over the year's doses of the later dose (found once for the report's tallies),
  // not every row: each pair's rows come in row order as before.
  const bayi = registers.bayi;
  const entries = yearDoseEntries(bayi, laterKeys, year);
  const earlierEntries = yearDoseEntries(bayi, earlierKeys, year);
  // Rows whose earlier dose of pair p falls in January … December of the year hold p + 1: most
  // rows, which are then passed over without reading a date.
  const earlierThisYear = new Int32Array(bayi.length);
  for (let p = 0; p < pairs.length; p++) {
    const earlier = pairs[p][0];
    const { rows: earlierRows, slots: earlierSlots } = earlierEntries[p];
    for (let j = 0; j < earlierRows.length; j++) if (earlierSlots[j] >= 1) earlierThisYear[earlierRows[j]] = p + 1;
    const { rows, slots } = entries[p];
    for (let j = 0; j < rows.length; j++) {
      const slot = slots[j];
      if (slot < 1 || slot > month || earlierThisYear[rows[j]] === p + 1) continue;
      const b = bayi[rows[j]];
      const before = b.doses[earlier];
      if (before && yearOf(before) >= year) continue;
      const own = b.kodeKelurahan ? placeOf(b.kodeKelurahan) : null;
      // A date before the year: given last year (carried over, no error); none at all: a row to look at.
      if (before) {
        total.carried[p]++;
        if (own) own.carried[p]++;
      } else {
        total.rows[p].push(b.row);
        if (own) own.rows[p].push(b.row);
      }
    }
  }
  const keyed = (gaps: ReturnType<typeof gapsByPair>): Gaps => {
    const out: Gaps = { rows: {}, carried: {} };
    pairKeys.forEach((pair, p) => {
      if (gaps.rows[p].length > 0) out.rows[pair] = gaps.rows[p];
      if (gaps.carried[p] > 0) out.carried[pair] = gaps.carried[p];
    });
    return out;
  };
  return { by: new Map([...by].map(([kode, gaps]) => [kode, keyed(gaps)])), total: keyed(total) };
}

/** Each infant dose of the schedule, for the puskesmas month by month (register + Imunisasi Luar), with its register rows. */
function monthlySeries(registers: Registers, year: number, month: number, jadwal: ScheduleKey): MonthlySeries[] {
  const keys = [...scheduleDoseKeys(jadwal)];
  const all = kelurahanIndex([]);
  const grids = tallyRegister(registers.bayi, keys, year, all);
  tallyLuar(registers.luar, keys, year, all, grids);
  return keys.map((key) => {
    const g = grids.get(key)!;
    const months = Array.from({ length: month }, (_, i) => i + 1);
    // The rows are read only for a month found an outlier: listed then.
    return listedWhenRead({ place: 'Puskesmas', subject: doseLabel(key), counts: months.map((m) => g.dalam[0][m] + g.luar[0][m]) }, 'rows', () => months.map((m) => g.dalamRows[0][m]));
  });
}

/** Vaccine use of the month and of January … M, for vaccines whose vial size is known. */
function vaccineUses(registers: Registers, stock: VaccineStockReport, year: number, month: number): { month: VaccineUse[]; year: VaccineUse[] } {
  const stokSheet = registers.sheetNames.stok ?? 'Stok Vaksin';
  const vaksinSheet = registers.sheetNames.vaksin ?? 'Vaksin';
  const out = { month: [] as VaccineUse[], year: [] as VaccineUse[] };
  for (const line of stock.lines) {
    // A vaccine the schedule does not give: its doses are not counted, so neither IP nor wastage.
    if (!line.group || line.outOfSchedule || !line.dosisPerKemasan) continue;
    const common = { place: 'Puskesmas', vaccine: line.group.label, groupKey: line.group.key, dosesPerVial: line.dosisPerKemasan, referenceIp: line.group.referenceIp, sizeAt: line.row !== null ? `sheet ${vaksinSheet} baris ${line.row}` : `sheet ${vaksinSheet}` };
    if (line.stock?.dipakai) out.month.push({ ...common, period: `${monthNameId(month)} ${year}`, doses: line.dosisBulanIni.total, vials: line.stock.dipakai, vialsAt: `sheet ${stokSheet} baris ${line.stock.row}` });
    if (line.dipakaiKumulatif > 0) out.year.push({ ...common, period: `Januari–${monthNameId(month)} ${year}`, doses: line.dosisKumulatif.total, vials: line.dipakaiKumulatif, vialsAt: `sheet ${stokSheet}, ${line.bulanTercatat} baris ${year}` });
  }
  return out;
}
