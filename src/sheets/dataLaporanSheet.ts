import { DATA_LAPORAN_SHEET, DataLaporan, TARGET_ROW_PREFIX, TOTAL } from '../domain/dataLaporan/types';

/** Keterangan of a target row, for people reading the sheet. */
export const TARGET_ROW_NOTE = 'target yang dipakai laporan (pecahan, bukan jumlah)';
import { IDENTITY_LABELS, TABLE_HEADERS } from '../domain/dataLaporan/readDataLaporan';
import { rangeAddress } from './a1';
import { BANNER_STYLE, GENERATED_MARK, HEADER_FILL, NOT_COMPUTABLE_STYLE, notFinalBanner } from './reportFrame';
import { SheetSpec, SpecCell } from './spec';

/**
 * The Data Laporan sheet: identity block, then the long table. Plain on purpose — it is read
 * by the Dinkes merge, so nothing but values matters, and nobody should need to edit it.
 */
export function dataLaporanSheetSpec(data: DataLaporan, generatedAt: string): SheetSpec {
  const identity: [string, SpecCell][] = [
    [IDENTITY_LABELS.format, data.format],
    [IDENTITY_LABELS.version, data.version],
    [IDENTITY_LABELS.kodePuskesmas, data.kodePuskesmas],
    [IDENTITY_LABELS.namaPuskesmas, data.namaPuskesmas],
    [IDENTITY_LABELS.kabupaten, data.kabupaten],
    [IDENTITY_LABELS.provinsi, data.provinsi],
    [IDENTITY_LABELS.tahun, data.tahun],
    [IDENTITY_LABELS.bulan, data.bulan],
    [IDENTITY_LABELS.dibuat, data.dibuat],
    [IDENTITY_LABELS.jumlahError, data.jumlahError ?? 0],
  ];
  const banner = notFinalBanner(data.jumlahError ?? 0, data.tidakDapatDihitung.length);
  const named = (code: string) => data.kelurahan[code] ?? null;
  const values: SpecCell[][] = [
    [`${GENERATED_MARK} pada ${generatedAt}. Data untuk Dinkes: dibaca oleh penggabung laporan; jangan diubah.`],
    ['DATA LAPORAN (format mesin: tanpa nama dan NIK)'],
    [banner],
    ...identity.map(([label, value]) => [label, value]),
    [],
    [...TABLE_HEADERS],
    ...data.rows.map((r) => [data.kodePuskesmas, data.tahun, data.bulan, r.kodeKelurahan, named(r.kodeKelurahan), r.indikator, r.nilai, r.sasaran]),
    // Figures that cannot be computed: Nilai blank, never a number; the reason beside it.
    ...data.tidakDapatDihitung.map((r) => [data.kodePuskesmas, data.tahun, data.bulan, r.kodeKelurahan, named(r.kodeKelurahan), r.indikator, null, r.sasaran, r.alasan]),
    // The targets the report used: fractions, not counts (Dinkes compares them with its own).
    ...Object.entries(data.targets ?? {}).map(([key, value]) => [data.kodePuskesmas, data.tahun, data.bulan, TOTAL, null, `${TARGET_ROW_PREFIX}${key}`, value, null, TARGET_ROW_NOTE]),
  ];
  const header = 4 + identity.length + 1;
  return {
    name: DATA_LAPORAN_SHEET,
    role: 'report',
    values,
    columnWidths: [16, 8, 7, 15, 22, 30, 10, 10, 40],
    columnFormats: [null, null, null, '@', null, null, null, null, null],
    styles: [
      { range: 'A1', style: { italic: true, fontSize: 8, fontColor: '#7F7F7F' } },
      { range: 'A2', style: { bold: true, fontSize: 12 } },
      ...(banner ? [{ range: 'A3', style: BANNER_STYLE }] : []),
      ...(data.tidakDapatDihitung.length > 0
        ? [{ range: rangeAddress(header + data.rows.length + 1, 7, header + data.rows.length + data.tidakDapatDihitung.length, 9), style: NOT_COMPUTABLE_STYLE }]
        : []),
      { range: rangeAddress(4, 1, 3 + identity.length, 1), style: { bold: true } },
      { range: rangeAddress(header, 1, header, TABLE_HEADERS.length), style: { bold: true, fill: HEADER_FILL, border: 'thin' } },
    ],
    freeze: { rows: header, columns: 0 },
    autoFilter: rangeAddress(header, 1, header, TABLE_HEADERS.length),
    tabColor: '#7F7F7F',
  };
}
