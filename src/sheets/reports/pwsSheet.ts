import { ImmunizationReport, ImmunizationRow } from '../../domain/reports/immunization';
import { cellAddress, rangeAddress } from '../a1';
import { SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { doseLabel, figure, LayoutContext, measured, meta, monthName, NO_TARGET, notComputableText, pct, sasaranCell, percentText, targetSourceText, targetText } from './context';
import { sasaranOf } from '../../domain/reports/feeds';
import { signatureBlock } from './signature';
import { annualTarget } from '../../domain/reports/settings';

export const PWS_SHEET = 'PWS Imunisasi';

/** Desa status colours, as the PWS wall charts colour them. */
export const STATUS_COLORS = {
  Baik: { fill: '#C6EFCE', fontColor: '#006100' },
  Cukup: { fill: '#FFEB9C', fontColor: '#9C5700' },
  Kurang: { fill: '#F8CBAD', fontColor: '#833C0B' },
  Jelek: { fill: '#FFC7CE', fontColor: '#9C0006' },
} as const;

/**
 * PWS (Pemantauan Wilayah Setempat) per antigen (DOMAIN.md "PWS"): per kelurahan last month,
 * this month and cumulative doses and coverage, the target line, desa status and rank.
 */
export function pwsSheet(report: ImmunizationReport, ctx: LayoutContext): SheetSpec {
  const columns: Column[] = [
    { header: 'No', width: 4, align: 'center' },
    { header: 'Kode', width: 7 },
    { header: 'Kelurahan', width: 18 },
    { header: 'Sasaran', width: 8, format: FORMAT.count },
    { header: 'Jml', width: 7, format: FORMAT.count, group: { label: `Bulan lalu (${monthName(report.month === 1 ? 12 : report.month - 1)})`, span: 2 } },
    { header: '%', width: 7, format: FORMAT.percent },
    { header: 'Jml', width: 7, format: FORMAT.count, group: { label: `Bulan ini (${monthName(report.month)})`, span: 2 } },
    { header: '%', width: 7, format: FORMAT.percent },
    { header: 'Jml', width: 7, format: FORMAT.count, group: { label: `Kumulatif Jan–${monthName(report.month).slice(0, 3)}`, span: 2 } },
    { header: '%', width: 7, format: FORMAT.percent },
    { header: 'Garis target', width: 8, format: FORMAT.percent },
    { header: 'Status desa', width: 9, align: 'center' },
    { header: 'Peringkat', width: 9, align: 'center' },
  ];
  const span = columns.length;
  const b = new ReportSheetBuilder(PWS_SHEET, 'PEMANTAUAN WILAYAH SETEMPAT (PWS) IMUNISASI', ctx.puskesmas, meta(ctx, 'Register Bayi, Imunisasi Luar, Kelurahan'), span);
  b.note(
    `Status desa: Baik = cakupan kumulatif di atas/sama dengan garis target dan cakupan bulan ini naik atau tetap dibanding bulan lalu; Kurang = di atas garis target tetapi turun; Cukup = di bawah garis target tetapi naik/tetap; Jelek = di bawah garis target dan turun. Garis target = target tahunan × bulan ÷ 12. Peringkat menurut cakupan kumulatif. ${targetSourceText(ctx.settings)}`,
  );
  const keys = ctx.settings.pwsAntigens.filter((k) => k in report.total.lines);
  b.notComputableNote(notComputableText(ctx, keys));
  keys.forEach((key, n) => {
    b.blank();
    const target = annualTarget(ctx.settings, key);
    const line = report.total.lines[key].targetLine;
    b.section(`${n + 1}. ${doseLabel(key)} — target tahunan ${targetText(target)}${line === null ? '' : `; garis target ${monthName(report.month)} ${percentText(line)}`}`);
    const cells = (r: ImmunizationRow, i: number | null): SpecCell[] => {
      const l = r.lines[key];
      const f = (v: SpecCell) => figure(ctx, [key], r.kode, v);
      // Coverage and status are measured against the sasaran: a broken sasaran blocks them too.
      const m = (v: SpecCell) => measured(ctx, key, r.kode, v);
      // A rank needs every kelurahan's coverage: one that cannot be computed leaves all ranks open.
      const rank = measured(ctx, key, 'TOTAL', l.rank ?? '-');
      return [i, r.kode === 'TOTAL' ? null : r.kode, r.kode === 'TOTAL' ? 'Jumlah puskesmas' : r.nama, sasaranCell(ctx, sasaranOf(key), r.kode, l.sasaran ?? '-'), f(l.bulanLalu), m(pct(l.cakupanBulanLalu)), f(l.bulanIni.total), m(pct(l.cakupanBulanIni)), f(l.kumulatif.total), m(pct(l.cakupan)), l.targetLine ?? NO_TARGET, m(l.status ?? '-'), r.kode === 'TOTAL' ? '-' : rank];
    };
    const t = b.table(columns, report.rows.map((r, i) => cells(r, i + 1)), cells(report.total, null));
    const range = rangeAddress(t.firstBodyRow, 12, t.totalRow!, 12);
    for (const [text, style] of Object.entries(STATUS_COLORS)) b.conditionalFormats.push({ range, rule: { kind: 'textEquals', text }, style });
    if (t.lastBodyRow >= t.firstBodyRow) pwsChart(b, t, `PWS ${doseLabel(key)}: cakupan kumulatif per kelurahan s.d. ${monthName(report.month)} ${report.year}`, span);
  });
  signatureBlock(b, ctx.puskesmas, ctx.today, span);
  return b.build();
}

const CHART_ROWS = 14;

/**
 * The PWS chart of one antigen under its table (DOMAIN.md "PWS": the chart puskesmas draw):
 * each kelurahan's cumulative coverage as a column, the target line across them, read from
 * the table's Kelurahan, % kumulatif and Garis target columns.
 */
function pwsChart(b: ReportSheetBuilder, t: { firstBodyRow: number; lastBodyRow: number }, title: string, span: number): void {
  b.blank();
  const top = b.nextRow;
  const column = (c: number) => rangeAddress(t.firstBodyRow, c, t.lastBodyRow, c);
  b.charts.push({
    kind: 'column',
    title,
    categories: column(3),
    series: [
      { name: 'Cakupan kumulatif', values: column(10), color: '#2F75B5' },
      { name: 'Garis target', values: column(11), color: '#C00000', dashed: true },
    ],
    anchor: { from: cellAddress(top, 1), to: cellAddress(top + CHART_ROWS - 2, span) },
    yAxisTitle: '% sasaran',
    percent: true,
  });
  for (let i = 0; i < CHART_ROWS - 1; i++) b.blank();
}
