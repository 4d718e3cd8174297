import { DataLaporan, DataLaporanRow, DATA_LAPORAN_FORMAT, DATA_LAPORAN_VERSION, NotComputableRow, TOTAL } from '../dataLaporan/types';
import { stockIndicator } from '../dataLaporan/indicators';
import { ProgrammeTargets } from '../programme/targets';
import { Puskesmas } from '../registers/types';
import { BIAS_SASARAN, BiasLine, BiasReport } from './bias';
import { Computability } from './computability';
import { BIAS_INDICATOR, measuredInputs } from './feeds';
import { ImmunizationReport, ImmunizationRow } from './immunization';
import { GenerationStamp, normalizeStamp } from './stamp';
import { VaccineStockReport } from './vaccineStock';

export interface DataLaporanInput {
  puskesmas: Puskesmas | null;
  year: number;
  month: number;
  generatedAt: GenerationStamp;
  immunization: ImmunizationReport;
  bias: BiasReport;
  stock: VaccineStockReport;
  /** Which figures cannot be computed, and how many errors the registers hold (none: all computable). */
  computability?: Computability;
  /** The targets the report used, written along so Dinkes can compare them with its own. */
  targets?: ProgrammeTargets;
}


/**
 * The monthly report's numbers as a Data Laporan (the contract of src/domain/dataLaporan):
 * counts only, per kelurahan and TOTAL, each TOTAL the sum of its kelurahan rows (the "not
 * listed" row included) so Dinkes can check it. No names, no NIK. A figure that cannot be
 * computed (computability.ts) is left out of the rows and listed with its reason instead.
 */
export function buildDataLaporan(input: DataLaporanInput): DataLaporan {
  const rows: DataLaporanRow[] = [];
  const blocked: NotComputableRow[] = [];
  const computability = input.computability ?? Computability.none();
  // A figure whose inputs are broken is never written as a number: it is listed with its reason.
  const push = (kodeKelurahan: string, indikator: string, nilai: number, sasaran: number | null) => {
    // A count measured against a sasaran travels with it (nilai, sasaran): a broken sasaran blocks the pair.
    const alasan = computability.reasonAny(measuredInputs(indikator), kodeKelurahan);
    if (alasan) blocked.push({ kodeKelurahan, indikator, sasaran, alasan });
    else rows.push({ kodeKelurahan, indikator, nilai, sasaran });
  };
  const kelurahan: Record<string, string> = {};

  const immunization = (r: ImmunizationRow, code: string) => {
    if (code !== TOTAL) kelurahan[code] = r.nama;
    for (const key of input.immunization.keys) {
      const line = r.lines[key];
      push(code, key, line.bulanIni.total, line.sasaran);
      push(code, `${key}_kumulatif`, line.kumulatif.total, line.sasaran);
    }
  };
  for (const r of input.immunization.rows) immunization(r, r.kode);
  immunization(input.immunization.total, TOTAL);
  // One "desa" per listed kelurahan: the district counts desa (and UCI desa) from these.
  const listed = input.immunization.rows.filter((r) => r.row !== null);
  for (const r of listed) push(r.kode, 'desa', 1, null);
  push(TOTAL, 'desa', listed.length, null);
  if (input.immunization.withStatus) {
    for (const r of listed) push(r.kode, 'desa_uci', r.uci ? 1 : 0, null);
    push(TOTAL, 'desa_uci', input.immunization.uciCount ?? 0, null);
  }

  const bias = (line: BiasLine, code: string, nama: string) => {
    if (code !== TOTAL) kelurahan[code] ??= nama;
    for (const [key, name] of Object.entries(BIAS_INDICATOR)) push(code, name, line.doses[key].count, line.murid[BIAS_SASARAN[key]]);
  };
  for (const g of input.bias.groups) bias(g.subtotal, g.kode, g.nama);
  bias(input.bias.total, TOTAL, '');

  for (const line of input.stock.lines) {
    // A second Vaksin row of the same vaccine is a finding of the stock report, not reported twice.
    const code = line.group?.code ?? line.kode.toUpperCase().replace(/[^A-Z0-9-]+/g, '-');
    if (!line.group && input.stock.lines.some((l) => l !== line && l.group?.code === code)) continue;
    const s = line.stock;
    const items: [Parameters<typeof stockIndicator>[1], number | null][] = [
      ['awal', s?.stokAwal ?? null],
      ['diterima', s?.diterima ?? null],
      ['dipakai', s?.dipakai ?? null],
      ['rusak', s ? (s.rusak ?? 0) : null],
      ['akhir', s?.stokAkhir ?? null],
    ];
    // The doses of a vaccine the Jadwal Imunisasi does not give are not counted: no figure at all
    // (never a 0), so Dinkes reads "tidak dilaporkan" (merge/districtMerge.ts).
    if (!line.outOfSchedule) items.push(['dosis', line.group ? line.dosisBulanIni.total : null]);
    // A blank cell may be a broken one (a missing column, an unreadable number): listed when it is.
    for (const [item, value] of items) if (value !== null || computability.reason(stockIndicator(code, item)) !== null) push(TOTAL, stockIndicator(code, item), value ?? 0, null);
  }

  const p = input.puskesmas;
  return {
    format: DATA_LAPORAN_FORMAT,
    version: DATA_LAPORAN_VERSION,
    kodePuskesmas: p?.kode ?? '',
    namaPuskesmas: p?.nama ?? '',
    kabupaten: p?.kabupaten ?? '',
    provinsi: p?.provinsi ?? '',
    tahun: input.year,
    bulan: input.month,
    dibuat: normalizeStamp(input.generatedAt),
    kelurahan,
    rows,
    jumlahError: computability.errorCount,
    tidakDapatDihitung: blocked,
    ...(input.targets ? { targets: { ...input.targets.annual, uciThreshold: input.targets.uciThreshold, dropOutThreshold: input.targets.dropOutThreshold } } : {}),
  };
}
