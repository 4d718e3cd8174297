import { QualityFinding } from './types';
import { doseLabel } from './units';
import { formatCount, formatPercent } from './format';

/**
 * Consistency over time (WHO data-quality review, Module 1: this year against the years
 * before, flagged beyond ±33%, the review's default threshold): January … M this year
 * against January … M last year, from last year's report of the same month.
 */
export const LAST_YEAR_TOLERANCE = 0.33;

/** The name of the input that takes last year's report in the pane and the page (the CLI's is --tahun-lalu). */
export const LAST_YEAR_INPUT = 'Laporan bulan yang sama tahun lalu (opsional)';

/** Why the comparison over time did not run, and how to make it run in each front door. */
export function lastYearNotGiven(period: string, cliArgument: string): string {
  return `laporan ${period} tidak diberikan; untuk membandingkan, pilih file laporan itu di "${LAST_YEAR_INPUT}" pada panel atau halaman, atau pakai --tahun-lalu ${cliArgument} pada baris perintah`;
}
/** Below this many doses in both years a ratio says nothing. */
export const LAST_YEAR_MIN_DOSES = 10;

export interface YearComparison {
  place: string;
  /** Dose key → cumulative doses January … M this year. */
  current: Record<string, number>;
  /** The same from last year's report. */
  lastYear: Record<string, number>;
  /** "Januari–Desember" */
  months: string;
  year: number;
}

export function checkLastYear(c: YearComparison): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const key of Object.keys(c.current)) {
    const now = c.current[key];
    const before = c.lastYear[key];
    if (before === undefined || Math.max(now, before) < LAST_YEAR_MIN_DOSES) continue;
    const change = before > 0 ? now / before - 1 : Number.POSITIVE_INFINITY;
    if (Math.abs(change) <= LAST_YEAR_TOLERANCE) continue;
    const shown = Number.isFinite(change) ? `${change > 0 ? '+' : ''}${formatPercent(change)}` : 'dari 0';
    out.push({
      kind: 'beda_tahun_lalu',
      place: c.place,
      subject: `${doseLabel(key)}, ${c.months}`,
      figures: `${c.year}: ${formatCount(now)} · ${c.year - 1}: ${formatCount(before)} · perubahan ${shown}`,
      message: `${doseLabel(key)} ${c.months} ${c.year} (${formatCount(now)}) ${change > 0 ? 'naik' : 'turun'} ${shown.replace(/^[+-]/, '')} dari periode yang sama tahun ${c.year - 1} (${formatCount(before)}); lebih dari ±${formatPercent(LAST_YEAR_TOLERANCE)}.`,
      look:
        change > 0
          ? `Bila sasaran tidak banyak berubah: periksa baris ganda dan bayi luar wilayah di register ${c.year}, atau laporan ${c.year - 1} yang kurang lengkap.`
          : `Bila sasaran tidak banyak berubah: periksa apakah register ${c.year} sudah lengkap dientri (dosis dari buku kohort, posyandu, Imunisasi Luar), atau wilayah kerja yang berubah.`,
    });
  }
  return out;
}
