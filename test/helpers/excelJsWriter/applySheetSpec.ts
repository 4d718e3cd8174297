import type ExcelJS from 'exceljs';
import { parseRange } from '../../../src/sheets/a1';
import { CellStyle, ConditionalFormatSpec, SheetSpec, SpecCell, ValidationSpec } from '../../../src/sheets/spec';

/** '#RRGGBB' → ExcelJS's 'FFRRGGBB'. */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Every font we write names its face and size: ExcelJS writes only what is set, and a font
 * element without them (<font><b/></font>) is drawn in the application's fallback face
 * (LibreOffice picks a serif one), not in the workbook's Calibri 11.
 */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };

/** Writes one SheetSpec into an empty ExcelJS worksheet. */
export function applySheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  writeValues(ws, spec.values);
  spec.columnWidths?.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  spec.columnFormats?.forEach((format, i) => {
    if (format) ws.getColumn(i + 1).numFmt = format;
  });
  const styles = new StyleCache();
  for (const { range, style } of spec.styles ?? []) styleRange(ws, range, style, styles);
  styles.shareRest(ws);
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  // Range-wide validations (one sqref), not one per cell: ExcelJS's typings omit this API.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const validation of spec.validations ?? []) validations.add(validation.range, toValidation(validation));
  // Rules in spec order; Excel applies the lowest priority number first.
  (spec.conditionalFormats ?? []).forEach((cf, i) => ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, i + 1)] }));
  // Charts are parts of their own, added to the package after ExcelJS writes it (chart/addCharts).
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth && !spec.print.scale,
      ...(spec.print.scale ? { scale: spec.print.scale } : {}),
      // Across pages (repeated columns): a table's right-hand part follows its left-hand part, then what is below.
      ...(spec.print.titleColumns ? { printTitlesColumn: spec.print.titleColumns, pageOrder: 'overThenDown' as const } : {}),
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(spec.print.titleRows ? { printTitlesRow: spec.print.titleRows } : {}),
      ...(spec.print.columns ? { printArea: spec.print.columns } : {}),
      ...(spec.print.gridlines ? { showGridLines: true } : {}),
    };
  }
  for (const row of spec.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  // Column breaks: ExcelJS does not write them; see columnBreaksXml, applied to the written package.
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
}

function writeValues(ws: ExcelJS.Worksheet, values: readonly SpecCell[][]): void {
  const rows = values.map((row) => row.map(toCellValue));
  ws.addRows(rows);
}

function toCellValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') {
    return 'error' in cell ? ({ error: cell.error } as ExcelJS.CellErrorValue) : { text: cell.text, hyperlink: cell.url };
  }
  return cell;
}

type Style = Partial<ExcelJS.Style>;

/**
 * One style object per distinct look, shared by every cell that has it. ExcelJS gives each cell
 * its own style object and, when writing, renders every cell's font, fill, border and alignment
 * to XML to find the shared entry of styles.xml; a style object it has seen before it looks up
 * by identity instead. The file is the same: only the work per cell goes. A shared style object
 * is never changed in place (ExcelJS's cell.font = … would change every cell that shares it):
 * a cell gets a new or cached object instead.
 */
class StyleCache {
  /** Objects handed out, so a cell's current style can be recognised without looking inside. */
  private readonly shared = new WeakSet<Style>();
  /** A cell's own (unshared) style, by content → the shared object with that content. */
  private readonly byContent = new Map<string, Style>();
  /** Shared style → (range style key → the style after that range is applied over it). */
  private readonly next = new WeakMap<Style, Map<string, Style>>();

  /** The style of a cell with `current` after `apply`, as a shared object (computed once per pair). */
  over(current: Style, key: string, apply: (style: Style) => void): Style {
    const base = this.canonical(current);
    let after = this.next.get(base);
    if (!after) this.next.set(base, (after = new Map()));
    let result = after.get(key);
    if (!result) {
      result = { ...base };
      apply(result);
      this.shared.add(result);
      after.set(key, result);
    }
    return result;
  }

  /**
   * The cells no range styled (most cells of a big sheet) share one object per look as well:
   * each still has the object ExcelJS made for it. Only existing cells are visited (through
   * ExcelJS 4.4's row._cells): visiting a column would create cells, and a created cell in a
   * formatted column would be written.
   */
  shareRest(ws: ExcelJS.Worksheet): void {
    ws.eachRow({ includeEmpty: false }, (row) => {
      for (const cell of (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells) if (cell) cell.style = this.canonical(cell.style);
    });
  }

  private canonical(style: Style): Style {
    if (this.shared.has(style)) return style;
    const key = JSON.stringify(style);
    let found = this.byContent.get(key);
    if (!found) {
      this.byContent.set(key, (found = style));
      this.shared.add(style);
    }
    return found;
  }
}

function styleRange(ws: ExcelJS.Worksheet, range: string, style: CellStyle, cache: StyleCache): void {
  const { top, left, bottom, right } = parseRange(range);
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  const hasFont = Object.keys(font).length > 0;
  const fill: ExcelJS.Fill | undefined = style.fill ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } } : undefined;
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
  };
  const hasAlignment = Object.keys(alignment).length > 0;
  const edge: Partial<ExcelJS.Border> | undefined = style.border ? { style: style.border } : undefined;
  const border: Partial<ExcelJS.Borders> | undefined = edge ? { top: edge, left: edge, bottom: edge, right: edge } : undefined;
  // Styles of overlapping ranges combine: a later range adds to, not replaces, earlier ones.
  const apply = (s: Style) => {
    if (hasFont) s.font = { ...BASE_FONT, ...s.font, ...font };
    if (fill) s.fill = fill;
    if (style.numberFormat) s.numFmt = style.numberFormat;
    if (hasAlignment) s.alignment = { ...s.alignment, ...alignment };
    if (border) s.border = border;
  };
  const key = JSON.stringify(style);
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      cell.style = cache.over(cell.style, key, apply);
    }
  }
}

/** Excel counts days from 30-12-1899 (with the 1900 leap-year bug, hence 25569 for 01-01-1970). */
function serialToUtcDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function conditionalRule(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {
    ...(cf.style.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } } } : {}),
    ...(cf.style.fontColor || cf.style.bold ? { font: { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) } } : {}),
  };
  if (cf.rule.kind === 'cellValue') return { type: 'cellIs', operator: cf.rule.operator, formulae: cf.rule.values, style, priority };
  // A whole-cell match ("Kurang" must not colour "Kurang sekali"), case-insensitive as Excel compares text.
  return { type: 'cellIs', operator: 'equal', formulae: [`"${cf.rule.text.replace(/"/g, '""')}"`], style, priority };
}

function toValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const prompt = v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title.slice(0, 32), prompt: v.prompt.text.slice(0, 255) } : {};
  if (v.kind === 'prompt') return { type: 'any', allowBlank: true, formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  const error = { showErrorMessage: true, errorStyle: v.strict ? 'stop' : 'warning', errorTitle: 'Nilai tidak sesuai' } as const;
  if (v.kind === 'list') {
    const formula = v.source ?? `"${(v.values ?? []).join(',')}"`;
    return { type: 'list', allowBlank: true, formulae: [formula.replace(/^=/, '')], ...prompt, ...error, error: 'Pilih salah satu nilai dari daftar.' };
  }
  return {
    type: v.kind === 'whole' ? 'whole' : 'date',
    operator: 'between',
    allowBlank: true,
    // ExcelJS writes a date rule's bounds from Date objects (a bare number would be read as
    // milliseconds since 1970), so the spec's serials become the UTC dates they stand for.
    formulae: v.kind === 'date' ? [serialToUtcDate(v.min), serialToUtcDate(v.max)] : [v.min, v.max],
    ...prompt,
    ...error,
    error: v.kind === 'whole' ? `Isi bilangan bulat ${v.min}–${v.max}.` : 'Isi tanggal yang benar (hari-bulan-tahun).',
  };
}
