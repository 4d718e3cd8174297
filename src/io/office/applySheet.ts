import { DateSystem, serialToIsoDate } from '../../domain/dates/excelSerial';
import { cellAddress, columnLetter, parseRange, rangeAddress } from '../../sheets/a1';
import { CellStyle, ChartSpec, ConditionalFormatSpec, PrintSpec, SheetSpec, SpecLink, ValidationSpec } from '../../sheets/spec';
import { Capabilities } from './capabilities';
import { isShortLink } from './excelValues';
import { jsonBytes, SyncBudget } from './syncBudget';
import { valueBlocks } from './valueBlocks';

/** Features a host may lack; each missing one becomes one notice for the whole operation. */
export type SkippedFeature = 'dataValidation' | 'conditionalFormats' | 'pageLayout' | 'autoFilter' | 'chartSeries' | 'chartAxisFormat';

export interface SheetWriter {
  ws: Excel.Worksheet;
  budget: SyncBudget;
  capabilities: Capabilities;
  skipped: Set<SkippedFeature>;
  /** The workbook's date system: the spec's date serials (inDateSystem) count in it. Absent: 1900. */
  dateSystem?: DateSystem;
}

/** Values first: whole-row blocks, each one write of at most VALUE_BLOCK_BYTES. */
export async function writeValues(w: SheetWriter, spec: SheetSpec): Promise<void> {
  for (const block of valueBlocks(spec.values)) {
    await w.budget.room(block.bytes);
    w.ws.getRange(rangeAddress(block.top, 1, block.top + block.rows.length - 1, block.width)).values = block.rows;
  }
  // Links too long for HYPERLINK(): one request each, only for those.
  for (const [r, row] of spec.values.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell === null || typeof cell !== 'object' || !('url' in cell) || isShortLink(cell.url, cell.text)) continue;
      await w.budget.room(jsonBytes(cell));
      w.ws.getRange(cellAddress(r + 1, c + 1)).hyperlink = hyperlink(cell);
    }
  }
}

function hyperlink(link: SpecLink): Excel.RangeHyperlink {
  return link.url.startsWith('#') ? { documentReference: link.url.slice(1), textToDisplay: link.text } : { address: link.url, textToDisplay: link.text };
}

/** Excel column widths are in points; a spec's in characters of the default font (7 px + 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Then formats, each on a whole block: column formats and widths, row heights, styles, merges. */
export async function writeFormats(w: SheetWriter, spec: SheetSpec): Promise<void> {
  const { ws, budget } = w;
  for (const [i, format] of (spec.columnFormats ?? []).entries()) {
    if (!format) continue;
    await budget.room();
    // A 1×1 array applies to every cell of the range, whatever its size.
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).numberFormat = [[format]];
  }
  for (const run of equalRuns(spec.columnWidths ?? [])) {
    await budget.room();
    ws.getRange(`${columnLetter(run.first)}:${columnLetter(run.last)}`).format.columnWidth = widthInPoints(run.value);
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    await budget.room();
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const { range, style } of spec.styles ?? []) {
    await budget.room();
    applyStyle(ws.getRange(range), range, style);
  }
  for (const range of spec.merges ?? []) {
    await budget.room();
    ws.getRange(range).merge(false);
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    await budget.room();
    const { rows, columns } = spec.freeze;
    if (columns === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(columns);
    else ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, rows, columns)));
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

/** Consecutive columns of equal width become one range (1-based, inclusive). */
function equalRuns(widths: readonly number[]): { first: number; last: number; value: number }[] {
  const runs: { first: number; last: number; value: number }[] = [];
  widths.forEach((value, i) => {
    if (!(value > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.last === i) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, value });
  });
  return runs;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.border) {
    const { top, left, bottom, right } = parseRange(address);
    const edges: `${Excel.BorderIndex}`[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (bottom > top) edges.push('InsideHorizontal');
    if (right > left) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = style.border === 'thin' ? 'Thin' : 'Medium';
    }
  }
}

/** Last, what needs a newer Excel: filter, validation, conditional formats, charts, print setup. */
export async function writeExtras(w: SheetWriter, spec: SheetSpec): Promise<void> {
  const { ws, budget, capabilities: can, skipped } = w;
  if (spec.autoFilter) {
    if (can.autoFilter) {
      await budget.room();
      ws.autoFilter.apply(ws.getRange(spec.autoFilter));
    } else skipped.add('autoFilter');
  }
  if (spec.validations?.length) {
    if (can.dataValidation) {
      for (const validation of spec.validations) {
        await budget.room(jsonBytes(validation));
        applyValidation(ws.getRange(validation.range).dataValidation, validation, w.dateSystem ?? 1900);
      }
    } else skipped.add('dataValidation');
  }
  if (spec.conditionalFormats?.length) {
    if (can.conditionalFormats) {
      for (const cf of spec.conditionalFormats) {
        await budget.room();
        applyConditionalFormat(ws.getRange(cf.range), cf);
      }
    } else skipped.add('conditionalFormats');
  }
  if (spec.charts?.length) {
    if (can.chartSeries) {
      for (const chart of spec.charts) {
        await budget.room(jsonBytes(chart));
        addChart(ws, chart, can, skipped);
      }
    } else skipped.add('chartSeries');
  }
  if (spec.print) {
    if (can.pageLayout) {
      await budget.room();
      applyPrint(ws.pageLayout, spec.print);
      // Excel breaks the page before the range's first row.
      for (const row of spec.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
      // Excel breaks the page before the range's first column.
      for (const col of spec.columnBreaks ?? []) ws.verticalPageBreaks.add(`${columnLetter(col + 1)}1`);
    } else skipped.add('pageLayout');
  }
}

function applyValidation(dv: Excel.DataValidation, v: ValidationSpec, dateSystem: DateSystem): void {
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title.slice(0, 32), message: v.prompt.text.slice(0, 255) };
  if (v.kind === 'prompt') return;
  if (v.kind === 'list') {
    dv.rule = { list: { inCellDropDown: true, source: v.source ?? (v.values ?? []).join(',') } };
  } else if (v.kind === 'whole') {
    dv.rule = { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } };
  } else {
    // Date bounds as ISO dates: Excel reads them the same in every locale.
    dv.rule = { date: { formula1: serialToIsoDate(v.min, dateSystem) ?? String(v.min), formula2: serialToIsoDate(v.max, dateSystem) ?? String(v.max), operator: 'Between' } };
  }
  const message = v.kind === 'list' ? 'Pilih salah satu nilai dari daftar.' : v.kind === 'whole' ? `Isi bilangan bulat ${v.min}–${v.max}.` : 'Isi tanggal yang benar (hari-bulan-tahun).';
  dv.errorAlert = { showAlert: true, style: v.strict ? 'Stop' : 'Warning', title: 'Nilai tidak sesuai', message };
}

const OPERATORS = { lessThan: 'LessThan', greaterThan: 'GreaterThan', equal: 'EqualTo', between: 'Between' } as const;

function applyConditionalFormat(range: Excel.Range, spec: ConditionalFormatSpec): void {
  const cf = range.conditionalFormats.add('CellValue').cellValue;
  if (spec.style.fill) cf.format.fill.color = spec.style.fill;
  if (spec.style.fontColor) cf.format.font.color = spec.style.fontColor;
  if (spec.style.bold) cf.format.font.bold = true;
  if (spec.rule.kind === 'textEquals') {
    cf.rule = { formula1: `="${spec.rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  } else {
    const [first, second] = spec.rule.values;
    cf.rule = { formula1: String(first), ...(second !== undefined ? { formula2: String(second) } : {}), operator: OPERATORS[spec.rule.operator] };
  }
}

const CHART_TYPES = { line: 'Line', column: 'ColumnClustered', bar: 'BarClustered' } as const;

/** A native chart built series by series from the spec's ranges (ExcelApi 1.7). */
function addChart(ws: Excel.Worksheet, spec: ChartSpec, can: Capabilities, skipped: Set<SkippedFeature>): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = ws.charts.add(CHART_TYPES[spec.kind], ws.getRange(first.values), seriesBy(first.values));
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  chart.setPosition(spec.anchor.from, spec.anchor.to);
  const categories = ws.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(ws.getRange(s.values));
    series.setXAxisValues(categories);
    // A target line over columns is a line, as the file writer draws it.
    const asLine = spec.kind === 'line' || (spec.kind === 'column' && s.dashed === true);
    if (asLine && spec.kind !== 'line') series.chartType = 'Line';
    if (s.color) {
      if (asLine) series.format.line.color = s.color;
      else series.format.fill.setSolidColor(s.color);
    }
    if (s.dashed) series.format.line.lineStyle = 'Dash';
  });
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  if (spec.percent) {
    if (can.chartAxisFormat) chart.axes.valueAxis.numberFormat = '0%';
    else skipped.add('chartAxisFormat');
  }
}

function seriesBy(range: string): `${Excel.ChartSeriesBy}` {
  const { top, left, bottom, right } = parseRange(range);
  return right - left > bottom - top ? 'Rows' : 'Columns';
}

function applyPrint(layout: Excel.PageLayout, print: PrintSpec): void {
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (print.scale) layout.zoom = { scale: print.scale };
  else if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (print.titleColumns) {
    const [a, b = a] = print.titleColumns.split(':');
    layout.setPrintTitleColumns(`$${a}:$${b}`);
    // A table's right-hand part follows its left-hand part, then what is below (as the file writer sets it).
    layout.printOrder = 'OverThenDown';
  }
  if (print.titleRows) {
    const [a, b = a] = print.titleRows.split(':');
    layout.setPrintTitleRows(`$${a}:$${b}`);
  }
  if (print.columns) {
    const [a, b = a] = print.columns.split(':');
    layout.setPrintArea(`$${a}:$${b}`);
  }
  // Half-inch margins, as the file writer sets them.
  layout.leftMargin = 36;
  layout.rightMargin = 36;
  layout.topMargin = 43;
  layout.bottomMargin = 43;
}
