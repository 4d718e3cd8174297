import { isoDateToSerial } from '../../domain/dates/excelSerial';
import { DATA_COLUMNS, DATA_LAPORAN_SHEET, DataLaporan, IDENTITY_LABELS, IdentityKey } from '../../domain/reports/dataLaporan/format';
import { stampToSheet } from '../../domain/reports/stamp';
import { rangeAddress } from '../a1';
import { SheetSpec, SpecCell } from '../spec';
import { FORMAT, HEADER_STYLE, ReportSheetBuilder, SECTION_STYLE } from './builder';
import { LayoutContext, meta } from './context';

/**
 * "Data Laporan": the report's numbers for machines (the Dinkes merge reads it with
 * readDataLaporan): an identity block of label/value pairs, then one row per kelurahan ×
 * indicator. docs/format.md lists every indicator.
 */
export function dataLaporanSheet(data: DataLaporan, ctx: LayoutContext): SheetSpec {
  const b = new ReportSheetBuilder(DATA_LAPORAN_SHEET, 'DATA LAPORAN (untuk Dinas Kesehatan)', ctx.puskesmas, meta(ctx, 'semua sheet laporan bulan ini'), DATA_COLUMNS.length);
  b.note('Sheet ini dibaca oleh add-in di Dinas Kesehatan untuk menggabungkan laporan semua puskesmas. Jangan mengubah isinya; buat ulang laporan bila datanya berubah. Tidak memuat nama atau NIK.');
  b.blank();
  const identityTitle = b.row(['Identitas laporan']);
  b.style(`A${identityTitle}`, SECTION_STYLE);
  const stamp = stampToSheet(data.identity.dibuat);
  const id = data.identity;
  const values: Record<IdentityKey, SpecCell> = {
    format: id.format,
    versi: id.versi,
    kodePuskesmas: id.kodePuskesmas,
    namaPuskesmas: id.namaPuskesmas,
    kecamatan: id.kecamatan,
    kabupaten: id.kabupaten,
    provinsi: id.provinsi,
    tahun: id.tahun,
    bulan: id.bulan,
    dibuat: stamp.serial,
    selisihUtc: stamp.offset,
    hariAcuan: isoDateToSerial(id.hariAcuan),
    skema: id.skema,
    jumlahBaris: id.jumlahBaris,
  };
  const first = b.nextRow;
  const rowOf: Partial<Record<IdentityKey, number>> = {};
  for (const key of Object.keys(IDENTITY_LABELS) as IdentityKey[]) rowOf[key] = b.row([IDENTITY_LABELS[key], values[key]]);
  b.style(rangeAddress(first, 1, b.nextRow - 1, 2), { border: 'thin', fontSize: 9, horizontal: 'left' });
  b.style(rangeAddress(first, 1, b.nextRow - 1, 1), { bold: true });
  b.style(`B${rowOf.dibuat}`, { numberFormat: 'dd-mm-yyyy hh:mm' });
  b.style(`B${rowOf.hariAcuan}`, { numberFormat: 'dd-mm-yyyy' });
  b.blank();
  const header = b.row([...DATA_COLUMNS]);
  b.style(rangeAddress(header, 1, header, DATA_COLUMNS.length), { ...HEADER_STYLE, wrap: false });
  const firstData = b.nextRow;
  for (const r of data.rows) b.row([r.kodePuskesmas, r.tahun, r.bulan, r.kodeKelurahan, r.indikator, r.nilai, r.sasaran]);
  if (data.rows.length > 0) {
    const last = b.nextRow - 1;
    b.style(rangeAddress(firstData, 1, last, DATA_COLUMNS.length), { fontSize: 9 });
    b.style(rangeAddress(firstData, 6, last, 7), { numberFormat: FORMAT.count });
  }
  b.setWidths([18, 24, 8, 15, 30, 10, 10]);
  return b.build({ autoFilter: rangeAddress(header, 1, Math.max(header, b.nextRow - 1), DATA_COLUMNS.length), print: { orientation: 'portrait', fitToWidth: true, titleRows: `${header}:${header}` } });
}
