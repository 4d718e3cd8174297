import { formatMonthId } from '../../domain/dates/formatId';
import { Registers } from '../../domain/registers/types';
import { DueEntry, dueGroups, Month } from '../../domain/status/dueList';
import { columnLetter } from '../a1';
import { HEADER_FILL, ReportMeta, reportHeader } from '../reportFrame';
import { RangeStyle, SheetSpec, SpecCell } from '../spec';
import { DATE_FORMAT, dateCell, dueGroupLabel, idText, KELOMPOK_LABEL, kelurahanNamer, sheetNamer } from './common';
import { waLink } from './whatsapp';

export const JADWAL_SHEET_NAME = 'Jadwal Bulan Ini';

const COLUMNS: { header: string; width: number; date?: boolean }[] = [
  { header: 'No', width: 5 },
  { header: 'Nama', width: 24 },
  { header: 'NIK / Kode KK', width: 19 },
  { header: 'Kelompok', width: 10 },
  { header: 'Tanggal Lahir', width: 11, date: true },
  { header: 'Nama Ibu', width: 20 },
  { header: 'Dosis', width: 14 },
  { header: 'Jatuh Tempo', width: 11, date: true },
  { header: 'Keterangan', width: 11 },
  { header: 'No HP', width: 14 },
  { header: 'WhatsApp', width: 11 },
  { header: 'Baris Sumber', width: 22 },
  { header: 'Tanggal Diberikan', width: 12 },
];

/**
 * "Jadwal Bulan Ini": who is due or overdue in the month, grouped by posyandu where the
 * register fills its Posyandu column and by kelurahan otherwise (a heading row each, with the
 * counts), one row per dose: the table each posyandu keeps and the list the kader takes, with the
 * phone number, a WhatsApp link whose message names the person, the dose and the month, and
 * an empty column to write the date given.
 */
export function jadwalSheet(entries: readonly DueEntry[], month: Month, registers: Registers, meta: ReportMeta): SheetSpec {
  const header = reportHeader(`Jadwal Imunisasi Bulan ${formatMonthId(month.year, month.month)}`, registers.puskesmas, meta);
  const kelurahan = kelurahanNamer(registers.kelurahan);
  const sheetName = sheetNamer(registers);
  const puskesmas = registers.puskesmas?.nama || null;
  const headerRow = header.rows.length + 2;
  const values: SpecCell[][] = [
    ...header.rows,
    [`Jatuh tempo = boleh diberikan mulai tanggal itu; Terlambat = sudah lewat batas terlambat saat bulan dimulai; Segera = belum pernah mendapat dosis T, boleh kapan saja.`],
    COLUMNS.map((c) => c.header),
  ];
  const styles: RangeStyle[] = [];
  const lastCol = columnLetter(COLUMNS.length);
  let n = 0;
  for (const g of dueGroups(entries)) {
    values.push([`${dueGroupLabel(g, kelurahan)}: ${g.people} orang, ${g.entries.length} dosis, ${g.late} terlambat`]);
    styles.push({ range: `A${values.length}:${lastCol}${values.length}`, style: { bold: true, fill: '#FFF2CC' } });
    for (const e of g.entries) {
      values.push([
        ++n,
        e.nama,
        idText(e.id),
        KELOMPOK_LABEL[e.kelompok],
        dateCell(e.tanggalLahir),
        e.namaIbu,
        e.dose,
        e.dueKind === 'segera' ? 'segera' : dateCell(e.due),
        e.overdue ? 'Terlambat' : e.dueKind === 'segera' ? 'Segera' : 'Jatuh tempo',
        e.noHp,
        waLink(e, month, puskesmas),
        `${sheetName(e.source.sheet)} baris ${e.source.row}`,
        null,
      ]);
    }
  }
  if (entries.length === 0) values.push([`Tidak ada sasaran yang jatuh tempo atau terlambat pada bulan ${formatMonthId(month.year, month.month)}.`]);
  const last = Math.max(headerRow + 1, values.length);
  const col = (i: number) => columnLetter(i + 1);
  return {
    name: JADWAL_SHEET_NAME,
    role: 'report',
    values,
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { [headerRow]: 30 },
    styles: [
      ...header.styles,
      { range: `A${headerRow - 1}`, style: { italic: true, fontSize: 9 } },
      { range: `A${headerRow}:${lastCol}${headerRow}`, style: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'middle', border: 'thin' } },
      ...COLUMNS.flatMap((c, i) => (c.date ? [{ range: `${col(i)}${headerRow + 1}:${col(i)}${last}`, style: { numberFormat: DATE_FORMAT, horizontal: 'center' as const } }] : [])),
      { range: `K${headerRow + 1}:K${last}`, style: { fontColor: '#0563C1' } },
      ...styles,
    ],
    freeze: { rows: headerRow, columns: 2 },
    conditionalFormats: [{ range: `I${headerRow + 1}:I${last}`, rule: { kind: 'textEquals', text: 'Terlambat' }, style: { fontColor: '#C00000', bold: true } }],
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${headerRow}:${headerRow}` },
  };
}
