import { parseRange } from '../../../sheets/a1';
import { ChartSeriesSpec, ChartSpec, SpecCell } from '../../../sheets/spec';
import { escapeXml } from '../opc/xml';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/**
 * A DrawingML chart part (ECMA-376 Part 1, §21.2) for one ChartSpec: the same chart the pane
 * draws with Office.js — title, legend at the bottom, one series per spec series, category
 * labels and values referring to the sheet's own cells so the chart follows a corrected
 * number. A dashed series (the target line) of a column chart is drawn as a line over the
 * columns. Each reference carries a cache of the sheet's values for readers that do not
 * calculate. Elements appear in the schema's sequence; test/fixtures/ooxml-xsd validates it.
 */
export function chartXml(spec: ChartSpec, sheetName: string, values: readonly SpecCell[][]): string {
  const ref = (range: string) => `${quoteSheet(sheetName)}!${absolute(range)}`;
  const categories = cellsOf(values, spec.categories);
  const series = spec.series.map((s, i) => ({ spec: s, index: i }));
  const overlay = spec.kind === 'column' ? series.filter((s) => s.spec.dashed) : [];
  const main = series.filter((s) => !overlay.includes(s));
  const ser = ({ spec: s, index }: { spec: ChartSeriesSpec; index: number }, asLine: boolean) =>
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    seriesShape(s, asLine) +
    (asLine ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>') +
    `<c:cat><c:strRef><c:f>${escapeXml(ref(spec.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref(s.values))}</c:f>${numCache(cellsOf(values, s.values), spec.percent)}</c:numRef></c:val>` +
    (asLine ? '<c:smooth val="0"/>' : '') +
    '</c:ser>';
  const axIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const charts =
    spec.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${main.map((s) => ser(s, true)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${spec.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${main.map((s) => ser(s, false)).join('')}<c:gapWidth val="60"/>${axIds}</c:barChart>` +
        (overlay.length ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${overlay.map((s) => ser(s, true)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>` : '');
  // A ranked bar chart lists the first category at the top, as the table does.
  const horizontal = spec.kind === 'bar';
  const catAx =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `${textProps(800)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines>${line('D9D9D9', false, 6350)}</c:majorGridlines>` +
    (spec.yAxisTitle ? `<c:title>${richText(spec.yAxisTitle, 900, false)}<c:overlay val="0"/></c:title>` : '') +
    `<c:numFmt formatCode="${spec.percent ? '0%' : 'General'}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(800)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title>${richText(spec.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${charts}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>` +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}

/** A series' colour: a line for line series, a fill for bars; a target line is dashed. */
function seriesShape(s: ChartSeriesSpec, asLine: boolean): string {
  const color = (s.color ?? '#2F75B5').replace('#', '').toUpperCase();
  if (asLine) return line(color, s.dashed === true, 28575);
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${s.dashed ? `<a:ln w="19050"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:prstDash val="dash"/></a:ln>` : ''}</c:spPr>`;
}

function line(color: string, dashed: boolean, width: number): string {
  return `<c:spPr><a:ln w="${width}" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln></c:spPr>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;
}

function strCache(cells: readonly SpecCell[]): string {
  const points = cells.map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(display(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache>`;
}

/** Numbers only: a cell marked "tidak dapat dihitung" or empty is a gap, never a zero. */
function numCache(cells: readonly SpecCell[], percent: boolean | undefined): string {
  const points = cells.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>${percent ? '0.0%' : 'General'}</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache>`;
}

function display(v: SpecCell): string {
  if (v !== null && typeof v === 'object') return 'text' in v ? v.text : v.error;
  return String(v);
}

/** The cells of a one-row or one-column range, in order. */
export function cellsOf(values: readonly SpecCell[][], range: string): SpecCell[] {
  const { top, left, bottom, right } = parseRange(range);
  const cells: SpecCell[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(values[r - 1]?.[c - 1] ?? null);
  return cells;
}

/** 'Grafik PWS' → "'Grafik PWS'", as a formula names a sheet (apostrophes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'B5:B16' → '$B$5:$B$16'. */
export function absolute(range: string): string {
  return range
    .split(':')
    .map((cell) => cell.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2'))
    .join(':');
}
