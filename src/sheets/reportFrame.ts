import { Puskesmas } from '../domain/registers/types';
import { cellAddress, rangeAddress } from './a1';
import { ConditionalFormatSpec, RangeStyle, SpecCell } from './spec';

/**
 * Cell A1 of every sheet the add-in generates starts with this text. It is how a writer
 * knows a sheet is its own (and may be replaced whole) and how a person knows not to type in
 * it; a sheet whose A1 does not start with it is never overwritten.
 */
export const GENERATED_MARK = 'Dibuat otomatis oleh Add-in Imunisasi';

export function isGeneratedMark(a1: unknown): boolean {
  return typeof a1 === 'string' && a1.startsWith(GENERATED_MARK);
}

/** What every report says about itself (DESIGN.md: period, sources, rule preset, when made). */
export interface ReportMeta {
  /** When the report was made, already formatted for people, e.g. "25-11-2026 10:15 WIB". */
  generatedAt: string;
  /** The period in words, e.g. "Oktober 2025" or "Tahun 2025". */
  period: string;
  /** Source sheets, e.g. "Register Bayi, Imunisasi Luar". */
  sources: string;
  /** Rule preset, e.g. "Skema Td terkini". */
  preset?: string;
  /** The "BELUM FINAL" banner of a report made from registers with errors (notFinalBanner). */
  banner?: string | null;
  /** A plain notice about the data, e.g. the month has none: a row of its own under the description. */
  notice?: string | null;
}

export const TITLE_STYLE = { bold: true, fontSize: 14 } as const;
export const HEADER_FILL = '#DDEBF7';
export const MARK_STYLE = { italic: true, fontSize: 8, fontColor: '#7F7F7F' } as const;
/** The "BELUM FINAL" banner: white on red, bold, over the sheet's width. */
export const BANNER_STYLE = { bold: true, fontSize: 11, fill: '#C00000', fontColor: '#FFFFFF', vertical: 'middle' } as const;
/** A figure that cannot be computed: red text on light red, where the number would be. */
export const NOT_COMPUTABLE_STYLE = { fill: '#FFC7CE', fontColor: '#9C0006', italic: true } as const;
/** What stands in a report cell instead of a number that cannot be computed. */
export const NOT_COMPUTABLE = 'tidak dapat dihitung';

/**
 * The banner of every sheet of a report made from registers with errors, or null when there
 * are none: the report is not final until the registers are fixed and it is made again.
 */
export function notFinalBanner(errors: number, notComputable = 0): string | null {
  if (errors <= 0 && notComputable <= 0) return null;
  const what = errors > 0 ? `${errors} error di register` : `${notComputable} angka tidak dapat dihitung`;
  return `BELUM FINAL: ${what} — angka yang terkena ditandai "${NOT_COMPUTABLE}". Perbaiki register (Periksa data) lalu buat ulang laporan.`;
}

/** The row of the "BELUM FINAL" banner. */
export const BANNER_ROW = 5;
/** ReportMeta.notice: dark text on amber, bold, wrapped, over the sheet's width. */
export const NOTICE_STYLE = { bold: true, fontSize: 10, fill: '#FFEB9C', fontColor: '#7F6000', wrap: true, vertical: 'top' } as const;

/**
 * The top block of a report sheet: marker line, title, the puskesmas identity and the
 * report's own description. Returns the rows and their styles; the table starts below.
 */
export function reportHeader(title: string, puskesmas: Puskesmas | null, meta: ReportMeta): { rows: SpecCell[][]; styles: RangeStyle[] } {
  const identity = puskesmas
    ? `Puskesmas ${puskesmas.nama} (${puskesmas.kode}) · Kec. ${puskesmas.kecamatan} · ${puskesmas.kabupaten} · ${puskesmas.provinsi}`
    : 'Identitas puskesmas belum diisi (sheet Puskesmas)';
  const about = [`Periode: ${meta.period}`, `Sumber: ${meta.sources}`, ...(meta.preset ? [`Aturan: ${meta.preset}`] : [])].join(' · ');
  const rows: SpecCell[][] = [
    [`${GENERATED_MARK} pada ${meta.generatedAt}. Sheet ini diganti utuh setiap kali laporan dibuat ulang; jangan mengetik di sini.`],
    [title],
    [identity],
    [about],
  ];
  const styles: RangeStyle[] = [
    { range: 'A1', style: MARK_STYLE },
    { range: 'A2', style: TITLE_STYLE },
    { range: 'A3:A4', style: { fontSize: 10 } },
  ];
  // Row 5, under the report's description: the BELUM FINAL banner (reportTable keeps it free), then a notice.
  if (meta.banner) {
    rows.push([meta.banner]);
    styles.push({ range: `A${rows.length}`, style: BANNER_STYLE });
  }
  if (meta.notice) {
    rows.push([meta.notice]);
    styles.push({ range: `A${rows.length}`, style: NOTICE_STYLE });
  }
  return { rows, styles };
}

/**
 * One rule over the whole sheet that paints every "tidak dapat dihitung" cell red: the number
 * of styled ranges stays the same however many figures are blocked. None when there are none.
 */
export function notComputableFormat(values: readonly SpecCell[][]): ConditionalFormatSpec[] {
  let width = 0;
  let any = false;
  for (const row of values) {
    width = Math.max(width, row.length);
    if (!any && row.some((c) => c === NOT_COMPUTABLE)) any = true;
  }
  if (!any) return [];
  return [{ range: rangeAddress(1, 1, values.length, width), rule: { kind: 'textEquals', text: NOT_COMPUTABLE }, style: { fill: NOT_COMPUTABLE_STYLE.fill, fontColor: NOT_COMPUTABLE_STYLE.fontColor } }];
}

/** Font size of a wrapped "tidak dapat dihitung" in a narrow column: small enough for a word a line. */
const NOT_COMPUTABLE_FONT = 8;

/**
 * A "tidak dapat dihitung" in a column too narrow for it is cut off on paper (and on screen: a
 * text is clipped by its neighbour, and LibreOffice prints only the file's row height). Such
 * cells wrap, in a smaller font, and their rows are made tall enough for the lines: the words
 * stay legible in print. `bodyFont` is the table's font size; `rowHeights` the heights so far.
 * Merged cells are left as they are (they span enough columns).
 */
export function legibleNotComputable(
  values: readonly SpecCell[][],
  widths: readonly number[],
  bodyFont: number,
  rowHeights: Readonly<Record<number, number>>,
  merges: readonly string[] = [],
  /** Which cells are such marks (1-based row and column); other words standing for a figure may be too. */
  isMark: (cell: SpecCell, row: number, col: number) => cell is string = (cell): cell is string => cell === NOT_COMPUTABLE,
): { styles: RangeStyle[]; rowHeights: Record<number, number> } {
  const styles: RangeStyle[] = [];
  const heights: Record<number, number> = {};
  const merged = new Set(merges.map((m) => m.split(':')[0]));
  // A column width counts digit widths of 11-point Calibri; text runs about a tenth narrower.
  const perLine = (width: number, font: number) => Math.floor((width * 1.1 * 11) / font);
  values.forEach((row, r) => {
    let lines = 0;
    row.forEach((cell, c) => {
      if (!isMark(cell, r + 1, c + 1) || merged.has(cellAddress(r + 1, c + 1))) return;
      const width = widths[c] ?? 8.43;
      if (perLine(width, bodyFont) >= cell.length) return;
      styles.push({ range: rangeAddress(r + 1, c + 1, r + 1, c + 1), style: { wrap: true, fontSize: NOT_COMPUTABLE_FONT, vertical: 'middle' } });
      lines = Math.max(lines, wrappedLines(cell, perLine(width, NOT_COMPUTABLE_FONT)));
    });
    if (lines > 1) heights[r + 1] = Math.max(rowHeights[r + 1] ?? 0, lines * 11 + 3);
  });
  return { styles, rowHeights: heights };
}

/** Lines a text takes when wrapped at spaces, `perLine` characters a line (a longer word takes its own). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    if (used > 0 && used + 1 + word.length > perLine) {
      lines++;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}
