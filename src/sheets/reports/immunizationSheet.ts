import { ImmunizationReport, ImmunizationRow, INFANT_KEYS } from '../../domain/reports/immunization';
import { BADUTA_KEYS } from '../../domain/programme/doseIndex';
import { commonFirstDose, dropOutShortLabel, listTextId } from '../../domain/programme/dropOutPairs';
import { rangeAddress } from '../a1';
import { columnGroups, KeepBlock } from '../pageBreaks';
import { SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { completenessText, doseLabel, figure, LayoutContext, measured, meta, monthName, NO_TARGET, notComputableText, num, pct, percentText, sasaranCell, targetSourceText } from './context';
import { signatureBlock } from './signature';
import { annualTarget } from '../../domain/reports/settings';

export const IMMUNIZATION_SHEET = 'Laporan Imunisasi';

const BELOW_TARGET = '#FCE4D6';

/**
 * Laporan Imunisasi Bulanan (thesis Gambar 4.46, Tabel 4.2 no. 1): per kelurahan, the doses
 * of every infant antigen this month from the register (dalam) and from other providers
 * (luar), cumulative since January, coverage against the target line, and drop-out.
 */
export function immunizationSheet(report: ImmunizationReport, ctx: LayoutContext): SheetSpec {
  // The first-year doses, then the second year's (sasaran baduta), as the dose records say.
  const infantKeys = report.keys.filter((k) => INFANT_KEYS.includes(k));
  const bayiKeys = infantKeys.filter((k) => !BADUTA_KEYS.includes(k));
  const keys = [...bayiKeys, ...infantKeys.filter((k) => BADUTA_KEYS.includes(k))];
  const span = 5 + keys.length;
  const b = new ReportSheetBuilder(IMMUNIZATION_SHEET, 'LAPORAN IMUNISASI BULANAN', ctx.puskesmas, meta(ctx, 'Register Bayi, Imunisasi Luar, Kelurahan'), span);
  const bulan = `${monthName(report.month)} ${report.year}`;
  b.notComputableNote(notComputableText(ctx, report.keys));
  const columns = (format: string): Column[] => [
    { header: 'No', width: 4, align: 'center' },
    { header: 'Kode', width: 7 },
    { header: 'Kelurahan', width: 16 },
    { header: 'Sasaran Bayi', width: 8, format: FORMAT.count },
    { header: 'Sasaran Baduta', width: 8, format: FORMAT.count },
    ...keys.map((k, i): Column => ({
      header: doseLabel(k),
      width: 6.5,
      format,
      ...(i === 0 ? { group: { label: 'Bayi', span: bayiKeys.length } } : k === keys[bayiKeys.length] ? { group: { label: 'Baduta', span: keys.length - bayiKeys.length } } : {}),
    })),
  ];
  const ident = (r: ImmunizationRow, i: number | null): SpecCell[] => [i, r.kode === 'TOTAL' ? null : r.kode, r.kode === 'TOTAL' ? 'Jumlah puskesmas' : r.nama, sasaranCell(ctx, 'bayi', r.kode, num(r.sasaran.bayi)), sasaranCell(ctx, 'baduta', r.kode, num(r.sasaran.baduta))];
  // Every figure of a key that cannot be computed at that row reads "tidak dapat dihitung"; a
  // coverage also when its sasaran cannot.
  const table = (cells: (r: ImmunizationRow) => SpecCell[], format: string, coverage = false) => {
    const guarded = (r: ImmunizationRow) => cells(r).map((v, i) => (coverage ? measured(ctx, keys[i], r.kode, v) : figure(ctx, [keys[i]], r.kode, v)));
    return b.table(
      columns(format),
      report.rows.map((r, i) => [...ident(r, i + 1), ...guarded(r)]),
      [...ident(report.total, null), ...guarded(report.total)],
    );
  };

  b.blank();
  b.section(`A. Hasil imunisasi bulan ${bulan} — register puskesmas (dalam wilayah)`);
  table((r) => keys.map((k) => r.lines[k].bulanIni.total - r.lines[k].bulanIni.luar), FORMAT.count);
  b.blank();
  b.section(`B. Hasil imunisasi bulan ${bulan} — dilaporkan RS, klinik dan praktik swasta (Imunisasi Luar)`);
  table((r) => keys.map((k) => r.lines[k].bulanIni.luar), FORMAT.count);
  b.blank();
  b.section(`C. Kumulatif Januari – ${bulan} (register + Imunisasi Luar)`);
  table((r) => keys.map((k) => r.lines[k].kumulatif.total), FORMAT.count);
  b.blank();
  b.section(`D. Cakupan kumulatif Januari – ${bulan} (% sasaran); sel berwarna = di bawah garis target`);
  const d = table((r) => keys.map((k) => pct(r.lines[k].cakupan)), FORMAT.percent, true);
  const targetRow = b.row([null, null, `Garis target ${monthName(report.month)}`, null, null, ...keys.map((k) => report.total.lines[k].targetLine ?? NO_TARGET)]);
  b.style(rangeAddress(targetRow, 1, targetRow, span), { italic: true, numberFormat: FORMAT.percent, border: 'thin', fontSize: 9 });
  keys.forEach((k, i) => {
    const col = 6 + i;
    const line = report.total.lines[k].targetLine;
    if (line === null) return;
    b.conditionalFormats.push({ range: rangeAddress(d.firstBodyRow, col, d.totalRow!, col), rule: { kind: 'cellValue', operator: 'lessThan', values: [line - 1e-9] }, style: { fill: BELOW_TARGET } });
  });
  // The target line explained on the antigen PWS watches per desa (settings.rankedAntigen), and
  // the second-year doses of this schedule by name, as the dose records give them.
  const example = ctx.settings.rankedAntigen;
  const target = annualTarget(ctx.settings, example);
  const badutaKeys = keys.slice(bayiKeys.length);
  const baduta = badutaKeys.length > 0 ? ` ${listTextId(badutaKeys.map(doseLabel))} dibandingkan dengan sasaran baduta.` : '';
  b.note(`Cakupan = kumulatif ÷ sasaran. Garis target = target tahunan × bulan ÷ 12 (target ${doseLabel(example)} ${target === null ? NO_TARGET : `${percentText(target)} → ${percentText(target / 12)} per bulan`}).${baduta} Sasaran kosong di sheet Kelurahan dihitung: bayi = ${percentText(ctx.settings.crudeBirthRate)} × penduduk, baduta = sasaran bayi tahun lalu. ${targetSourceText(ctx.settings)}`);

  b.blank();
  b.section(`E. Drop-out kumulatif Januari – ${bulan} (masalah bila > ${percentText(ctx.settings.dropOutThreshold)}; negatif = periksa data)${report.withStatus ? ` dan UCI (IDL ≥ ${percentText(ctx.settings.uciThreshold)} sasaran bayi)` : ''}`);
  // The drop-out lines of the records in this schedule: the doses they compare, then each line's rate and flag.
  const pairs = report.dropOutPairs;
  const doDoses = [...new Set(pairs.flatMap((p) => [p.from, p.to]))];
  const doCols: Column[] = [
    { header: 'No', width: 4, align: 'center' },
    { header: 'Kode', width: 7 },
    { header: 'Kelurahan', width: 16 },
    ...doDoses.map((k): Column => ({ header: doseLabel(k), width: doseLabel(k).length > 6 ? 8 : 6.5, format: FORMAT.count })),
    ...pairs.flatMap((p): Column[] => [
      { header: 'Drop-out', width: 6.5, format: FORMAT.percent, group: { label: dropOutShortLabel(p), span: 2 } },
      { header: 'Ket.', width: 6.5, align: 'center' },
    ]),
    ...(report.withStatus
      ? [
          { header: 'Bulan ini', width: 6.5, format: FORMAT.count, group: { label: 'Imunisasi dasar lengkap (IDL)', span: 3 } },
          { header: 'Kumulatif', width: 6.5, format: FORMAT.count },
          { header: '%', width: 6.5, format: FORMAT.percent },
          ...(['ibl', 'irl'] as const).flatMap((key): Column[] => [
            { header: 'Bulan ini', width: 6.5, format: FORMAT.count, group: { label: key === 'ibl' ? 'Imunisasi baduta lengkap (IBL)' : 'Imunisasi rutin lengkap (IDL + IBL)', span: 3 } },
            { header: 'Kumulatif', width: 6.5, format: FORMAT.count },
            { header: '%', width: 6.5, format: FORMAT.percent },
          ]),
          // UCI (IDL ≥ the threshold) last, the desa's verdict: the IDL, IBL and IRL groups of
          // three then end where section F's do (its WUS T1–T5), so the printed pages can break there.
          { header: 'UCI', width: 6.5, align: 'center' as const },
        ]
      : []),
  ];
  const flag = (f: string | null, rate: number | null) => (rate === null ? '-' : f === 'tinggi' ? 'Tinggi' : f === 'negatif' ? 'Negatif' : 'Baik');
  const doCells = (r: ImmunizationRow, i: number | null): SpecCell[] => {
    const f = (indicators: string[], v: SpecCell) => figure(ctx, indicators, r.kode, v);
    return [
      i,
      r.kode === 'TOTAL' ? null : r.kode,
      r.kode === 'TOTAL' ? 'Jumlah puskesmas' : r.nama,
      ...doDoses.map((k) => f([k], r.lines[k].kumulatif.total)),
      ...pairs.flatMap((p) => {
        const d = r.dropOut[p.key];
        return [f([p.from, p.to], pct(d.rate)), f([p.from, p.to], flag(d.flag, d.rate))];
      }),
      ...(report.withStatus
        ? [
            f(['idl'], r.lines.idl.bulanIni.total),
            f(['idl'], r.lines.idl.kumulatif.total),
            // IDL % and UCI are measured against sasaran bayi.
            measured(ctx, 'idl', r.kode, pct(r.lines.idl.cakupan)),
            // IBL and IRL likewise: their % is measured against their sasaran.
            ...(['ibl', 'irl'] as const).flatMap((key) => [f([key], r.lines[key].bulanIni.total), f([key], r.lines[key].kumulatif.total), measured(ctx, key, r.kode, pct(r.lines[key].cakupan))]),
            measured(ctx, 'idl', r.kode, r.kode === 'TOTAL' ? `${report.uciCount} desa` : r.uci === null ? '-' : r.uci ? 'Ya' : 'Tidak'),
          ]
        : []),
    ];
  };
  const e = b.table(doCols, report.rows.map((r, i) => doCells(r, i + 1)), doCells(report.total, null));
  const flagColumns = pairs.map((_, i) => 3 + doDoses.length + 2 * i + 2);
  for (const col of flagColumns) {
    const range = rangeAddress(e.firstBodyRow, col, e.totalRow!, col);
    b.conditionalFormats.push({ range, rule: { kind: 'textEquals', text: 'Tinggi' }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } });
    b.conditionalFormats.push({ range, rule: { kind: 'textEquals', text: 'Negatif' }, style: { fill: '#FFEB9C', fontColor: '#9C5700' } });
  }
  const uciColumn = 3 + doDoses.length + 2 * pairs.length + 10;
  if (report.withStatus) b.conditionalFormats.push({ range: rangeAddress(e.firstBodyRow, uciColumn, e.lastBodyRow, uciColumn), rule: { kind: 'textEquals', text: 'Tidak' }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } });
  const first = commonFirstDose(pairs) ?? 'dosis pertama';
  b.note(`Drop-out = (${first} − dosis akhir) ÷ ${first}. Negatif berarti lebih banyak dosis akhir daripada dosis pertama: periksa register (dosis pertama tidak tercatat, atau anak pindahan).${report.withStatus ? ` ${completenessText(ctx)}` : ''}`);
  if (report.withStatus) tdSection(b, report, bulan, ctx);
  // Too wide for one readable A4 page: across pages, No/Kode/Kelurahan on each; the two sasaran
  // together, and each table's groups (a drop-out's rate and flag, IDL, IBL, IRL, a Td status's columns) on one page.
  const tied: KeepBlock[] = [{ first: 4, last: 5 }];
  let col = 4 + doDoses.length;
  for (let i = 0; i < pairs.length; i++, col += 2) tied.push({ first: col, last: col + 1 });
  if (report.withStatus) tied.push({ first: col, last: col + 2 }, { first: col + 3, last: col + 5 }, { first: col + 6, last: col + 8 }, ...TD_GROUPS);
  const firstPage = b.printAcross(3, columnGroups(4, Math.max(...b.values.map((r) => r.length)), tied));
  signatureBlock(b, ctx.puskesmas, ctx.today, Math.min(span, firstPage));
  return b.build();
}

/** Section F's groups of columns: Td1 bumil, T2+ bumil, WUS and caten by T status. */
const TD_GROUPS: KeepBlock[] = [
  { first: 5, last: 7 },
  { first: 8, last: 10 },
  { first: 12, last: 16 },
  { first: 17, last: 21 },
];

/**
 * F. Td/TT (thesis II.F; DOMAIN.md "Status T"): Td1 and T2+ bumil this month and cumulative
 * against sasaran bumil, and WUS and caten doses by the T status they reached, cumulative.
 */
function tdSection(b: ReportSheetBuilder, report: ImmunizationReport, bulan: string, ctx: LayoutContext): void {
  b.blank();
  b.section(`F. Imunisasi Td/TT bumil, WUS dan caten — bulan ${bulan} dan kumulatif sejak Januari`);
  const columns: Column[] = [
    { header: 'No', width: 4, align: 'center' },
    { header: 'Kode', width: 7 },
    { header: 'Kelurahan', width: 16 },
    { header: 'Sasaran bumil', width: 8, format: FORMAT.count },
    { header: 'Bulan ini', width: 8, format: FORMAT.count, group: { label: 'Td1 bumil', span: 3 } },
    { header: 'Kumulatif', width: 6.5, format: FORMAT.count },
    { header: '%', width: 6.5, format: FORMAT.percent },
    { header: 'Bulan ini', width: 6.5, format: FORMAT.count, group: { label: 'T2+ bumil', span: 3 } },
    { header: 'Kumulatif', width: 6.5, format: FORMAT.count },
    { header: '%', width: 6.5, format: FORMAT.percent },
    { header: 'Sasaran WUS', width: 6.5, format: FORMAT.count },
    ...[1, 2, 3, 4, 5].map((n): Column => ({ header: `T${n}`, width: 6.5, format: FORMAT.count, ...(n === 1 ? { group: { label: 'WUS, kumulatif', span: 5 } } : {}) })),
    ...[1, 2, 3, 4, 5].map((n): Column => ({ header: `T${n}`, width: 6.5, format: FORMAT.count, ...(n === 1 ? { group: { label: 'Caten, kumulatif', span: 5 } } : {}) })),
  ];
  const cells = (r: ImmunizationRow, i: number | null): SpecCell[] => {
    const t1 = r.lines.bumil_t1;
    const t2 = r.lines.bumil_t2plus;
    const f = (key: string, v: SpecCell) => figure(ctx, [key], r.kode, v);
    return [
      i,
      r.kode === 'TOTAL' ? null : r.kode,
      r.kode === 'TOTAL' ? 'Jumlah puskesmas' : r.nama,
      sasaranCell(ctx, 'bumil', r.kode, num(r.sasaran.bumil)),
      f('bumil_t1', t1.bulanIni.total),
      f('bumil_t1', t1.kumulatif.total),
      measured(ctx, 'bumil_t1', r.kode, pct(t1.cakupan)),
      f('bumil_t2plus', t2.bulanIni.total),
      f('bumil_t2plus', t2.kumulatif.total),
      measured(ctx, 'bumil_t2plus', r.kode, pct(t2.cakupan)),
      sasaranCell(ctx, 'wus', r.kode, num(r.sasaran.wus)),
      ...[1, 2, 3, 4, 5].map((n) => f(`wus_t${n}`, r.lines[`wus_t${n}`].kumulatif.total)),
      ...[1, 2, 3, 4, 5].map((n) => f(`caten_t${n}`, r.lines[`caten_t${n}`].kumulatif.total)),
    ];
  };
  b.table(columns, report.rows.map((r, i) => cells(r, i + 1)), cells(report.total, null));
  b.note('Dihitung dari riwayat status T setiap orang (mesin status): hanya dosis yang sah (jarak minimal terpenuhi) dan menurut status T yang dicapainya, ditambah jumlah di sheet Imunisasi Luar. Td1 bumil = bumil yang mendapat Td/TT pertama; T2+ bumil = bumil yang mencapai T2 atau lebih (termasuk ulangan).');
}
