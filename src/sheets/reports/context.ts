import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { ReportSettings } from '../../domain/reports/settings';
import { formatStampId, GenerationStamp } from '../../domain/reports/stamp';
import { INFANT_DOSES, BIAS_DOSES } from '../../domain/antigens';
import { formatMonthId, monthNameId } from '../../domain/dates/formatId';
import { ReportMeta } from '../reportFrame';
import { SpecCell } from '../spec';

/** What every report layout needs besides its model. */
export interface LayoutContext {
  puskesmas: Puskesmas | null;
  year: number;
  month: number;
  today: IsoDate;
  generatedAt: GenerationStamp;
  settings: ReportSettings;
  /** On every sheet of the report (ReportMeta.notice), e.g. that the month has no data. */
  notice?: string | null;
  /** On the stock sheet when the month has no Stok Vaksin row (and no notice above says more). */
  stockNotice?: string | null;
}

export const SCHEME_LABEL = { td: 'Skema Td terkini', tt2005: 'Skema 2005 (TT)' } as const;

export function meta(ctx: LayoutContext, sources: string, period = formatMonthId(ctx.year, ctx.month)): ReportMeta {
  return { generatedAt: formatStampId(ctx.generatedAt), period, sources, preset: SCHEME_LABEL[ctx.puskesmas?.skema ?? 'td'], notice: ctx.notice ?? null };
}

export const monthName = (month: number) => monthNameId(month);

const HEADERS = new Map<string, string>([
  ...[...INFANT_DOSES, ...BIAS_DOSES].map((d) => [d.key, d.header] as [string, string]),
  ['idl', 'IDL'],
  ['bumil_t1', 'Td1 bumil'],
  ['bumil_t2plus', 'T2+ bumil'],
  ...[1, 2, 3, 4, 5].flatMap((n): [string, string][] => [[`wus_t${n}`, `WUS T${n}`], [`caten_t${n}`, `Caten T${n}`]]),
]);
/** The header users know for a dose key ("DPT-HB-Hib 1"). */
export function doseLabel(key: string): string {
  return HEADERS.get(key) ?? key;
}

/** A fraction for a % cell, or "-" when there is no denominator (text never meets a number rule). */
export const pct = (v: number | null): SpecCell => (v === null ? '-' : v);
export const num = (v: number | null): SpecCell => (v === null ? '-' : v);

/** "90%", "7,5%", "1,75%" */
export function percentText(v: number): string {
  return `${(Math.round(v * 10000) / 100).toLocaleString('id-ID')}%`;
}
