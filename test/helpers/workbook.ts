import * as XLSX from 'xlsx';
import { Cell, RawSheet, RawWorkbook } from '../../src/domain/raw';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';

/** A raw sheet whose rows start at A1. */
export function rawSheet(name: string, rows: Cell[][]): RawSheet {
  return { name, rows, firstRow: 1, firstCol: 1 };
}

/** Writes sheets of values to real xlsx bytes with SheetJS, then reads them back with our reader. */
export function roundTrip(sheets: Record<string, Cell[][]>): RawWorkbook {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return readWorkbookBytes(new Uint8Array(bytes));
}

export const PUSKESMAS_ROWS: Cell[][] = [
  ['Identitas Puskesmas'],
  ['Kode Puskesmas', 'P3373010'],
  ['Nama Puskesmas', 'Kalicacing'],
  ['Kecamatan', 'Sidomukti'],
  ['Kabupaten/Kota', 'Kota Salatiga'],
  ['Provinsi', 'Jawa Tengah'],
  ['Kepala Puskesmas', 'dr. Sri Lestari'],
  ['NIP Kepala', '197805122006042011'],
  ['Tahun', 2025],
  ['Skema', 'Td terkini'],
];

export const KELURAHAN_ROWS: Cell[][] = [
  ['Kode Kelurahan', 'Nama Kelurahan', 'Tahun', 'Jumlah Penduduk', 'Sasaran Bayi', 'Sasaran Bumil', 'Sasaran WUS'],
  ['K01', 'Kalicacing', 2025, 10000, 180, 198, 2190],
  ['K02', 'Mangunsari', 2025, 12000, 200, 220, 2628],
];
