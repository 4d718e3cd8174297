import { formatMonthId } from '../../domain/dates/formatId';
import { INDICATOR_DOSES } from '../../domain/programme/doseIndex';
import { commonFirstDose, DROP_OUT_LINES, DropOutPair, dropOutShortLabel, inEveryPreset, listTextId } from '../../domain/programme/dropOutPairs';
import { doseHeader } from '../../domain/rules/doses';
import { formatInterval } from '../../domain/rules/interval';
import { TD_RULES } from '../../domain/rules/presets';
import { formatStampId } from '../../domain/reports/stamp';
import { stockIndicator } from '../../domain/dataLaporan/indicators';
import { DistrictResult, IndicatorValue, PuskesmasSummary } from '../../domain/merge/types';
import { ProgrammeTargets, targetLine } from '../../domain/programme/targets';
import { districtTargetText } from '../../domain/merge/districtTargets';
import { columnLetter } from '../a1';
import { keepTogetherBreaks, READABLE_SCALE } from '../pageBreaks';
import { NOT_COMPUTABLE, ReportMeta } from '../reportFrame';
import { ReportColumn, reportTableSheet, TABLE_HEADER_ROW } from '../reportTable';
import { ChartSpec, SheetSpec, SpecCell } from '../spec';
import { SheetSection } from '../guardedSheets';

export interface DistrictSheetOptions {
  /** When the district report was made, for people ("05-02-2026 09:00 WIB"). */
  generatedAt: string;
}

/** A target cell: the value, or said missing (TARGET_MISSING), never a silent 0,9 or 100%. */
export const NO_TARGET = 'target belum ditetapkan';
const annual = (targets: ProgrammeTargets, key: string): number | null => targets.annual[key] ?? null;
const percentOf = (v: number | null) => (v === null ? NO_TARGET : `${(Math.round(v * 10000) / 100).toLocaleString('id-ID')}%`);

/** The indicators the district tables draw a target for (TARGET_MISSING when the targets lack one). */
export function districtTargetKeys(): string[] {
  return [...DISTRICT_PWS.map(([key]) => key), 'bumil_t1', 'bumil_t2plus', ...BIAS_COLUMNS.map(([key]) => key)];
}

/** The antigens of the district PWS table (the PWS charts of DOMAIN.md: the dose records marked `pws`), plus IDL. */
export const DISTRICT_PWS: readonly (readonly [string, string])[] = [...INDICATOR_DOSES.filter((d) => d.pws).map((d) => [d.indicator.key, d.indicator.label] as const), ['idl', 'IDL']];

const PCT = '0.0%';
/** Wide enough for the bold total row's "JUMLAH KABUPATEN/KOTA" and a "(BELUM FINAL)" mark. */
const PUSKESMAS_COLUMN: ReportColumn = { header: 'Puskesmas', width: 30 };

/**
 * The figures of one line (a puskesmas, or the district): its counts, and those that cannot
 * be computed. A blocked figure, and anything made from it, reads "tidak dapat dihitung".
 */
interface Figures {
  totals: Map<string, IndicatorValue>;
  blocked: ReadonlyMap<string, string>;
  /** Figures its report does not carry (another schedule): "tidak dilaporkan", never 0. */
  notReported?: ReadonlySet<string>;
  /** Counted, but a puskesmas left out their sasaran (district totals only): no coverage. */
  sasaranMissing?: ReadonlySet<string>;
}
/** A figure a puskesmas's report does not carry (its schedule lacks the antigen, or an older add-in). */
export const NOT_REPORTED = 'tidak dilaporkan';
const isBlocked = (f: Figures, ...names: string[]) => names.some((name) => f.blocked.has(name));
const isMissing = (f: Figures, ...names: string[]) => names.some((name) => f.notReported?.has(name) ?? false);
const ratio = (f: Figures, name: string): number | null | typeof NOT_COMPUTABLE | typeof NOT_REPORTED => {
  if (isMissing(f, name)) return NOT_REPORTED;
  if (isBlocked(f, name) || (f.sasaranMissing?.has(name) ?? false)) return NOT_COMPUTABLE;
  const v = f.totals.get(name);
  return v && v.sasaran ? v.nilai / v.sasaran : null;
};
const n = (f: Figures, name: string): number | typeof NOT_COMPUTABLE | typeof NOT_REPORTED => (isMissing(f, name) ? NOT_REPORTED : isBlocked(f, name) ? NOT_COMPUTABLE : (f.totals.get(name)?.nilai ?? 0));
const sasaranOf = (f: Figures, name: string): number | null => f.totals.get(name)?.sasaran ?? null;
const numeric = (v: SpecCell): number | null => (typeof v === 'number' ? v : null);
const district = (result: DistrictResult): Figures => ({ totals: result.totals, blocked: result.blocked, notReported: new Set(result.notReported?.keys() ?? []), sasaranMissing: new Set(result.sasaranMissing?.keys() ?? []) });
/** What marks a puskesmas's report: not final, and/or a month without any data (its figures are not summed). */
const marks = (p: PuskesmasSummary): string[] => [...(p.notFinal ? ['BELUM FINAL'] : []), ...(p.emptyMonth ? ['BULAN KOSONG'] : [])];
/** A puskesmas as the district tables name it: marked when its report is not final or its month is empty. */
const named = (p: PuskesmasSummary) => (marks(p).length > 0 ? `${p.nama} (${marks(p).join(', ')})` : p.nama);
/** Its status in Kelengkapan: "Diterima", "Diterima, belum final", "Diterima, bulan kosong". */
const receivedStatus = (p: PuskesmasSummary) => ['Diterima', ...marks(p).map((m) => m.toLowerCase())].join(', ');

/** All district sheets, in the order a Dinkes officer reads them. */
export function districtSheets(result: DistrictResult, options: DistrictSheetOptions): SheetSpec[] {
  return districtSections(result, options).sections.map((s) => s.build());
}

/**
 * The district sheets one by one, each laid out on demand (so the merge can guard each on its
 * own: guardedSheets), with the header block they share.
 */
export function districtSections(result: DistrictResult, options: DistrictSheetOptions): { sections: SheetSection[]; identity: string; meta: ReportMeta } {
  const targets = result.targets.targets;
  const source = districtTargetText(result.targets);
  const kabupaten = mostCommon(result.puskesmas.map((p) => p.kabupaten).filter(Boolean)) ?? 'Kabupaten/Kota';
  const identity = `${kabupaten} · ${result.puskesmas.length} dari ${result.expected.length} puskesmas`;
  const banner = districtBanner(result);
  const meta = (sources: string): ReportMeta => ({ generatedAt: options.generatedAt, period: formatMonthId(result.tahun, result.bulan), sources, banner });
  const common = { puskesmas: null, identity };
  const sections: SheetSection[] = [
    { name: DISTRICT_SHEETS.pws, build: () => pwsSheet(result, targets, source, { ...common, meta: meta('Data Laporan puskesmas: dosis register + imunisasi luar') }) },
    { name: DISTRICT_SHEETS.coverage, build: () => coverageSheet(result, targets, source, { ...common, meta: meta('Data Laporan puskesmas (kumulatif)') }) },
    { name: DISTRICT_SHEETS.uci, build: () => uciSheet(result, targets, source, { ...common, meta: meta('Data Laporan puskesmas') }) },
    { name: DISTRICT_SHEETS.tt, build: () => ttSheet(result, targets, source, { ...common, meta: meta('Data Laporan puskesmas (status T dari register)') }) },
    { name: DISTRICT_SHEETS.bias, build: () => biasSheet(result, targets, source, { ...common, meta: meta('Data Laporan puskesmas (BIAS tahun berjalan)') }) },
    { name: DISTRICT_SHEETS.stock, build: () => stockSheet(result, { ...common, meta: meta('Data Laporan puskesmas (stok vaksin)') }) },
    { name: DISTRICT_SHEETS.timeliness, build: () => timelinessSheet(result, { ...common, meta: meta('File laporan yang diterima') }) },
  ];
  return { sections, identity, meta: meta('Data Laporan puskesmas') };
}

/**
 * The district report's BELUM FINAL banner, or null when it is final: puskesmas whose report is
 * not final, and those whose month holds no data (their figures are not summed either).
 */
export function districtBanner(result: DistrictResult): string | null {
  const notFinal = result.puskesmas.filter((p) => p.notFinal).length;
  const empty = result.puskesmas.filter((p) => p.emptyMonth).length;
  if (notFinal === 0 && empty === 0) return null;
  const parts = [
    ...(notFinal > 0 ? [`${notFinal} dari ${result.puskesmas.length} puskesmas mengirim laporan yang belum final (ditandai "(BELUM FINAL)")`] : []),
    ...(empty > 0 ? [`${empty} dari ${result.puskesmas.length} puskesmas mengirim laporan bulan kosong tanpa dosis maupun stok vaksin (ditandai "(BULAN KOSONG)")`] : []),
  ];
  return `BELUM FINAL: ${parts.join('; ')}; angka yang tidak dapat dihitung tidak dijumlahkan. Lihat sheet Temuan Penggabungan.`;
}

/** The district sheets' names. */
export const DISTRICT_SHEETS = {
  pws: 'PWS Kabupaten',
  coverage: 'Cakupan Puskesmas',
  uci: 'UCI & Drop Out',
  tt: 'TT Bumil Kabupaten',
  bias: 'BIAS Kabupaten',
  stock: 'Stok Vaksin Kabupaten',
  timeliness: 'Kelengkapan & Ketepatan',
} as const;

type Common = { puskesmas: null; identity: string; meta: ReportMeta };

function pwsSheet(result: DistrictResult, targets: ProgrammeTargets, source: string, common: Common): SheetSpec {
  const columns: ReportColumn[] = [PUSKESMAS_COLUMN, { header: 'Sasaran Bayi', format: '#,##0', width: 9 }];
  // 21 narrow columns whose headers wrap, printed across pages at a readable size (reportTableSheet's `across`).
  for (const [, label] of DISTRICT_PWS) columns.push({ header: `${label} bulan ini`, format: '#,##0', width: 9 }, { header: `${label} kumulatif`, format: '#,##0', width: 10 }, { header: `${label} %`, format: PCT, width: 8 });
  const line = (f: Figures, name: string): SpecCell[] => [
    name,
    sasaranOf(f, 'bcg_kumulatif'),
    ...DISTRICT_PWS.flatMap(([key]) => [n(f, key), n(f, `${key}_kumulatif`), ratio(f, `${key}_kumulatif`)]),
  ];
  const lineOf = (key: string) => {
    const a = annual(targets, key);
    return a === null ? NO_TARGET : targetLine(a, result.bulan);
  };
  const target: SpecCell[] = ['Garis target', null, ...DISTRICT_PWS.flatMap(([key]) => [null, null, lineOf(key)])];
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.pws,
    title: 'PEMANTAUAN WILAYAH SETEMPAT (PWS) IMUNISASI PER PUSKESMAS',
    columns,
    rows: [...result.puskesmas.map((p) => line(p, named(p))), target],
    total: line(district(result), 'JUMLAH KABUPATEN/KOTA'),
    footer: [['% = kumulatif Januari s.d. bulan ini dibagi sasaran bayi setahun. Garis target = target tahunan × bulan / 12.'], [source]],
    across: { titleColumns: 2, groups: DISTRICT_PWS.map((_, i) => ({ first: 3 + 3 * i, last: 5 + 3 * i })) },
  });
}

/** Readable on paper: a district table is never printed smaller than this (percent). */
export const DISTRICT_PRINT_SCALE = READABLE_SCALE * 100;

/**
 * The doses whose coverage Cakupan Puskesmas shows beside IDL: those the district's drop-out
 * lines compare (today DPT-HB-Hib 1, DPT-HB-Hib 3, MR 1), each by its indicator and label.
 */
function coverageDoses(result: DistrictResult): { indicator: string; label: string }[] {
  const keys = [...new Set(districtDropOutPairs(result).flatMap((p) => [p.from, p.to]))];
  return keys.map((key) => {
    const d = INDICATOR_DOSES.find((dose) => dose.sheet === 'bayi' && dose.key === key);
    return { indicator: d?.indicator.key ?? key, label: d?.indicator.label ?? key };
  });
}

/** "IBL (DPT-HB-Hib 4 dan MR 2 sebelum 24 bulan)": the default IBL of the rules (a puskesmas's Aturan may differ). */
function iblText(): string {
  const { doses, before } = TD_RULES.ibl;
  return `IBL (${listTextId(doses.map((k) => doseHeader('bayi', k)))} sebelum ${formatInterval(before)})`;
}

function coverageSheet(result: DistrictResult, targets: ProgrammeTargets, source: string, common: Common): SheetSpec {
  const doses = coverageDoses(result);
  const idlTarget = annual(targets, 'idl');
  const line = idlTarget === null ? null : targetLine(idlTarget, result.bulan);
  const idl = (p: PuskesmasSummary) => ratio(p, 'idl_kumulatif');
  // A puskesmas whose IDL cannot be computed has no place in the ranking: listed last, unranked.
  const ranked = [...result.puskesmas].sort((a, b) => (numeric(idl(b)) ?? -1) - (numeric(idl(a)) ?? -1) || a.nama.localeCompare(b.nama));
  const rows: SpecCell[][] = ranked.map((p, i) => {
    const v = idl(p);
    const text = typeof v === 'string';
    const verdict = text ? v : line === null ? NO_TARGET : (v ?? 0) >= line ? 'Di atas target' : 'Di bawah target';
    return [text ? '-' : i + 1, named(p), v, ...doses.map((d) => ratio(p, `${d.indicator}_kumulatif`)), ratio(p, 'ibl_kumulatif'), ratio(p, 'irl_kumulatif'), line ?? NO_TARGET, verdict];
  });
  const spec = reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.coverage,
    title: 'PERINGKAT CAKUPAN KUMULATIF PUSKESMAS TERHADAP GARIS TARGET',
    columns: [{ header: 'Peringkat', width: 11 }, { header: 'Puskesmas', width: 22 }, { header: 'IDL %', format: PCT }, ...doses.map((d): ReportColumn => ({ header: `${d.label} %`, format: PCT })), { header: 'IBL %', format: PCT }, { header: 'Imunisasi rutin lengkap %', format: PCT }, { header: 'Garis target IDL', format: PCT, wrap: true }, { header: 'Keterangan', width: 16, wrap: true }],
    rows,
    footer: [[`IDL % dari sasaran bayi; ${iblText()} dan imunisasi rutin lengkap (IDL dan IBL) % dari sasaran baduta; kumulatif Januari s.d. bulan ini.`], [source]],
  });
  // The IDL target line's column (the one before Keterangan, the last) follows the dose columns.
  const lineColumn = columnLetter(doses.length + 6);
  const first = TABLE_HEADER_ROW + 1;
  const last = TABLE_HEADER_ROW + Math.max(1, rows.length);
  const chart: ChartSpec = {
    kind: 'column',
    title: `Cakupan IDL kumulatif per puskesmas, ${formatMonthId(result.tahun, result.bulan)}`,
    categories: `B${first}:B${last}`,
    series: [
      { name: 'IDL kumulatif', values: `C${first}:C${last}`, color: '#2F75B5' },
      { name: 'Garis target', values: `${lineColumn}${first}:${lineColumn}${last}`, color: '#C00000', dashed: true },
    ],
    // Under the table and its note, as wide as the table: the page is not shrunk to fit it beside.
    // Its frame ends where the cell after `to` begins; LibreOffice prints that column too, so the
    // frame ends where the table's last column (Keterangan) begins (one column more would shrink the page).
    anchor: { from: `A${spec.values.length + 2}`, to: `${lineColumn}${spec.values.length + 22}` },
    yAxisTitle: 'Cakupan',
    percent: true,
  };
  // Rows under the chart, so the sheet's used range (and the print area) covers it.
  const values = [...spec.values, ...Array.from({ length: 22 }, (): SpecCell[] => [])];
  const withChart: SheetSpec = { ...spec, values, charts: [chart] };
  const rowBreaks = keepTogetherBreaks(withChart, [{ first: TABLE_HEADER_ROW, last: spec.values.length }]);
  return rowBreaks.length ? { ...withChart, rowBreaks } : withChart;
}

/**
 * The drop-out lines of the district tables: the records' pairs every schedule has, and those
 * whose two doses some puskesmas reports (a pair of newer antigens only where they are given).
 */
export function districtDropOutPairs(result: DistrictResult): DropOutPair[] {
  const carries = (p: PuskesmasSummary, key: string) => p.totals.has(`${key}_kumulatif`) || p.blocked.has(`${key}_kumulatif`);
  return DROP_OUT_LINES.filter((pair) => inEveryPreset(pair) || result.puskesmas.some((p) => carries(p, pair.from) && carries(p, pair.to)));
}

function uciSheet(result: DistrictResult, targets: ProgrammeTargets, source: string, common: Common): SheetSpec {
  const pairs = districtDropOutPairs(result);
  const dropOut = (f: Figures, p: DropOutPair): number | null | typeof NOT_COMPUTABLE | typeof NOT_REPORTED => {
    const [first, last] = [`${p.from}_kumulatif`, `${p.to}_kumulatif`];
    if (isMissing(f, first, last)) return NOT_REPORTED;
    if (isBlocked(f, first, last)) return NOT_COMPUTABLE;
    const a = f.totals.get(first)?.nilai ?? 0;
    return a > 0 ? (a - (f.totals.get(last)?.nilai ?? 0)) / a : null;
  };
  const flag = (v: number | null | string) => (typeof v === 'string' ? v : v === null ? '' : v < 0 ? 'Negatif: periksa data' : v > targets.dropOutThreshold ? `> ${targets.dropOutThreshold * 100}%: masalah` : 'Baik');
  const line = (f: Figures, name: string): SpecCell[] => {
    const desa = n(f, 'desa');
    const uci = n(f, 'desa_uci');
    const share = typeof uci === 'string' ? uci : typeof desa === 'number' && desa > 0 ? uci / desa : null;
    return [name, desa, uci, share, ...pairs.flatMap((p) => [dropOut(f, p), flag(dropOut(f, p))])];
  };
  // Headers of one table are distinct: the second line's "Keterangan " carries a space, the third's two.
  const columns: ReportColumn[] = pairs.flatMap((p, i): ReportColumn[] => [{ header: `DO ${dropOutShortLabel(p, '→')}`, format: PCT }, { header: `Keterangan${' '.repeat(i)}`, width: 22 }]);
  const first = commonFirstDose(pairs)?.replace(/\s+/g, '') ?? 'dosis pertama';
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.uci,
    title: 'DESA/KELURAHAN UCI DAN ANGKA DROP OUT PER PUSKESMAS',
    columns: [PUSKESMAS_COLUMN, { header: 'Jumlah desa', format: '0' }, { header: 'Desa UCI', format: '0' }, { header: '% desa UCI', format: PCT }, ...columns],
    rows: result.puskesmas.map((p) => line(p, named(p))),
    total: line(district(result), 'JUMLAH KABUPATEN/KOTA'),
    footer: [[`UCI: IDL kumulatif ≥ ${Math.round(targets.uciThreshold * 100)}% sasaran bayi. Drop out = (${first} − dosis akhir) / ${first}, kumulatif; > ${targets.dropOutThreshold * 100}% masalah, negatif berarti data perlu diperiksa. Desa UCI dihitung puskesmas dengan batas UCI laporannya (lihat temuan TARGET_DIFFERS bila berbeda).`], [source]],
  });
}

function ttSheet(result: DistrictResult, targets: ProgrammeTargets, source: string, common: Common): SheetSpec {
  const line = (f: Figures, name: string): SpecCell[] => [
    name,
    sasaranOf(f, 'bumil_t1_kumulatif'),
    n(f, 'bumil_t1'),
    n(f, 'bumil_t1_kumulatif'),
    ratio(f, 'bumil_t1_kumulatif'),
    n(f, 'bumil_t2plus'),
    n(f, 'bumil_t2plus_kumulatif'),
    ratio(f, 'bumil_t2plus_kumulatif'),
  ];
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.tt,
    title: 'IMUNISASI Td/TT IBU HAMIL PER PUSKESMAS',
    columns: [PUSKESMAS_COLUMN, { header: 'Sasaran bumil', format: '#,##0' }, { header: 'T1 bulan ini', format: '0' }, { header: 'T1 kumulatif', format: '#,##0' }, { header: 'T1 %', format: PCT }, { header: 'T2+ bulan ini', format: '0' }, { header: 'T2+ kumulatif', format: '#,##0' }, { header: 'T2+ %', format: PCT }],
    rows: result.puskesmas.map((p) => line(p, named(p))),
    total: line(district(result), 'JUMLAH KABUPATEN/KOTA'),
    footer: [[`Target tahunan: T1 bumil ${percentOf(annual(targets, 'bumil_t1'))}, T2+ bumil ${percentOf(annual(targets, 'bumil_t2plus'))}.`], [source]],
  });
}

/** The BIAS doses' indicators and labels (the dose records). */
const BIAS_COLUMNS: readonly (readonly [string, string])[] = INDICATOR_DOSES.filter((d) => d.sheet === 'bias').map((d) => [d.indicator.key, d.indicator.label] as const);

function biasSheet(result: DistrictResult, targets: ProgrammeTargets, source: string, common: Common): SheetSpec {
  const columns: ReportColumn[] = [PUSKESMAS_COLUMN];
  // Narrow columns whose headers wrap, as in the PWS sheet; printed across pages (reportTableSheet's `across`).
  for (const [, label] of BIAS_COLUMNS) columns.push({ header: `${label}: murid`, format: '#,##0', width: 9 }, { header: `${label}: diimunisasi`, format: '#,##0', width: 11 }, { header: `${label} %`, format: PCT, width: 8 });
  const line = (f: Figures, name: string): SpecCell[] => [name, ...BIAS_COLUMNS.flatMap(([key]) => [sasaranOf(f, key), n(f, key), ratio(f, key)])];
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.bias,
    title: 'BULAN IMUNISASI ANAK SEKOLAH (BIAS) PER PUSKESMAS, TAHUN BERJALAN',
    columns,
    // The annual target of each dose under its % column: BIAS is a campaign, so no monthly line.
    rows: [...result.puskesmas.map((p) => line(p, named(p))), ['Target tahunan', ...BIAS_COLUMNS.flatMap(([key]) => [null, null, annual(targets, key) ?? NO_TARGET])]],
    total: line(district(result), 'JUMLAH KABUPATEN/KOTA'),
    footer: [['Indikator jangkauan: % DT kelas 1. Indikator perlindungan: % Td/TT kelas 2–3 (skema 2005) atau kelas 2 dan 5 (skema terkini).'], [source]],
    across: { titleColumns: 1, groups: BIAS_COLUMNS.map((_, i) => ({ first: 2 + 3 * i, last: 4 + 3 * i })) },
  });
}

function stockSheet(result: DistrictResult, common: Common): SheetSpec {
  const codes = [...new Set(result.puskesmas.flatMap((p) => [...p.totals.keys()]).map((k) => /^stok\.([^.]+)\./.exec(k)?.[1]).filter((c): c is string => !!c))].sort();
  const line = (f: Figures, name: string, code: string): SpecCell[] => {
    const item = (i: Parameters<typeof stockIndicator>[1]) => n(f, stockIndicator(code, i));
    const used = item('dipakai');
    const dosis = item('dosis');
    // Doses a puskesmas's schedule does not count are "tidak dilaporkan": so is the IP made from them.
    const ip = dosis === NOT_REPORTED || used === NOT_REPORTED ? NOT_REPORTED : typeof used === 'string' || typeof dosis === 'string' ? NOT_COMPUTABLE : used > 0 ? dosis / used : null;
    return [name, code, item('awal'), item('diterima'), used, item('rusak'), item('akhir'), dosis, ip];
  };
  const rows: SpecCell[][] = [];
  for (const p of result.puskesmas) for (const code of codes) if (p.totals.has(stockIndicator(code, 'awal')) || p.blocked.has(stockIndicator(code, 'awal'))) rows.push(line(p, named(p), code));
  for (const code of codes) rows.push(line(district(result), 'JUMLAH KABUPATEN/KOTA', code));
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.stock,
    title: 'PEMAKAIAN DAN STOK VAKSIN PER PUSKESMAS',
    columns: [PUSKESMAS_COLUMN, { header: 'Vaksin', width: 12 }, { header: 'Stok awal', format: '#,##0' }, { header: 'Diterima', format: '#,##0' }, { header: 'Dipakai', format: '#,##0' }, { header: 'Rusak/ED', format: '#,##0' }, { header: 'Stok akhir', format: '#,##0' }, { header: 'Dosis diberikan', format: '#,##0' }, { header: 'IP', format: '0.00' }],
    rows,
    footer: [['IP (indeks pemakaian) = dosis diberikan / vial dipakai.']],
  });
}

function timelinessSheet(result: DistrictResult, common: Common): SheetSpec {
  const byKode = new Map<string, PuskesmasSummary>(result.puskesmas.map((p) => [p.kode, p]));
  const rows: SpecCell[][] = result.expected.map((e) => {
    const p = byKode.get(e.kode);
    if (!p) return [e.kode, e.nama, 'Belum diterima', null, null, 'Tidak', null];
    return [e.kode, e.nama, receivedStatus(p), p.dated ? formatStampId(p.dated) : 'tanpa tanggal', p.datedBy === 'stamp' ? 'cap waktu laporan' : p.datedBy === 'file' ? 'tanggal file' : '-', p.onTime ? 'Ya' : 'Tidak', p.file];
  });
  const received = result.expected.filter((e) => byKode.has(e.kode)).length;
  const notFinal = result.expected.filter((e) => byKode.get(e.kode)?.notFinal).length;
  const empty = result.expected.filter((e) => byKode.get(e.kode)?.emptyMonth).length;
  const onTime = result.expected.filter((e) => byKode.get(e.kode)?.onTime).length;
  const expected = result.expected.length;
  return reportTableSheet({
    ...common,
    name: DISTRICT_SHEETS.timeliness,
    title: 'KELENGKAPAN DAN KETEPATAN WAKTU LAPORAN PUSKESMAS',
    columns: [{ header: 'Kode', width: 14 }, { header: 'Puskesmas', width: 22 }, { header: 'Status', width: 20 }, { header: 'Dibuat', width: 22 }, { header: 'Menurut', width: 17 }, { header: 'Tepat waktu', width: 11 }, { header: 'File', width: 30, wrap: true }],
    rows,
    footer: [
      ['Kelengkapan', `${received} dari ${expected} (${percentText(received, expected)})${notFinal > 0 ? `; ${notFinal} di antaranya belum final` : ''}${empty > 0 ? `; ${empty} di antaranya bulan kosong (tanpa dosis maupun stok vaksin, angkanya tidak dijumlahkan)` : ''}`],
      ['Ketepatan', `${onTime} dari ${expected} (${percentText(onTime, expected)})`],
      [`Tepat waktu = diterima paling lambat tanggal ${result.deadline.slice(8, 10)}-${result.deadline.slice(5, 7)}-${result.deadline.slice(0, 4)} (tanggal 10 bulan berikutnya), menurut cap waktu laporan atau tanggal file bila cap tidak ada.`],
    ],
  });
}

/** "91,7%": a percentage written the Indonesian way, for sentences. */
export function percentText(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1).replace('.', ',')}%` : '-';
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
