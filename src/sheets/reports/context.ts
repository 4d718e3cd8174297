import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { ReportSettings } from '../../domain/reports/settings';
import { formatStampId, GenerationStamp } from '../../domain/reports/stamp';
import { INFANT_DOSES, BIAS_DOSES } from '../../domain/antigens';
import { formatMonthId, monthNameId } from '../../domain/dates/formatId';
import { Computability } from '../../domain/reports/computability';
import { NOT_COMPUTABLE, notFinalBanner, ReportMeta } from '../reportFrame';
import { SpecCell } from '../spec';

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

/** The reasons behind the "tidak dapat dihitung" cells of these indicators, as one sentence; null when none. */
export function notComputableText(ctx: LayoutContext, indicators: readonly string[]): string | null {
  const lines = indicators.flatMap((i) => {
    const why = ctx.computability?.problems(i);
    return why ? [`${doseLabel(i)}: ${why}`] : [];
  });
  return lines.length === 0 ? null : `Sel "${NOT_COMPUTABLE}" (merah) tidak diisi angka karena datanya rusak atau tidak ada — ${lines.join(' · ')}. Perbaiki register lalu buat ulang laporan.`;
}

export const monthName = (month: number) => monthNameId(month);

const HEADERS = new Map<string, string>([
  ...[...INFANT_DOSES, ...BIAS_DOSES].map((d) => [d.key, d.header] as [string, string]),
  ['idl', 'IDL'],
  ['bias_dt_k1', 'DT kelas 1'],
  ['bias_mr_k1', 'MR kelas 1'],
  ['bias_td_k2', 'Td/TT kelas 2'],
  ['bias_td_k3', 'Td/TT kelas 3'],
  ['bias_td_k5', 'Td kelas 5'],
  ['bias_hpv_k5', 'HPV kelas 5'],
  ['bumil_t1', 'Td1 bumil'],
  ['bumil_t2plus', 'T2+ bumil'],
  ...[1, 2, 3, 4, 5].flatMap((n): [string, string][] => [[`wus_t${n}`, `WUS T${n}`], [`caten_t${n}`, `Caten T${n}`]]),
]);
/** The header users know for a dose key ("DPT-HB-Hib 1"). */
export function doseLabel(key: string): string {
  const served = /^stok\.(.+)\.dosis$/.exec(key);
  if (served) return `Dosis vaksin ${served[1]}`;
  return HEADERS.get(key) ?? key;
}

/** A fraction for a % cell, or "-" when there is no denominator (text never meets a number rule). */
export const pct = (v: number | null): SpecCell => (v === null ? '-' : v);
export const num = (v: number | null): SpecCell => (v === null ? '-' : v);

/** "90%", "7,5%", "1,75%" */
export function percentText(v: number): string {
  return `${(Math.round(v * 10000) / 100).toLocaleString('id-ID')}%`;
}
