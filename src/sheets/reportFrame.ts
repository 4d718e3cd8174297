import { Puskesmas } from '../domain/registers/types';
import { RangeStyle, SpecCell } from './spec';

/**
 * Cell A1 of every sheet the add-in generates starts with this text. It is how a writer
 * knows a sheet is its own (and may be replaced whole) and how a person knows not to type in
 * it; a sheet whose A1 does not start with it is never overwritten.
 */
export const GENERATED_MARK = 'Dibuat otomatis oleh Add-in Imunisasi';

export function isGeneratedMark(a1: unknown): boolean {
  return typeof a1 === 'string' && a1.startsWith(GENERATED_MARK);
}

/** What every report says about itself (DESIGN.md: period, sources, rule preset, when made). */
export interface ReportMeta {
  /** When the report was made, already formatted for people, e.g. "25-11-2026 10:15 WIB". */
  generatedAt: string;
  /** The period in words, e.g. "Oktober 2025" or "Tahun 2025". */
  period: string;
  /** Source sheets, e.g. "Register Bayi, Imunisasi Luar". */
  sources: string;
  /** Rule preset, e.g. "Skema Td terkini". */
  preset?: string;
  /** A plain notice about the data, e.g. the month has none: a row of its own under the description. */
  notice?: string | null;
}

export const TITLE_STYLE = { bold: true, fontSize: 14 } as const;
export const HEADER_FILL = '#DDEBF7';
export const MARK_STYLE = { italic: true, fontSize: 8, fontColor: '#7F7F7F' } as const;
/** ReportMeta.notice: dark text on amber, bold, wrapped, over the sheet's width. */
export const NOTICE_STYLE = { bold: true, fontSize: 10, fill: '#FFEB9C', fontColor: '#7F6000', wrap: true, vertical: 'top' } as const;

/**
 * The top block of a report sheet: marker line, title, the puskesmas identity and the
 * report's own description. Returns the rows and their styles; the table starts below.
 */
export function reportHeader(title: string, puskesmas: Puskesmas | null, meta: ReportMeta): { rows: SpecCell[][]; styles: RangeStyle[] } {
  const identity = puskesmas
    ? `Puskesmas ${puskesmas.nama} (${puskesmas.kode}) · Kec. ${puskesmas.kecamatan} · ${puskesmas.kabupaten} · ${puskesmas.provinsi}`
    : 'Identitas puskesmas belum diisi (sheet Puskesmas)';
  const about = [`Periode: ${meta.period}`, `Sumber: ${meta.sources}`, ...(meta.preset ? [`Aturan: ${meta.preset}`] : [])].join(' · ');
  const rows: SpecCell[][] = [
    [`${GENERATED_MARK} pada ${meta.generatedAt}. Sheet ini diganti utuh setiap kali laporan dibuat ulang; jangan mengetik di sini.`],
    [title],
    [identity],
    [about],
  ];
  const styles: RangeStyle[] = [
    { range: 'A1', style: MARK_STYLE },
    { range: 'A2', style: TITLE_STYLE },
    { range: 'A3:A4', style: { fontSize: 10 } },
  ];
  if (meta.notice) {
    rows.push([meta.notice]);
    styles.push({ range: `A${rows.length}`, style: NOTICE_STYLE });
  }
  return { rows, styles };
}
