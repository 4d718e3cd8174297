import { ImmunizationReport } from '../../domain/reports/immunization';
import { cellAddress, rangeAddress } from '../a1';
import { ChartSpec, SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { doseLabel, LayoutContext, measured, meta, monthName, NO_TARGET, notComputableText, pct, targetText } from './context';

export const PWS_CHART_SHEET = 'Grafik PWS';

const CHART_ROWS = 14;
const CHART_COLUMNS = 7;
const LINE_COLOR = '#2F75B5';
const TARGET_COLOR = '#C00000';

/**
 * Grafik Pencapaian Imunisasi (thesis Tabel 4.2 no. 4; DOMAIN.md "PWS": the charts users
 * expect): per antigen the puskesmas's cumulative coverage month by month against the
 * straight target line, and one bar per kelurahan, ranked, with the target line. The data
 * of every chart is a table on this sheet.
 */
export function pwsChartSheet(report: ImmunizationReport, ctx: LayoutContext): SheetSpec {
  const keys = ctx.settings.pwsAntigens.filter((k) => report.series.some((s) => s.key === k));
  const span = 1 + 2 * keys.length;
  const b = new ReportSheetBuilder(PWS_CHART_SHEET, 'GRAFIK PENCAPAIAN IMUNISASI (PWS)', ctx.puskesmas, meta(ctx, 'Register Bayi, Imunisasi Luar, Kelurahan'), Math.max(span, 2 * CHART_COLUMNS));

  b.notComputableNote(notComputableText(ctx, keys));
  b.blank();
  b.section(`A. Cakupan kumulatif puskesmas per bulan dan garis target, ${report.year}`);
  const columns: Column[] = [
    { header: 'Bulan', width: 11 },
    ...keys.flatMap((k): Column[] => [
      { header: 'Cakupan', width: 8, format: FORMAT.percent, group: { label: doseLabel(k), span: 2 } },
      { header: 'Target', width: 8, format: FORMAT.percent },
    ]),
  ];
  const series = keys.map((k) => report.series.find((s) => s.key === k)!);
  // A month's coverage of a key that cannot be computed is no point on the chart: text, not a number.
  const body: SpecCell[][] = Array.from({ length: 12 }, (_, m) => [monthName(m + 1), ...series.flatMap((s) => [s.coverage[m] === null ? null : measured(ctx, s.key, 'TOTAL', s.coverage[m]), s.target[m]])]);
  const monthly = b.table(columns, body, null);
  const months = rangeAddress(monthly.firstBodyRow, 1, monthly.lastBodyRow, 1);

  b.blank();
  const rankedKey = ctx.settings.rankedAntigen;
  const target = report.total.lines[rankedKey]?.targetLine ?? null;
  b.section(`B. Peringkat kelurahan menurut cakupan kumulatif ${doseLabel(rankedKey)} Januari – ${monthName(report.month)} (garis target ${targetText(target)})`);
  const rankColumns: Column[] = [
    { header: 'Peringkat', width: 11, align: 'center' },
    { header: 'Kelurahan', width: 16 },
    { header: 'Cakupan', width: 8, format: FORMAT.percent },
    { header: 'Target', width: 8, format: FORMAT.percent },
    { header: 'Batang', width: 8 },
  ];
  const ranked = b.table(
    rankColumns,
    report.ranked.map((r, i) => {
      const blocked = measured(ctx, rankedKey, r.kode, 0) !== 0;
      // A ranking needs every kelurahan's coverage: one that cannot be computed leaves the order open.
      const rank = measured(ctx, rankedKey, 'TOTAL', i + 1);
      return [rank, r.nama, measured(ctx, rankedKey, r.kode, pct(r.cakupan)), target ?? NO_TARGET, blocked || target === null ? '' : textBar(r.cakupan, target)];
    }),
    null,
  );
  b.note(`Batang: satu kotak = ${100 / BAR_STEPS}% sasaran; ┃ = garis target.`, 9);
  if (target !== null) b.conditionalFormats.push({ range: rangeAddress(ranked.firstBodyRow, 3, ranked.lastBodyRow, 3), rule: { kind: 'cellValue', operator: 'lessThan', values: [target - 1e-9] }, style: { fill: '#FCE4D6' } });

  b.blank();
  const heading = b.section('C. Grafik');
  const top = b.nextRow;
  // The heading prints on the page of the first charts.
  b.keepTogether(heading, top);
  const charts: ChartSpec[] = series.map((s, i) => {
    const col = 2 + 2 * i;
    return {
      kind: 'line',
      title: `Cakupan kumulatif ${doseLabel(s.key)} ${report.year}`,
      categories: months,
      series: [
        { name: 'Cakupan', values: rangeAddress(monthly.firstBodyRow, col, monthly.lastBodyRow, col), color: LINE_COLOR },
        { name: 'Garis target', values: rangeAddress(monthly.firstBodyRow, col + 1, monthly.lastBodyRow, col + 1), color: TARGET_COLOR, dashed: true },
      ],
      anchor: anchor(top, i),
      yAxisTitle: '% sasaran',
      percent: true,
    };
  });
  charts.push({
    kind: 'bar',
    title: `Peringkat kelurahan: cakupan ${doseLabel(rankedKey)} s.d. ${monthName(report.month)} ${report.year}`,
    categories: rangeAddress(ranked.firstBodyRow, 2, ranked.lastBodyRow, 2),
    series: [
      { name: 'Cakupan', values: rangeAddress(ranked.firstBodyRow, 3, ranked.lastBodyRow, 3), color: LINE_COLOR },
      { name: 'Garis target', values: rangeAddress(ranked.firstBodyRow, 4, ranked.lastBodyRow, 4), color: TARGET_COLOR, dashed: true },
    ],
    anchor: anchor(top, charts.length),
    percent: true,
  });
  b.charts.push(...charts);
  // Rows under the charts, so the sheet's used range (and the print area) covers them.
  const bottom = top + Math.ceil(charts.length / 2) * CHART_ROWS;
  while (b.nextRow <= bottom) b.blank();
  return b.build();
}

const BAR_STEPS = 40;

/**
 * A bar drawn with block characters, so the ranking prints even where the chart cannot be
 * drawn (a file written outside Excel): one block per 2.5% of sasaran, ┃ at the target line.
 */
export function textBar(value: number | null, target: number): string {
  if (value === null) return '';
  const filled = Math.round(Math.min(value, 1.2) * BAR_STEPS);
  const mark = Math.round(target * BAR_STEPS);
  let bar = '';
  for (let i = 0; i < Math.max(filled, mark + 1); i++) bar += i === mark ? '┃' : i < filled ? '█' : ' ';
  return bar.trimEnd();
}

/** Charts two a row, CHART_COLUMNS wide and CHART_ROWS tall, from row `top`. */
function anchor(top: number, i: number): ChartSpec['anchor'] {
  const row = top + Math.floor(i / 2) * CHART_ROWS;
  const col = 1 + (i % 2) * CHART_COLUMNS;
  return { from: cellAddress(row, col), to: cellAddress(row + CHART_ROWS - 2, col + CHART_COLUMNS - 1) };
}
