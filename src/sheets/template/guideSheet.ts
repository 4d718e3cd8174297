import { columnContent, NEED_TEXT } from '../../domain/schema/describe';
import { SHEETS } from '../../domain/schema/registers';
import { rangeAddress } from '../a1';
import { HEADER_FILL } from '../reportFrame';
import { rowsBetween, wrappedRowHeights } from '../rowHeights';
import { RangeStyle, SheetSpec, SpecCell } from '../spec';

export const GUIDE_SHEET_NAME = 'Petunjuk';

const GENERAL: string[] = [
  'Isi setiap register satu baris per orang (Register Bumil: satu baris per kehamilan). Jangan menggabungkan sel (merge) di area data.',
  'Judul kolom boleh ditulis dengan huruf besar/kecil apa pun dan dalam urutan apa pun; kolom tambahan milik puskesmas boleh ada dan tidak diubah.',
  'Tanggal: ketik hari-bulan-tahun (17-08-2025, 17/8/2025 atau 17 Agustus 2025) atau pakai tanggal Excel. Tahun selalu 4 angka.',
  'NIK diketik sebagai teks 16 angka (kolom NIK sudah berformat Teks). Bila belum punya NIK, isi Kode KK dan No Urut.',
  'Kode Kelurahan, Kode Sekolah dan Kode Vaksin dipilih dari daftar di sheet Kelurahan, Sekolah dan Vaksin.',
  'Add-in tidak pernah mengubah sheet yang Anda isi. Laporan dibuat sebagai sheet baru yang diganti utuh setiap kali dibuat ulang.',
  'Tekan "Periksa data" di panel Imunisasi untuk melihat kesalahan per sheet, baris dan kolom beserta cara memperbaikinya.',
];

const COLUMN_HEADER = ['Kolom', 'Keharusan', 'Isi', 'Cara mengisi', 'Judul lain yang diterima'];
const LAST_COL = COLUMN_HEADER.length;
const SECTION_FILL = '#FCE4D6';

/**
 * The Petunjuk sheet: how to fill the workbook, then every standard sheet with its columns —
 * whether required, what goes in, how to fill it, which other headers are accepted — all
 * generated from the schema.
 */
export function guideSheetSpec(): SheetSpec {
  const values: SpecCell[][] = [];
  const styles: RangeStyle[] = [];
  const merges: string[] = [];
  /** Rows whose cells wrap, to be given the height their text needs. */
  const wrapped: number[] = [];
  const add = (row: SpecCell[], style?: RangeStyle['style'], range?: string) => {
    values.push(row);
    if (style) styles.push({ range: range ?? `A${values.length}`, style });
    return values.length;
  };
  const tableHeader = (cells: SpecCell[]) => add(cells, { bold: true, fill: HEADER_FILL, border: 'thin', vertical: 'middle' }, rangeAddress(values.length + 1, 1, values.length + 1, LAST_COL));

  add(['PETUNJUK PENGISIAN REGISTER IMUNISASI'], { bold: true, fontSize: 14 });
  add(['Buku kerja ini mengikuti standar register add-in Imunisasi. Sheet Petunjuk boleh dihapus; sheet lain jangan diganti namanya.'], { italic: true, fontColor: '#595959' });
  add([]);
  add(['Cara mengisi'], { bold: true, fontSize: 12 });
  GENERAL.forEach((line, i) => add([`${i + 1}. ${line}`]));
  add([]);

  add(['Daftar sheet'], { bold: true, fontSize: 12 });
  const listHeader = tableHeader(['Sheet', 'Keharusan', 'Isi', null, null]);
  merges.push(rangeAddress(listHeader, 3, listHeader, LAST_COL));
  for (const sheet of SHEETS) {
    const row = add([sheet.name, sheet.required ? 'wajib ada' : 'tidak wajib', sheet.description, null, null]);
    merges.push(rangeAddress(row, 3, row, LAST_COL));
  }
  styles.push({ range: rangeAddress(listHeader + 1, 1, values.length, LAST_COL), style: { border: 'thin', vertical: 'top', wrap: true } });
  wrapped.push(...rowsBetween(listHeader + 1, values.length));
  styles.push({ range: rangeAddress(listHeader + 1, 1, values.length, 1), style: { bold: true } });

  for (const sheet of SHEETS) {
    add([]);
    add([`Sheet ${sheet.name}${sheet.required ? '' : ' (tidak wajib)'}`], { bold: true, fontSize: 12, fill: SECTION_FILL }, rangeAddress(values.length + 1, 1, values.length + 1, LAST_COL));
    const layout = sheet.layout === 'fields' ? '' : ' Judul kolom ada di baris 3; data mulai baris 4.';
    add([`${sheet.description}${layout}`], { italic: true });
    const header = tableHeader(COLUMN_HEADER);
    for (const c of sheet.columns) add([c.header, NEED_TEXT[c.need], columnContent(c), c.hint, (c.aliases ?? []).join(', ') || null]);
    styles.push({ range: rangeAddress(header + 1, 1, values.length, LAST_COL), style: { border: 'thin', vertical: 'top', wrap: true } });
    wrapped.push(...rowsBetween(header + 1, values.length));
    styles.push({ range: rangeAddress(header + 1, 1, values.length, 1), style: { bold: true } });
  }

  const columnWidths = [24, 28, 30, 56, 36];
  return {
    name: GUIDE_SHEET_NAME,
    role: 'guide',
    values,
    columnWidths,
    rowHeights: wrappedRowHeights(values, columnWidths, wrapped, merges),
    styles,
    merges,
    print: { orientation: 'landscape', fitToWidth: true },
    tabColor: '#BF8F00',
  };
}
