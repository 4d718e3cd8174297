import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { ReportSettings } from '../../domain/reports/settings';
import { formatStampId, GenerationStamp } from '../../domain/reports/stamp';
import { INDICATOR_DOSES } from '../../domain/programme/doseIndex';
import { STATUS_INDICATORS } from '../../domain/programme/statusIndicators';
import { formatMonthId, monthNameId } from '../../domain/dates/formatId';
import { Computability } from '../../domain/reports/computability';
import { measuredInputs, SasaranKey, sasaranIndicator, sasaranOf } from '../../domain/reports/feeds';
import { NOT_COMPUTABLE, notFinalBanner, ReportMeta } from '../reportFrame';
import { SpecCell } from '../spec';
import { TARGET_INDICATORS, targetIndicator } from '../../domain/programme/targetIndicators';
import { TD_RULES } from '../../domain/rules/presets';
import { doseHeader } from '../../domain/rules/doses';
import { formatInterval } from '../../domain/rules/interval';
import { Rules } from '../../domain/rules/types';

/** What every report layout needs besides its model. */
export interface LayoutContext {
  puskesmas: Puskesmas | null;
  year: number;
  month: number;
  today: IsoDate;
  generatedAt: GenerationStamp;
  settings: ReportSettings;
  /** Which figures cannot be computed and how many errors the registers hold (absent: all computable). */
  computability?: Computability;
  /** On every sheet of the report (ReportMeta.notice), e.g. that the month has no data. */
  notice?: string | null;
  /** On the stock sheet when the month has no Stok Vaksin row (and no notice above says more). */
  stockNotice?: string | null;
  /** The IDL and IBL definitions the status lines were counted with (absent: the preset's). */
  completeness?: Pick<Rules, 'idl' | 'ibl'>;
}

export const SCHEME_LABEL = { td: 'Skema Td terkini', tt2005: 'Skema 2005 (TT)' } as const;

export function meta(ctx: LayoutContext, sources: string, period = formatMonthId(ctx.year, ctx.month)): ReportMeta {
  return { generatedAt: formatStampId(ctx.generatedAt), period, sources, preset: SCHEME_LABEL[ctx.puskesmas?.skema ?? 'td'], banner: notFinalBanner(ctx.computability?.errorCount ?? 0), notice: ctx.notice ?? null };
}

/**
 * A figure as a report cell: the value, or "tidak dapat dihitung" when any of the
 * indicators it is made from cannot be computed at that kelurahan (TOTAL: the puskesmas).
 */
export function figure(ctx: LayoutContext, indicators: readonly string[], kode: string, value: SpecCell): SpecCell {
  return ctx.computability?.reasonAny(indicators, kode) ? NOT_COMPUTABLE : value;
}

/**
 * A figure measured against its sasaran (coverage, desa status, rank, UCI): "tidak dapat
 * dihitung" when its count or its sasaran cannot be computed at that kelurahan.
 */
export function measured(ctx: LayoutContext, key: string, kode: string, value: SpecCell): SpecCell {
  return figure(ctx, measuredInputs(key), kode, value);
}

/** A sasaran cell: "tidak dapat dihitung" when the Kelurahan/Sekolah cells behind it are broken. */
export function sasaranCell(ctx: LayoutContext, group: SasaranKey | null, kode: string, value: SpecCell): SpecCell {
  return group === null ? value : figure(ctx, [sasaranIndicator(group)], kode, value);
}

/**
 * The reasons behind the "tidak dapat dihitung" cells of these indicators (and of the sasaran
 * they are measured against), as one sentence; null when none.
 */
export function notComputableText(ctx: LayoutContext, keys: readonly string[]): string | null {
  const indicators = [...new Set(keys.flatMap((k) => [k, ...(sasaranOf(k) ? [sasaranIndicator(sasaranOf(k)!)] : [])]))];
  const lines = indicators.flatMap((i) => {
    const why = ctx.computability?.problems(i);
    return why ? [`${doseLabel(i)}: ${why}`] : [];
  });
  return lines.length === 0 ? null : `Sel "${NOT_COMPUTABLE}" (merah) tidak diisi angka karena datanya rusak atau tidak ada — ${lines.join(' · ')}. Perbaiki register lalu buat ulang laporan.`;
}

export const monthName = (month: number) => monthNameId(month);

const HEADERS = new Map<string, string>([
  // Dose columns by their header, dose indicators by their label (the dose records), then the status lines.
  ...INDICATOR_DOSES.flatMap((d): [string, string][] => [[d.key, d.header], [d.indicator.key, d.indicator.label]]),
  ...STATUS_INDICATORS.map((i): [string, string] => [i.key, i.label]),
  ...[1, 2, 3, 4, 5].flatMap((n): [string, string][] => [[`wus_t${n}`, `WUS T${n}`], [`caten_t${n}`, `Caten T${n}`]]),
]);
const STOCK_LABEL: Record<string, string> = { awal: 'Stok awal', diterima: 'Vial diterima', dipakai: 'Vial dipakai', rusak: 'Vial rusak/ED', akhir: 'Stok akhir', kumulatif: 'Vial dipakai sejak Januari' };
const SASARAN_LABEL: Record<string, string> = { bayi: 'Sasaran bayi', baduta: 'Sasaran baduta', bumil: 'Sasaran bumil', wus: 'Sasaran WUS', murid1: 'Murid kelas 1', murid2: 'Murid kelas 2', murid3: 'Murid kelas 3', murid5: 'Murid kelas 5', muridPerempuan5: 'Siswi kelas 5' };
/** The header users know for a dose key ("DPT-HB-Hib 1"). */
export function doseLabel(key: string): string {
  const served = /^stok\.(.+)\.dosis$/.exec(key);
  if (served) return `Dosis vaksin ${served[1]}`;
  const stock = /^stok\.(.+)\.([a-z]+)$/.exec(key);
  if (stock) return `${STOCK_LABEL[stock[2]] ?? stock[2]} ${stock[1]}`;
  const sasaran = /^(sasaran|rencana)\.(.+)$/.exec(key);
  if (sasaran) return `${SASARAN_LABEL[sasaran[2]] ?? sasaran[2]}${sasaran[1] === 'rencana' ? ' tahun rencana' : ''}`;
  return HEADERS.get(key) ?? key;
}

/** A fraction for a % cell, or "-" when there is no denominator (text never meets a number rule). */
export const pct = (v: number | null): SpecCell => (v === null ? '-' : v);
export const num = (v: number | null): SpecCell => (v === null ? '-' : v);

/** A target cell or text when the indicator has no target (TARGET_MISSING): said, never 100%. */
export const NO_TARGET = 'target belum ditetapkan';

/** "90%", or "target belum ditetapkan". */
export function targetText(v: number | null): string {
  return v === null ? NO_TARGET : percentText(v);
}

/** Which source the report's targets came from, as one sentence for the sheet's notes. */
export function targetSourceText(settings: ReportSettings): string {
  const src = settings.targetSource;
  if (!src || src.fromSheet.length === 0) {
    const why = !src || src.sheet === null ? 'buku kerja tidak punya sheet Target' : `sheet ${src.sheet} tidak berisi nilai tahun ${src.year}`;
    return `Sumber target dan persentase sasaran: nilai bawaan Kemenkes (${why}).`;
  }
  const all = TARGET_INDICATORS.every((t) => src.fromSheet.includes(t.key));
  const labels = src.fromSheet.map((k) => targetIndicator(k)?.label ?? doseLabel(k));
  return all
    ? `Sumber target dan persentase sasaran: sheet ${src.sheet}, kolom tahun ${src.year}.`
    : `Sumber target dan persentase sasaran: sheet ${src.sheet}, kolom tahun ${src.year} untuk ${labels.join(', ')}; selebihnya nilai bawaan Kemenkes.`;
}

/** What IDL, IBL and imunisasi rutin lengkap count, as the report's note says it. */
export function completenessText(ctx: LayoutContext): string {
  const rules = ctx.completeness ?? TD_RULES;
  const list = (doses: readonly string[]) => doses.map((d) => doseHeader('bayi', d)).join(', ');
  return `IDL: bayi yang mendapat ${list(rules.idl.doses)} sebelum umur ${formatInterval(rules.idl.before)}; IBL: anak yang mendapat ${list(rules.ibl.doses)} sebelum umur ${formatInterval(rules.ibl.before)}; imunisasi rutin lengkap: IDL dan IBL. Masing-masing dihitung pada bulan dosis terakhirnya (mesin status; daftar dosis: sheet Aturan "Dosis IDL" dan "Dosis IBL").`;
}

/** "90%", "7,5%", "1,75%" */
export function percentText(v: number): string {
  return `${(Math.round(v * 10000) / 100).toLocaleString('id-ID')}%`;
}
