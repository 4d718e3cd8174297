import { columnLetter, parseRange, rangeAddress } from '../a1';
import { groupColumnBreaks, KeepBlock, keepTogetherBreaks, NARROW_COLUMNS_PRINT, printScale, READABLE_SCALE } from '../pageBreaks';
import { BANNER_ROW, HEADER_FILL, legibleNotComputable, notComputableFormat, reportHeader, ReportMeta } from '../reportFrame';
import { CellStyle, ChartSpec, ConditionalFormatSpec, RangeStyle, SheetSpec, SpecCell } from '../spec';
import { wrapTextRows } from '../textRows';
import { Puskesmas } from '../../domain/registers/types';

export const FORMAT = { count: '#,##0', percent: '0.0%', ratio: '0.00', months: '0.0' } as const;
export const TOTAL_FILL = '#F2F2F2';
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 11 };
export const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true, fontSize: 9 };
export const BODY_STYLE: CellStyle = { border: 'thin', fontSize: 9, vertical: 'middle' };
export const TOTAL_STYLE: CellStyle = { bold: true, fill: TOTAL_FILL };
export const NOTE_STYLE: CellStyle = { italic: true, fontSize: 8, fontColor: '#595959' };

/** Column spec of a table: its header, width and the number format of its body. */
export interface Column {
  header: string;
  /** A header spanning this and following columns in the row above (merged). */
  group?: { label: string; span: number };
  width: number;
  format?: string;
  align?: 'left' | 'center' | 'right';
}

/**
 * Builds a report sheet top to bottom: the header block of reportFrame, then sections and
 * tables. Styles are whole blocks (header, body, total row, each column's number format), so
 * their number does not grow with the data rows.
 */
export class ReportSheetBuilder {
  readonly values: SpecCell[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly charts: ChartSpec[] = [];
  readonly rowHeights: Record<number, number> = {};
  private widths: number[] = [];
  /** Runs of rows printed on one page (a section title with its table, a signature). */
  private readonly keep: KeepBlock[] = [];
  private lastSection = 0;
  /** Characters of the BELUM FINAL banner (0: none), sized once the column widths are known. */
  private banner = 0;
  /** Note rows, sized once the column widths are known. */
  private readonly notes: { row: number; length: number; span: number }[] = [];
  /** Rows of the title block (with the banner and notice) and the section titles: lines of text. */
  private readonly textRows: number[] = [];
  /** Set by printAcross: the sheet prints across pages at a readable scale instead of shrinking. */
  private across: { titleColumns: number; breaks: number[] } | null = null;

  constructor(
    readonly name: string,
    title: string,
    puskesmas: Puskesmas | null,
    meta: ReportMeta,
    /** Columns the title block spans (merged, so long lines print whole). */
    private readonly span: number,
  ) {
    const header = reportHeader(title, puskesmas, meta);
    for (const row of header.rows) this.values.push(row);
    this.styles.push(...header.styles);
    for (let r = 1; r <= header.rows.length; r++) {
      this.merges.push(rangeAddress(r, 1, r, span));
      this.textRows.push(r);
    }
    this.rowHeights[2] = 20;
    if (meta.banner) {
      this.rowHeights[BANNER_ROW] = 18;
      // It wraps over the title block's width, so a narrow sheet prints it whole (sized in build()).
      this.styles.push({ range: `A${BANNER_ROW}`, style: { wrap: true } });
      this.banner = meta.banner.length;
    }
    // The notice row wraps like a note; its 10-point bold takes about 1.3 times the room.
    if (meta.notice) this.notes.push({ row: header.rows.length, length: Math.ceil(meta.notice.length * 1.3), span });
  }

  /** 1-based number of the next row to be written. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  row(cells: SpecCell[]): number {
    this.values.push(cells);
    return this.values.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.values.push([]);
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** A section title over the full width. */
  section(text: string): number {
    const r = this.row([text]);
    this.style(`A${r}`, SECTION_STYLE);
    this.lastSection = r;
    this.textRows.push(r);
    return r;
  }

  /** The reasons behind this sheet's "tidak dapat dihitung" cells, in red under the banner; nothing when none. */
  notComputableNote(text: string | null): void {
    if (!text) return;
    const r = this.note(text);
    this.style(`A${r}`, { fontColor: '#9C0006', italic: false, bold: true });
  }

  /** A small note line (how a number is computed), merged over the span. */
  note(text: string, span = this.span): number {
    const r = this.row([text]);
    this.style(rangeAddress(r, 1, r, span), { ...NOTE_STYLE, wrap: true, vertical: 'top' });
    this.merges.push(rangeAddress(r, 1, r, span));
    this.notes.push({ row: r, length: text.length, span });
    return r;
  }

  /** Rows first..last are printed on one page when they fit one. */
  keepTogether(first: number, last: number): void {
    this.keep.push({ first, last });
  }

  /**
   * A sheet too wide for one A4 page at READABLE_SCALE prints across pages at that scale
   * instead of shrinking (issue 13: legible on A4): its first `titleColumns` repeat on every
   * page and each group of columns (a class's pupils and doses) stays on one page. Every page
   * prints those columns, so the lines of text (title block, section titles, notes) wrap within
   * them and print whole on each page; a narrower table beside the split ones' rows would print
   * cut on the pages to the right, so it starts a page of its own (see build). Returns the last
   * column of the first page (the span when the sheet fits one page wide), for blocks that
   * belong on it (the signature). Call after the tables.
   */
  printAcross(titleColumns: number, groups: readonly KeepBlock[]): number {
    const widths = Array.from({ length: this.span }, (_, c) => this.widths[c] ?? 8);
    const fitted: SheetSpec = { name: this.name, role: 'report', values: this.values, columnWidths: widths, print: { orientation: 'landscape', fitToWidth: true } };
    if (printScale(fitted) >= READABLE_SCALE) return this.span;
    const breaks = groupColumnBreaks(widths, titleColumns, groups, READABLE_SCALE, 'landscape', NARROW_COLUMNS_PRINT);
    if (breaks.length === 0) return this.span;
    this.across = { titleColumns, breaks };
    return breaks[0];
  }

  setWidths(widths: number[]): void {
    widths.forEach((w, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, w)));
  }

  /**
   * A table starting in column `left`: group header row (when any column has a group), header
   * row, body rows, and an optional total row set off in bold. Returns the body's rows.
   */
  table(columns: readonly Column[], body: SpecCell[][], total: SpecCell[] | null, left = 1): { headerRow: number; firstBodyRow: number; lastBodyRow: number; totalRow: number | null } {
    const right = left + columns.length - 1;
    // A table prints whole with the section title right above it.
    const start = this.lastSection === this.nextRow - 1 ? this.lastSection : this.nextRow;
    const pad = (cells: SpecCell[]) => [...Array<SpecCell>(left - 1).fill(null), ...cells];
    const grouped = columns.some((c) => c.group);
    // Under a group header, a column without a group shows its header once, merged over both rows.
    const covered = new Set<number>();
    columns.forEach((c, i) => {
      for (let k = 0; c.group && k < c.group.span; k++) covered.add(i + k);
    });
    if (grouped) {
      const groupRow = this.row(pad(columns.map((c, i) => c.group?.label ?? (covered.has(i) ? null : c.header))));
      columns.forEach((c, i) => {
        if (c.group && c.group.span > 1) this.merges.push(rangeAddress(groupRow, left + i, groupRow, left + i + c.group.span - 1));
        if (!covered.has(i)) this.merges.push(rangeAddress(groupRow, left + i, groupRow + 1, left + i));
      });
      this.style(rangeAddress(groupRow, left, groupRow, right), HEADER_STYLE);
      const groupLines = Math.max(1, ...columns.map((c, i) => (c.group ? Math.ceil((c.group.label.length * 0.85) / Math.max(1, columns.slice(i, i + c.group.span).reduce((n, g) => n + g.width, 0) - 1)) : 1)));
      this.rowHeights[groupRow] = 11.5 * groupLines + 2;
    }
    const headerRow = this.row(pad(columns.map((c, i) => (grouped && !covered.has(i) ? null : c.header || null))));
    this.style(rangeAddress(headerRow, left, headerRow, right), HEADER_STYLE);
    // Width 0 keeps a column's width from tables above: no estimate from it.
    const lines = Math.max(1, ...columns.filter((c, i) => c.width > 0 && (!grouped || covered.has(i))).map((c) => Math.ceil((c.header.length * 0.85) / Math.max(1, c.width - 1))));
    this.rowHeights[headerRow] = Math.max(grouped ? 14 : 24, 11.5 * lines + 2);
    const firstBodyRow = this.nextRow;
    for (const cells of body) this.row(pad(cells));
    const totalRow = total ? this.row(pad(total)) : null;
    const last = this.values.length;
    if (last >= firstBodyRow) {
      this.style(rangeAddress(firstBodyRow, left, last, right), BODY_STYLE);
      columns.forEach((c, i) => {
        // Number columns align right, so a "-" for "no denominator" sits where the number would.
        const align = c.align ?? (c.format ? 'right' : undefined);
        if (c.format || align) this.style(rangeAddress(firstBodyRow, left + i, last, left + i), { ...(c.format ? { numberFormat: c.format } : {}), ...(align ? { horizontal: align } : {}) });
      });
    }
    if (totalRow) this.style(rangeAddress(totalRow, left, totalRow, right), TOTAL_STYLE);
    this.setWidths([...Array<number>(left - 1).fill(0), ...columns.map((c) => c.width)]);
    this.keepTogether(start, last);
    return { headerRow, firstBodyRow, lastBodyRow: firstBodyRow + body.length - 1, totalRow };
  }

  build(extra: Partial<SheetSpec> = {}): SheetSpec {
    if (this.banner > 0) {
      // 11-point bold: about 0.85 characters per width unit.
      const perLine = 0.85 * this.widths.slice(0, this.span).reduce((sum, w) => sum + (w ?? 8), 0);
      this.rowHeights[BANNER_ROW] = Math.max(18, Math.ceil(this.banner / Math.max(20, perLine)) * 15 + 3);
    }
    for (const n of this.notes) {
      // Characters of 8-point italic that fit the merged width: about 1.2 per width unit.
      const perLine = 1.2 * this.widths.slice(0, n.span).reduce((sum, w) => sum + (w ?? 8), 0);
      this.rowHeights[n.row] = Math.max(12, Math.ceil(n.length / Math.max(40, perLine)) * 11 + 2);
    }
    const notComputable = notComputableFormat(this.values);
    const columnWidths = this.widths.map((w) => w ?? 8);
    // "tidak dapat dihitung" wraps where its column is too narrow, so it is read whole on paper.
    const legible = notComputable.length ? legibleNotComputable(this.values, columnWidths, BODY_STYLE.fontSize!, this.rowHeights, this.merges) : { styles: [], rowHeights: {} };
    let spec: SheetSpec = {
      name: this.name,
      role: 'report',
      values: this.values,
      columnWidths,
      rowHeights: { ...this.rowHeights, ...legible.rowHeights },
      styles: [...this.styles, ...legible.styles],
      merges: this.merges,
      ...(this.conditionalFormats.length || notComputable.length ? { conditionalFormats: [...notComputable, ...this.conditionalFormats] } : {}),
      ...(this.charts.length ? { charts: this.charts } : {}),
      print: this.across
        ? { orientation: 'landscape', fitToWidth: false, scale: READABLE_SCALE * 100, titleRows: '1:3', titleColumns: `A:${columnLetter(this.across.titleColumns)}` }
        : { orientation: 'landscape', fitToWidth: true, titleRows: '1:3' },
      ...(this.across ? { columnBreaks: this.across.breaks } : {}),
      ...extra,
    };
    if (!this.across) {
      const breaks = spec.rowBreaks ?? keepTogetherBreaks(spec, this.keep);
      return breaks.length ? { ...spec, rowBreaks: breaks } : spec;
    }
    const { titleColumns, breaks: columnBreaks } = this.across;
    const firstPage = columnBreaks[0];
    // A group header wider than a page (Laporan Imunisasi's "Bayi") ends at the page's edge, its label on the first part.
    spec = { ...spec, merges: (spec.merges ?? []).flatMap((m) => splitAtBreaks(m, columnBreaks)) };
    const keep = this.acrossBlocks(spec, titleColumns, firstPage);
    // Every page beside the split tables prints the repeated columns: the lines of text wrap within them.
    const lines = [...this.textRows, ...this.notes.map((n) => n.row)];
    spec = wrapTextRows(spec, lines, titleColumns);
    let breaks = spec.rowBreaks ?? keepTogetherBreaks(spec, keep);
    // Pages below the last split table are as wide as the first: there the lines wrap over its
    // width (the title rows, repeated on every page, excepted).
    const lastSplit = Math.max(0, ...keep.filter((b) => this.splits(spec, b, firstPage)).map((b) => b.last));
    const start = breaks.find((row) => row >= lastSplit);
    const wide = start === undefined || extra.rowBreaks ? [] : lines.filter((r) => r > start && r > 3);
    if (wide.length > 0) {
      spec = wrapTextRows(spec, wide, firstPage);
      breaks = keepTogetherBreaks(spec, [...keep, { first: start! + 1, last: start! + 1, newPage: true }]);
    }
    return breaks.length ? { ...spec, rowBreaks: breaks } : spec;
  }

  /**
   * The keep blocks of a sheet printed across pages, a block starting a fresh page where the
   * rows above it are of the other kind: the split tables' rows (cells beyond the first page)
   * print in parts, the repeated columns on every page beside the rest; a narrower table
   * reaching past the repeated columns would print there cut, so it never shares their pages.
   */
  private acrossBlocks(spec: SheetSpec, titleColumns: number, firstPage: number): KeepBlock[] {
    const merges = (spec.merges ?? []).map(parseRange);
    const filled = (row: number, col: number) => filledCell(spec, row, col);
    const kind = (b: KeepBlock): 'split' | 'crossing' | null => {
      if (this.splits(spec, b, firstPage)) return 'split';
      let crossing = false;
      for (let r = b.first; r <= b.last; r++) {
        const width = spec.values[r - 1]?.length ?? 0;
        let inside = false;
        let beside = false;
        for (let c = 1; c <= Math.min(width, firstPage); c++) {
          if (!filled(r, c)) continue;
          if (c <= titleColumns) inside = true;
          else beside = true;
        }
        if ((inside && beside) || merges.some((m) => m.top <= r && m.bottom >= r && m.left <= titleColumns && m.right > titleColumns)) crossing = true;
      }
      return crossing ? 'crossing' : null;
    };
    let previous: 'split' | 'crossing' | null = null;
    return [...this.keep]
      .sort((a, b) => a.first - b.first)
      .map((b) => {
        const k = kind(b);
        const newPage = k !== null && previous !== null && k !== previous;
        if (k) previous = k;
        return newPage ? { ...b, newPage } : b;
      });
  }

  /** Does the block hold cells beyond the first page's columns (a table split across pages)? */
  private splits(spec: SheetSpec, b: KeepBlock, firstPage: number): boolean {
    for (let r = b.first; r <= b.last; r++) {
      const width = spec.values[r - 1]?.length ?? 0;
      for (let c = firstPage + 1; c <= width; c++) if (filledCell(spec, r, c)) return true;
    }
    return false;
  }
}

function filledCell(spec: SheetSpec, row: number, col: number): boolean {
  const v = spec.values[row - 1]?.[col - 1];
  return v !== null && v !== undefined && v !== '';
}

/** A merged range crossing column breaks, as its parts on each page (a part of one cell is no merge). */
function splitAtBreaks(merge: string, breaks: readonly number[]): string[] {
  const r = parseRange(merge);
  const inside = breaks.filter((b) => b >= r.left && b < r.right);
  if (inside.length === 0) return [merge];
  const edges = [r.left - 1, ...inside, r.right];
  return edges.slice(1).flatMap((end, i) => (end - edges[i] > 1 || r.bottom > r.top ? [rangeAddress(r.top, edges[i] + 1, r.bottom, end)] : []));
}
