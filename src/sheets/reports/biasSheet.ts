import { BIAS_KEYS, BIAS_SASARAN, BiasLine, BiasReport, MuridKey } from '../../domain/reports/bias';
import { SASARAN_LABELS } from '../../domain/programme/antigenDoses';
import { dosesOf, inPreset } from '../../domain/programme/doseIndex';
import { SchemeKey } from '../../domain/registers/types';
import { rangeAddress } from '../a1';
import { SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { BIAS_INDICATOR } from '../../domain/reports/feeds';
import { doseLabel, figure, LayoutContext, meta, monthName, NO_TARGET, notComputableText, num, pct, sasaranCell, targetSourceText } from './context';
import { measuredInputs } from '../../domain/reports/feeds';
import { annualTarget } from '../../domain/reports/settings';
import { signatureBlock } from './signature';
import { KeepBlock } from '../pageBreaks';

export const BIAS_SHEET = 'Laporan BIAS';

/** The doses each scheme gives at school (DOMAIN.md "Register BIAS"; the dose records' `scheme`). */
const schemeDoses = (scheme: SchemeKey) => dosesOf('bias').filter((d) => inPreset(d, undefined, scheme)).map((d) => d.key);
const SCHEME_DOSES: Readonly<Record<SchemeKey, readonly string[]>> = { td: schemeDoses('td'), tt2005: schemeDoses('tt2005') };

/**
 * Laporan BIAS of year Y (thesis Gambar 4.47, DOMAIN.md "BIAS"): per school grouped by
 * kelurahan, pupils per class, pupils vaccinated per dose and class, coverage, and the reach
 * (DT kelas 1) and protection (Td/TT kelas 2–3, or 2 and 5) indicators.
 */
/** The doses the sheet shows: the scheme's doses, plus any other dose the register holds this year. */
function shownDoses(report: BiasReport): string[] {
  return BIAS_KEYS.filter((k) => SCHEME_DOSES[report.scheme].includes(k) || report.total.doses[k].count > 0);
}

/** The target indicators (bias_dt_k1 …) of the doses the sheet shows, for the report's TARGET_MISSING findings. */
export function biasTargetKeys(report: BiasReport): string[] {
  return shownDoses(report).map((k) => BIAS_INDICATOR[k]);
}

export function biasSheet(report: BiasReport, ctx: LayoutContext): SheetSpec {
  const keys = shownDoses(report);
  const classes: MuridKey[] = [...new Set(keys.map((k) => BIAS_SASARAN[k]))];
  const protection = report.scheme === 'td' ? 'perlindunganTd' : 'perlindungan2005';
  const doseColumns: Column[] = classes.flatMap((c) => [
    { header: SASARAN_LABELS[c], width: 7, format: FORMAT.count },
    ...keys
      .filter((k) => BIAS_SASARAN[k] === c)
      .flatMap((k): Column[] => [
        { header: 'Jml', width: 6, format: FORMAT.count, group: { label: doseLabel(k), span: 2 } },
        { header: '%', width: 6.5, format: FORMAT.percent },
      ]),
  ]);
  const indicatorColumns: Column[] = [
    { header: 'Jangkauan (DT kls 1)', width: 9, format: FORMAT.percent, group: { label: 'Indikator', span: 2 } },
    { header: report.scheme === 'td' ? 'Perlindungan (Td kls 2+5)' : 'Perlindungan (TT kls 2+3)', width: 11, format: FORMAT.percent },
  ];
  const name = (k: string) => BIAS_INDICATOR[k];
  const protectionKeys = (report.scheme === 'td' ? ['tdK2', 'tdK5'] : ['tdK2', 'tdK3']).map(name);
  // `kode`: the kelurahan the line counts at (TOTAL for the puskesmas).
  const doseCells = (l: BiasLine, kode: string): SpecCell[] => {
    const f = (indicators: readonly string[], v: SpecCell) => figure(ctx, indicators, kode, v);
    return [
      // Coverage is measured against the pupils of the Sekolah sheet: a broken count there blocks it.
      ...classes.flatMap((c) => [sasaranCell(ctx, c, kode, num(l.murid[c])), ...keys.filter((k) => BIAS_SASARAN[k] === c).flatMap((k) => [f([name(k)], l.doses[k].count), f(measuredInputs(name(k)), pct(l.cakupan[k]))])]),
      f(measuredInputs(name('dtK1')), pct(l.indicators.jangkauan)),
      f(protectionKeys.flatMap(measuredInputs), pct(l.indicators[protection])),
    ];
  };

  const schoolColumns: Column[] = [{ header: 'No', width: 4, align: 'center' }, { header: 'Kelurahan', width: 14 }, { header: 'Kode', width: 8 }, { header: 'Sekolah', width: 22 }, ...doseColumns, ...indicatorColumns];
  const span = schoolColumns.length;
  const period = report.throughMonth === 12 ? `Tahun ${report.year}` : `Tahun ${report.year} (s.d. ${monthName(report.throughMonth)})`;
  const b = new ReportSheetBuilder(BIAS_SHEET, `LAPORAN BULAN IMUNISASI ANAK SEKOLAH (BIAS) TAHUN ${report.year}`, ctx.puskesmas, meta(ctx, 'Register BIAS, Sekolah, Kelurahan', period), span);

  b.notComputableNote(notComputableText(ctx, Object.values(BIAS_INDICATOR)));
  b.blank();
  b.section('A. Per sekolah');
  const schoolRows: SpecCell[][] = [];
  for (const g of report.groups) for (const s of g.schools) schoolRows.push([schoolRows.length + 1, g.nama, s.kode, s.nama, ...doseCells(s, g.kode)]);
  b.table(schoolColumns, schoolRows, [null, null, null, 'Jumlah puskesmas', ...doseCells(report.total, 'TOTAL')]);

  b.blank();
  b.section('B. Per kelurahan');
  const kelColumns: Column[] = [{ header: 'No', width: 4, align: 'center' }, { header: 'Kelurahan', width: 14 }, { header: 'Kode', width: 8 }, { header: 'Jumlah sekolah', width: 22, format: FORMAT.count }, ...doseColumns, ...indicatorColumns];
  b.table(
    kelColumns,
    report.groups.map((g, i) => [i + 1, g.nama, g.kode, g.schools.length, ...doseCells(g.subtotal, g.kode)]),
    [null, 'Jumlah puskesmas', null, report.groups.reduce((n, g) => n + g.schools.length, 0), ...doseCells(report.total, 'TOTAL')],
  );

  b.blank();
  b.section('C. Indikator BIAS puskesmas (kedua skema)');
  const t = report.total;
  // Each label spans columns B–I (merged); the value sits in J. Width 0 keeps the widths above.
  const labelSpan = 8;
  const indicators = b.table(
    [{ header: 'Indikator', width: 0 }, ...Array.from({ length: labelSpan - 1 }, (): Column => ({ header: '', width: 0 })), { header: 'Nilai', width: 0, format: FORMAT.percent }],
    [
      ['Jangkauan: DT kelas 1 ÷ murid kelas 1', figure(ctx, measuredInputs(name('dtK1')), 'TOTAL', pct(t.indicators.jangkauan))],
      ['Perlindungan, skema Td terkini: (Td kelas 2 + Td kelas 5) ÷ (murid kelas 2 + 5)', figure(ctx, [name('tdK2'), name('tdK5')].flatMap(measuredInputs), 'TOTAL', pct(t.indicators.perlindunganTd))],
      ['Perlindungan, skema 2005 (TT): (TT kelas 2 + TT kelas 3) ÷ (murid kelas 2 + 3)', figure(ctx, [name('tdK2'), name('tdK3')].flatMap(measuredInputs), 'TOTAL', pct(t.indicators.perlindungan2005))],
    ].map(([label, value]) => [label, ...Array<SpecCell>(labelSpan - 1).fill(null), value]),
    null,
    2,
  );
  for (let r = indicators.headerRow; r <= indicators.lastBodyRow; r++) b.merges.push(rangeAddress(r, 2, r, 1 + labelSpan));

  b.blank();
  b.section('D. Capaian target tahunan per dosis (puskesmas)');
  // The workbook's targets (Target sheet) or the Kemenkes defaults; a dose without a target is said, never taken as 100%.
  // Dosis over B–D, Cakupan over E–F, Target over G–H, Keterangan over I–L (merged): the dose columns above keep their widths.
  const blanks = (n: number): Column[] => Array.from({ length: n }, (): Column => ({ header: '', width: 0 }));
  const targetRows = keys.map((k): SpecCell[] => {
    const target = annualTarget(ctx.settings, name(k));
    const coverage = figure(ctx, measuredInputs(name(k)), 'TOTAL', pct(t.cakupan[k]));
    const verdict = target === null ? NO_TARGET : typeof coverage !== 'number' ? '-' : coverage + 1e-12 >= target ? 'Tercapai' : 'Belum tercapai';
    return [`${doseLabel(k)} ÷ ${SASARAN_LABELS[BIAS_SASARAN[k]].toLowerCase()}`, null, null, coverage, null, target ?? NO_TARGET, null, verdict, null, null, null];
  });
  const targetTable = b.table(
    [{ header: 'Dosis', width: 0 }, ...blanks(2), { header: 'Cakupan', width: 0, format: FORMAT.percent }, ...blanks(1), { header: 'Target', width: 0, format: FORMAT.percent }, ...blanks(1), { header: 'Keterangan', width: 0 }, ...blanks(3)],
    targetRows,
    null,
    2,
  );
  for (let r = targetTable.headerRow; r <= targetTable.lastBodyRow; r++) b.merges.push(rangeAddress(r, 2, r, 4), rangeAddress(r, 5, r, 6), rangeAddress(r, 7, r, 8), rangeAddress(r, 9, r, 12));
  b.note(`Target BIAS = persen murid kelas sasaran yang diimunisasi dalam setahun. ${targetSourceText(ctx.settings)}`);
  b.note('Murid per kelas dari sheet Sekolah (sasaran); yang diimunisasi = murid di Register BIAS sekolah itu dengan tanggal dosis pada tahun laporan. HPV dibandingkan dengan siswi kelas 5.');
  // Too wide for one readable A4 page: across pages, No/Kelurahan/Kode/Sekolah on each, a class's pupils and doses together.
  const groups: KeepBlock[] = [];
  let next = 5;
  for (const c of classes) {
    const width = 1 + 2 * keys.filter((k) => BIAS_SASARAN[k] === c).length;
    groups.push({ first: next, last: next + width - 1 });
    next += width;
  }
  groups.push({ first: next, last: next + indicatorColumns.length - 1 });
  const firstPage = b.printAcross(4, groups);
  signatureBlock(b, ctx.puskesmas, ctx.today, firstPage);
  return b.build();
}
