import { SHEETS } from '../../domain/schema/registers';
import { ColumnSchema } from '../../domain/schema/types';
import { HEADER_FILL } from '../reportFrame';
import { RangeStyle, SheetSpec, SpecCell } from '../spec';

export const GUIDE_SHEET_NAME = 'Petunjuk';

const NEED_TEXT: Record<ColumnSchema['need'], string> = {
  value: 'Wajib diisi',
  column: 'Boleh kosong',
  optional: 'Tidak wajib',
};

const GENERAL: string[] = [
  'Isi setiap register satu baris per orang (Register Bumil: satu baris per kehamilan). Jangan menggabungkan sel (merge) di area data.',
  'Judul kolom boleh ditulis dengan huruf besar/kecil apa pun dan dalam urutan apa pun; kolom tambahan milik puskesmas boleh ada dan tidak diubah.',
  'Tanggal: ketik hari-bulan-tahun (17-08-2025, 17/8/2025 atau 17 Agustus 2025) atau pakai tanggal Excel. Tahun selalu 4 angka.',
  'NIK diketik sebagai teks 16 angka (kolom NIK sudah berformat Teks). Bila belum punya NIK, isi Kode KK dan No Urut.',
  'Kode Kelurahan, Kode Sekolah dan Kode Vaksin dipilih dari daftar di sheet Kelurahan, Sekolah dan Vaksin.',
  'Add-in tidak pernah mengubah sheet yang Anda isi. Laporan dibuat sebagai sheet baru yang diganti utuh setiap kali dibuat ulang.',
  'Tekan "Periksa data" di panel Imunisasi untuk melihat kesalahan per sheet, baris dan kolom beserta cara memperbaikinya.',
];

/** The Petunjuk sheet: how to fill the workbook, generated from the schema. */
export function guideSheetSpec(): SheetSpec {
  const values: SpecCell[][] = [['PETUNJUK PENGISIAN REGISTER IMUNISASI'], [], ['Cara mengisi'], ...GENERAL.map((line, i) => [`${i + 1}. ${line}`]), [], ['Sheet', 'Isi'], ...SHEETS.map((s) => [s.name, s.description])];
  const styles: RangeStyle[] = [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    { range: 'A3', style: { bold: true, fontSize: 12 } },
  ];
  const sheetsHeader = 3 + GENERAL.length + 2;
  styles.push({ range: `A${sheetsHeader}:B${sheetsHeader}`, style: { bold: true, fill: HEADER_FILL, border: 'thin' } });
  styles.push({ range: `A${sheetsHeader + 1}:A${sheetsHeader + SHEETS.length}`, style: { bold: true } });
  values.push([], ['Kolom setiap sheet']);
  styles.push({ range: `A${values.length}`, style: { bold: true, fontSize: 12 } });
  values.push(['Sheet', 'Kolom', 'Keharusan', 'Cara mengisi']);
  const columnsHeader = values.length;
  styles.push({ range: `A${columnsHeader}:D${columnsHeader}`, style: { bold: true, fill: HEADER_FILL, border: 'thin' } });
  for (const sheet of SHEETS) for (const column of sheet.columns) values.push([sheet.name, column.header, NEED_TEXT[column.need], column.hint]);
  styles.push({ range: `A${columnsHeader + 1}:D${values.length}`, style: { vertical: 'top', wrap: true } });
  return {
    name: GUIDE_SHEET_NAME,
    role: 'guide',
    values,
    columnWidths: [18, 60, 14, 80],
    styles,
    print: { orientation: 'portrait', fitToWidth: true },
    tabColor: '#BF8F00',
  };
}
