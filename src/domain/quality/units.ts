import { INFANT_DOSES } from '../antigens';
import { DataLaporan, TOTAL } from '../dataLaporan/types';
import { ImmunizationReport, ImmunizationRow } from '../reports/immunization';

/**
 * One place whose figures are checked: a kelurahan or the puskesmas total, from the monthly
 * report's model or from a Data Laporan (at Dinkes). Counts are January … M of the year.
 */
export interface QualityUnit {
  place: string;
  /** Cumulative doses by dose key (hb0, dpt1, …, idl); a key absent here is not checked. */
  kumulatif: Record<string, number>;
  /** The denominator of each key; null when unknown. */
  sasaran: Record<string, number | null>;
  /** Babies born January … M recorded in Register Bayi; null when not known (Data Laporan). */
  births: number | null;
  /** Register rows that hold the later dose but no date of the earlier one, by "earlier>later". */
  withoutPrevious?: Record<string, number[]>;
  /**
   * Babies whose later dose falls in January … M but whose earlier dose was given last year,
   * by "earlier>later": they make the later dose exceed the earlier one without any error.
   */
  carriedOver?: Record<string, number>;
}

/** Infant doses and IDL: the figures checked for consistency and coverage. */
export const CHECKED_KEYS = [...INFANT_DOSES.map((d) => d.key), 'idl'];

const LABELS = new Map<string, string>([...INFANT_DOSES.map((d) => [d.key, d.header] as const), ['idl', 'IDL']]);

export function doseLabel(key: string): string {
  return LABELS.get(key) ?? key;
}

/** The report's kelurahan rows and its total ("Puskesmas"). */
export function unitsOfReport(report: ImmunizationReport, births?: (kode: string | null) => number | null, withoutPrevious?: (kode: string | null) => { rows: Record<string, number[]>; carried: Record<string, number> }): QualityUnit[] {
  const unit = (r: ImmunizationRow, place: string, kode: string | null): QualityUnit => {
    const kumulatif: Record<string, number> = {};
    const sasaran: Record<string, number | null> = {};
    for (const key of CHECKED_KEYS) {
      const line = r.lines[key];
      if (!line) continue;
      kumulatif[key] = line.kumulatif.total;
      sasaran[key] = line.sasaran;
    }
    const gaps = withoutPrevious?.(kode);
    return { place, kumulatif, sasaran, births: births?.(kode) ?? null, withoutPrevious: gaps?.rows, carriedOver: gaps?.carried };
  };
  return [...report.rows.map((r) => unit(r, `${r.nama} (${r.kode})`, r.kode)), unit(report.total, 'Puskesmas', null)];
}

/** A Data Laporan's kelurahan rows and TOTAL, each place prefixed by the puskesmas name. */
export function unitsOfDataLaporan(data: DataLaporan): QualityUnit[] {
  const units = new Map<string, QualityUnit>();
  for (const row of data.rows) {
    const m = /^(.*)_kumulatif$/.exec(row.indikator);
    if (!m || !CHECKED_KEYS.includes(m[1])) continue;
    const place = row.kodeKelurahan === TOTAL ? data.namaPuskesmas || data.kodePuskesmas : `${data.namaPuskesmas || data.kodePuskesmas} · ${data.kelurahan[row.kodeKelurahan] ?? row.kodeKelurahan} (${row.kodeKelurahan})`;
    let unit = units.get(row.kodeKelurahan);
    if (!unit) units.set(row.kodeKelurahan, (unit = { place, kumulatif: {}, sasaran: {}, births: null }));
    unit.kumulatif[m[1]] = row.nilai;
    unit.sasaran[m[1]] = row.sasaran;
  }
  // Kelurahan first, the puskesmas total last (as on the monthly sheet).
  const total = units.get(TOTAL);
  return [...[...units.entries()].filter(([k]) => k !== TOTAL).map(([, u]) => u), ...(total ? [total] : [])];
}
