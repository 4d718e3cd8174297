import { formatDateId } from '../../domain/dates/formatId';
import { Registers } from '../../domain/registers/types';
import { Rules } from '../../domain/rules/types';
import { PersonStatus } from '../../domain/status/types';
import { columnLetter } from '../a1';
import { HEADER_FILL, ReportMeta, reportHeader } from '../reportFrame';
import { KeepBlock, READABLE_SCALE } from '../pageBreaks';
import { printedAcrossPages } from './acrossPages';
import { rowsBetween } from '../rowHeights';
import { SheetSpec, SpecCell } from '../spec';
import { wrappedCellHeights } from '../textRows';
import { DATE_FORMAT, dateCell, idText, KELOMPOK_LABEL, kelurahanNamer, sheetNamer } from './common';

export const STATUS_SHEET_NAME = 'Status T';

/**
 * The columns, those a printed list needs first: the person, her status and her history print
 * (PRINTED); the details after them (the date the status was reached and lengkap, both read in
 * the history and the status, the doses not counted, marked ✗ in the history, with their reasons,
 * and the source rows, which every history line names) show on screen only.
 */
const COLUMNS: { header: string; width: number; date?: boolean; wrap?: boolean }[] = [
  { header: 'No', width: 5 },
  { header: 'Nama', width: 22 },
  { header: 'NIK / Kode KK', width: 19 },
  { header: 'Tanggal Lahir', width: 11, date: true },
  { header: 'Kelurahan', width: 18 },
  { header: 'No HP', width: 14 },
  { header: 'Kelompok', width: 10 },
  { header: 'Status T', width: 8 },
  { header: 'Terlindung s.d.', width: 11, date: true },
  { header: 'Dosis Berikutnya', width: 11, date: true },
  { header: 'Riwayat T', width: 60, wrap: true },
  { header: 'Tanggal Status', width: 11, date: true },
  { header: 'Lengkap (T5)', width: 9 },
  // Wide enough for its header on two lines: the header row repeats on every printed page.
  { header: 'Dosis Tidak Dihitung', width: 12 },
  { header: 'Alasan Tidak Dihitung', width: 36, wrap: true },
  { header: 'Baris Sumber', width: 24, wrap: true },
];
/** Columns A–K print: the person, her status and her T history. */
const PRINTED = 11;
/** A printed list shows "✗ tidak dihitung" without the reason: the note says where the rest is. */
const SCREEN_ONLY_NOTE = `Kolom ${columnLetter(PRINTED + 1)}–${columnLetter(COLUMNS.length)} (${COLUMNS.slice(PRINTED).map((c) => c.header).join(', ')}) hanya tampil di layar, tidak ikut dicetak; alasan setiap dosis ✗ ada di kolom Alasan Tidak Dihitung.`;

/**
 * "Status T": one row per person with a T history (women, pupils, children with DPT doses):
 * status, the date it was reached, protected until, next dose, lengkap, the whole history
 * (screenings and doses, each with its source), and the doses that do not count with their
 * reasons — filterable, with those rows highlighted.
 */
export function statusSheet(persons: readonly PersonStatus[], registers: Registers, rules: Rules, meta: ReportMeta): SheetSpec {
  const header = reportHeader(`Status Imunisasi T (${rules.label}) per Orang`, registers.puskesmas, meta);
  const kelurahan = kelurahanNamer(registers.kelurahan);
  const sheetName = sheetNamer(registers);
  const sorted = [...persons].sort((a, b) => kelurahan(a.kelurahan).localeCompare(kelurahan(b.kelurahan)) || a.nama.localeCompare(b.nama) || a.key.localeCompare(b.key));
  const headerRow = header.rows.length + 2;
  const values: SpecCell[][] = [...header.rows, [`Status T dihitung dari seluruh riwayat (bayi, BIAS, caten, bumil, WUS) dan hasil skrining; dosis yang tidak memenuhi jarak minimal tetap tercatat tetapi tidak dihitung. Aturan: docs/rules.md. ${SCREEN_ONLY_NOTE}`], COLUMNS.map((c) => c.header)];
  sorted.forEach((p, i) => {
    const invalid = p.doses.filter((d) => !d.valid);
    const riwayat = history(p, sheetName);
    const alasan = invalid.map((d) => `${formatDateId(d.date)} ${d.column}: ${d.reason}`).join('\n');
    values.push([
      i + 1,
      p.nama,
      idText(p.id),
      dateCell(p.tanggalLahir),
      kelurahan(p.kelurahan),
      p.noHp,
      KELOMPOK_LABEL[p.kelompok],
      `T${p.status}`,
      p.lengkap ? 'seumur hidup' : dateCell(p.protectedUntil),
      p.lengkap ? '-' : p.nextKind === 'segera' ? 'segera' : dateCell(p.next),
      riwayat,
      dateCell(p.statusDate),
      p.lengkap ? 'Ya' : 'Belum',
      invalid.length,
      alasan,
      p.rows.map((r) => `${sheetName(r.sheet)} baris ${r.row}`).join('; '),
    ]);
  });
  const last = Math.max(headerRow + 1, values.length);
  const col = (i: number) => columnLetter(i + 1);
  const lastCol = col(COLUMNS.length - 1);
  const at = (header: string) => col(COLUMNS.findIndex((c) => c.header === header));
  const widths = COLUMNS.map((c) => c.width);
  // Writers do not fit row heights to wrapped text: each row gets the lines its cells hold
  // (every text wraps in its column, so none is cut at its neighbour's border on paper).
  const rowHeights: Record<number, number> = {
    [headerRow]: Math.max(30, wrappedCellHeights(values, widths, [headerRow], () => ({ size: 11, bold: true }))[headerRow] ?? 0),
    ...Object.fromEntries(Object.entries(wrappedCellHeights(values, widths, rowsBetween(headerRow + 1, last), () => ({ size: 11, bold: false }))).map(([r, h]) => [r, Math.min(409, h)])),
  };
  const spec: SheetSpec = {
    name: STATUS_SHEET_NAME,
    role: 'report',
    values,
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights,
    styles: [
      ...header.styles,
      { range: `A${headerRow - 1}`, style: { italic: true, fontSize: 9 } },
      { range: `A${headerRow}:${lastCol}${headerRow}`, style: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'middle', border: 'thin' } },
      ...COLUMNS.flatMap((c, i) => (c.date ? [{ range: `${col(i)}${headerRow + 1}:${col(i)}${last}`, style: { numberFormat: DATE_FORMAT, horizontal: 'center' as const } }] : [])),
      ...COLUMNS.flatMap((c, i) => (c.wrap ? [{ range: `${col(i)}${headerRow + 1}:${col(i)}${last}`, style: { wrap: true, vertical: 'top' as const } }] : [])),
      { range: `A${headerRow + 1}:${lastCol}${last}`, style: { vertical: 'top', wrap: true } },
      { range: `${at('Status T')}${headerRow + 1}:${at('Status T')}${last}`, style: { bold: true, horizontal: 'center' } },
    ],
    freeze: { rows: headerRow, columns: TITLE_COLUMNS },
    autoFilter: `A${headerRow}:${lastCol}${last}`,
    conditionalFormats: [
      { range: `${at('Dosis Tidak Dihitung')}${headerRow + 1}:${at('Dosis Tidak Dihitung')}${last}`, rule: { kind: 'cellValue', operator: 'greaterThan', values: [0] }, style: { fill: '#F8CBAD', bold: true } },
      { range: `${at('Lengkap (T5)')}${headerRow + 1}:${at('Lengkap (T5)')}${last}`, rule: { kind: 'textEquals', text: 'Ya' }, style: { fill: '#C6EFCE' } },
    ],
    print: { orientation: 'landscape', fitToWidth: false, scale: READABLE_SCALE * 100, titleRows: `${headerRow}:${headerRow}`, titleColumns: `A:${col(TITLE_COLUMNS - 1)}`, columns: `A:${col(PRINTED - 1)}` },
  };
  // Each row is as tall as its history (a line a dose or screening, most of the height of the
  // list), and every band of columns prints every row: the list prints in two bands at a readable
  // scale (issue 13), No and Nama on each, the person and her status, then her protection, next
  // dose and history. The title block and the note above the table wrap within No and Nama.
  return printedAcrossPages(spec, widths, TITLE_COLUMNS, COLUMN_GROUPS, rowsBetween(1, headerRow - 1));
}

/** No and Nama repeat on every printed page. */
const TITLE_COLUMNS = 2;
/** Columns printed together (1-based): the person and her status; her protection, next dose and history. */
const COLUMN_GROUPS: KeepBlock[] = [
  { first: 3, last: 8 },
  { first: 9, last: 11 },
];


/** The history in one cell, a line each: "02-11-2001 DT Kelas 1 → T1 (Register BIAS baris 5)". */
function history(p: PersonStatus, sheetName: (s: PersonStatus['rows'][number]['sheet']) => string): string {
  const lines: { date: string; text: string }[] = [];
  for (const s of p.screenings) lines.push({ date: s.date, text: `${formatDateId(s.date)} skrining T${s.status}${s.used ? '' : ' (lebih rendah dari riwayat, tidak dipakai)'} (${sheetName(s.sheet)} baris ${s.row})` });
  for (const d of p.doses) lines.push({ date: d.date, text: `${formatDateId(d.date)} ${d.column} ${d.valid ? `→ T${d.step}` : '✗ tidak dihitung'} (${sheetName(d.sheet)} baris ${d.row})` });
  return lines
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((l) => l.text)
    .join('\n');
}
