import { formatMonthId } from '../../domain/dates/formatId';
import { Registers } from '../../domain/registers/types';
import { DueEntry, dueGroups, Month } from '../../domain/status/dueList';
import { columnLetter } from '../a1';
import { HEADER_FILL, ReportMeta, reportHeader } from '../reportFrame';
import { KeepBlock, READABLE_SCALE } from '../pageBreaks';
import { printedAcrossPages } from './acrossPages';
import { rowsBetween } from '../rowHeights';
import { RangeStyle, SheetSpec, SpecCell } from '../spec';
import { wrappedCellHeights } from '../textRows';
import { DATE_FORMAT, dateCell, dueGroupLabel, idText, KELOMPOK_LABEL, kelurahanNamer, sheetNamer } from './common';
import { waLink } from './whatsapp';

export const JADWAL_SHEET_NAME = 'Jadwal Bulan Ini';

/**
 * The person and the dose due first, then whom to contact, the source row and the date given.
 * Each text fits its column on one line ("Register Bayi baris 683", "DPT-HB-Hib 4", "Jatuh
 * tempo"): a row is as tall as its tallest cell, and every printed band prints every row.
 */
const COLUMNS: { header: string; width: number; date?: boolean }[] = [
  { header: 'No', width: 5 },
  { header: 'Nama', width: 24 },
  { header: 'NIK / Kode KK', width: 19 },
  { header: 'Kelompok', width: 10 },
  { header: 'Tanggal Lahir', width: 11, date: true },
  { header: 'Dosis', width: 13 },
  { header: 'Jatuh Tempo', width: 11, date: true },
  { header: 'Keterangan', width: 12 },
  { header: 'Nama Ibu', width: 19 },
  { header: 'No HP', width: 14 },
  { header: 'WhatsApp', width: 10 },
  { header: 'Baris Sumber', width: 23 },
  { header: 'Tanggal Diberikan', width: 11 },
];
/** Points of a body row: room to write the date given by hand (about 6 mm). */
const BODY_ROW_POINTS = 18;

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
  const headings: number[] = [];
  let n = 0;
  for (const g of dueGroups(entries)) {
    values.push([`${dueGroupLabel(g, kelurahan)}: ${g.people} orang, ${g.entries.length} dosis, ${g.late} terlambat`]);
    headings.push(values.length);
    styles.push({ range: `A${values.length}:${lastCol}${values.length}`, style: { bold: true, fill: '#FFF2CC' } });
    for (const e of g.entries) {
      values.push([
        ++n,
        e.nama,
        idText(e.id),
        KELOMPOK_LABEL[e.kelompok],
        dateCell(e.tanggalLahir),
        e.dose,
        e.dueKind === 'segera' ? 'segera' : dateCell(e.due),
        e.overdue ? 'Terlambat' : e.dueKind === 'segera' ? 'Segera' : 'Jatuh tempo',
        e.namaIbu,
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
  const at = (header: string) => col(COLUMNS.findIndex((c) => c.header === header));
  const widths = COLUMNS.map((c) => c.width);
  const body = rowsBetween(headerRow + 1, last).filter((r) => !headings.includes(r));
  // Writers do not fit row heights to wrapped text: each row gets the lines its cells hold
  // (every text wraps in its column, so none is cut at its neighbour's border on paper).
  const rowHeights: Record<number, number> = {
    [headerRow]: Math.max(30, wrappedCellHeights(values, widths, [headerRow], () => ({ size: 11, bold: true }))[headerRow] ?? 0),
    ...Object.fromEntries(body.map((r) => [r, BODY_ROW_POINTS])),
    ...Object.fromEntries(Object.entries(wrappedCellHeights(values, widths, body, () => ({ size: 11, bold: false }))).map(([r, h]) => [r, Math.max(BODY_ROW_POINTS, h)])),
  };
  const spec: SheetSpec = {
    name: JADWAL_SHEET_NAME,
    role: 'report',
    values,
    columnWidths: widths,
    rowHeights,
    styles: [
      ...header.styles,
      { range: `A${headerRow - 1}`, style: { italic: true, fontSize: 9 } },
      { range: `A${headerRow}:${lastCol}${headerRow}`, style: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'middle', border: 'thin' } },
      ...COLUMNS.flatMap((c, i) => (c.date ? [{ range: `${col(i)}${headerRow + 1}:${col(i)}${last}`, style: { numberFormat: DATE_FORMAT, horizontal: 'center' as const } }] : [])),
      { range: `A${headerRow + 1}:${lastCol}${last}`, style: { wrap: true, vertical: 'top' } },
      { range: `${at('WhatsApp')}${headerRow + 1}:${at('WhatsApp')}${last}`, style: { fontColor: '#0563C1' } },
      ...styles,
    ],
    freeze: { rows: headerRow, columns: 2 },
    conditionalFormats: [{ range: `${at('Keterangan')}${headerRow + 1}:${at('Keterangan')}${last}`, rule: { kind: 'textEquals', text: 'Terlambat' }, style: { fontColor: '#C00000', bold: true } }],
    print: { orientation: 'landscape', fitToWidth: false, scale: READABLE_SCALE * 100, titleRows: `${headerRow}:${headerRow}`, titleColumns: `A:${columnLetter(TITLE_COLUMNS)}` },
  };
  // 13 columns, about 190 characters wide: across two pages at a readable scale (issue 13), No and
  // Nama on each: the person and the dose due on the first; whom to contact, the source and the date given on the second.
  // The title block, the note and each posyandu's heading wrap within the columns every page repeats.
  return printedAcrossPages(spec, widths, TITLE_COLUMNS, COLUMN_GROUPS, [...rowsBetween(1, headerRow - 1), ...headings, ...(entries.length === 0 ? [last] : [])]);
}

/** No and Nama repeat on every printed page. */
const TITLE_COLUMNS = 2;
/** Columns printed together (1-based): the person and the dose due; the contact, the source and the date given. */
const COLUMN_GROUPS: KeepBlock[] = [
  { first: 3, last: 8 },
  { first: 9, last: 13 },
];
