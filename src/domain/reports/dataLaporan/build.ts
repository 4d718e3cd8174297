import { IsoDate } from '../../dates/isoDate';
import { Puskesmas } from '../../registers/types';
import { BIAS_KEYS, BIAS_SASARAN, BiasLine, BiasReport } from '../bias';
import { ImmunizationReport, ImmunizationRow } from '../immunization';
import { normalizeStamp } from '../stamp';
import { VaccineStockReport } from '../vaccineStock';
import { DATA_LAPORAN_FORMAT, DATA_LAPORAN_VERSION, DataLaporan, DataLaporanRow, TOTAL_CODE } from './format';

export interface DataLaporanInput {
  puskesmas: Puskesmas | null;
  year: number;
  month: number;
  today: IsoDate;
  generatedAt: string;
  immunization: ImmunizationReport;
  bias: BiasReport;
  stock: VaccineStockReport;
}

const SCHEME_LABEL = { td: 'Td terkini', tt2005: '2005 (TT)' } as const;

/**
 * The report's numbers in long format (one row per kelurahan × indicator) with its identity.
 * Only aggregates: no names, no NIK. Coverage, drop-out and IP are not stored; the reader
 * derives them from the counts and the Sasaran column.
 */
export function buildDataLaporan(input: DataLaporanInput): DataLaporan {
  const { puskesmas, year, month } = input;
  const kode = puskesmas?.kode ?? '';
  const rows: DataLaporanRow[] = [];
  const push = (kodeKelurahan: string, indikator: string, nilai: number, sasaran: number | null) => rows.push({ kodePuskesmas: kode, tahun: year, bulan: month, kodeKelurahan, indikator, nilai, sasaran });

  const immunizationRows = (r: ImmunizationRow, code: string) => {
    for (const [group, value] of Object.entries(r.sasaran)) if (value !== null) push(code, `sasaran.${group}`, value, null);
    for (const key of input.immunization.keys) {
      const l = r.lines[key];
      push(code, `${key}.bulan_ini`, l.bulanIni.total, l.sasaran);
      push(code, `${key}.bulan_ini_luar`, l.bulanIni.luar, l.sasaran);
      push(code, `${key}.kumulatif`, l.kumulatif.total, l.sasaran);
      push(code, `${key}.kumulatif_luar`, l.kumulatif.luar, l.sasaran);
    }
  };
  for (const r of input.immunization.rows) immunizationRows(r, r.kode);
  immunizationRows(input.immunization.total, TOTAL_CODE);

  const biasRows = (line: BiasLine, code: string) => {
    for (const key of BIAS_KEYS) push(code, `bias.${key}.kumulatif`, line.doses[key].count, line.murid[BIAS_SASARAN[key]]);
  };
  for (const g of input.bias.groups) biasRows(g.subtotal, g.kode);
  biasRows(input.bias.total, TOTAL_CODE);

  // Two Vaksin rows of one vaccine are reported once (the second is a finding of the stock report).
  for (const line of input.stock.lines) {
    if (!line.group) continue;
    const s = line.stock;
    const measures: [string, number | null][] = [
      ['dosis_per_kemasan', line.dosisPerKemasan],
      ['stok_awal', s?.stokAwal ?? null],
      ['diterima', s?.diterima ?? null],
      ['dipakai', s?.dipakai ?? null],
      ['rusak', s ? (s.rusak ?? 0) : null],
      ['stok_akhir', s?.stokAkhir ?? null],
      ['dipakai_kumulatif', line.dipakaiKumulatif],
      ['dosis_bulan_ini', line.dosisBulanIni.total],
      ['dosis_kumulatif', line.dosisKumulatif.total],
    ];
    for (const [m, v] of measures) if (v !== null) push(TOTAL_CODE, `vaksin.${line.group.key}.${m}`, v, null);
  }

  return {
    identity: {
      format: DATA_LAPORAN_FORMAT,
      versi: DATA_LAPORAN_VERSION,
      kodePuskesmas: kode,
      namaPuskesmas: puskesmas?.nama ?? '',
      kecamatan: puskesmas?.kecamatan ?? '',
      kabupaten: puskesmas?.kabupaten ?? '',
      provinsi: puskesmas?.provinsi ?? '',
      tahun: year,
      bulan: month,
      dibuat: normalizeStamp(input.generatedAt),
      hariAcuan: input.today,
      skema: SCHEME_LABEL[puskesmas?.skema ?? 'td'],
      jumlahBaris: rows.length,
    },
    rows,
  };
}
