import { Finding } from '../findings';
import { locateSheet } from '../read/locateSheet';
import { readTable } from '../read/readTable';
import { RawWorkbook } from '../raw';
import { SheetSchema } from '../schema/types';
import { ExpectedPuskesmas } from './types';

/** The optional list of a district's puskesmas in the Dinkes workbook. */
export const DAFTAR_SHEET: SheetSchema = {
  key: 'puskesmas',
  name: 'Daftar Puskesmas',
  aliases: ['Puskesmas Kabupaten', 'Daftar PKM'],
  layout: 'table',
  required: false,
  description: 'Puskesmas yang wajib mengirim laporan bulanan ke Dinkes.',
  uniqueBy: ['kode'],
  columns: [
    { key: 'kode', header: 'Kode Puskesmas', aliases: ['Kode PKM', 'Kode'], type: 'code', need: 'value', hint: 'Kode puskesmas, sama dengan di sheet Puskesmas setiap puskesmas.' },
    { key: 'nama', header: 'Nama Puskesmas', aliases: ['Puskesmas', 'Nama PKM'], type: 'text', need: 'value', hint: 'Nama puskesmas.' },
  ],
};

/** The expected puskesmas, or null when the workbook has no Daftar Puskesmas sheet. */
export function readDaftar(workbook: RawWorkbook): { expected: ExpectedPuskesmas[] | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheet = locateSheet(workbook, DAFTAR_SHEET);
  if (!sheet) return { expected: null, findings };
  const table = readTable(sheet, DAFTAR_SHEET, findings, workbook.dateSystem);
  const expected = (table?.rows ?? []).filter((r) => r.values.kode).map((r) => ({ kode: String(r.values.kode), nama: String(r.values.nama ?? r.values.kode) }));
  return { expected, findings };
}
