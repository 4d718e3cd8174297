import { monthNameId } from '../dates/formatId';
import { QualityFinding } from './types';
import { formatCount, formatDecimal, formatRows } from './format';
import { median, modifiedZScores, OUTLIER_Z } from './modifiedZ';

/** Doses of one antigen at one place, month by month (January … M). */
export interface MonthlySeries {
  place: string;
  subject: string;
  /** counts[0] is January. */
  counts: number[];
  /** Register rows behind each month's count (same indexing), when known. */
  rows?: number[][];
}

/** A modified z-score needs a few months to have a median worth the name. */
export const MIN_MONTHS = 4;
/** A month a few doses off is no data problem however small the other months are. */
export const MIN_DIFFERENCE = 5;

/**
 * Months far from the rest of the year (WHO data-quality review, "outliers"): modified z-score
 * above 3.5 and at least MIN_DIFFERENCE doses from the median. A high month is often a
 * double entry or a wrong year/month in a date; a low one a month not yet entered.
 */
export function checkMonthlyOutliers(series: readonly MonthlySeries[], year: number, sheet = 'Register Bayi'): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const s of series) {
    if (s.counts.length < MIN_MONTHS) continue;
    const z = modifiedZScores(s.counts);
    const med = median(s.counts);
    s.counts.forEach((n, i) => {
      if (Math.abs(z[i]) <= OUTLIER_Z || Math.abs(n - med) < MIN_DIFFERENCE) return;
      const month = `${monthNameId(i + 1)} ${year}`;
      const high = n > med;
      const rows = s.rows?.[i] ?? [];
      out.push({
        kind: 'pencilan_bulanan',
        place: s.place,
        subject: `${s.subject}, ${month}`,
        figures: `${month}: ${formatCount(n)} dosis · median Januari–${monthNameId(s.counts.length)}: ${formatDecimal(med)} · skor-z termodifikasi ${formatDecimal(z[i])}`,
        message: `${s.subject} ${month} (${formatCount(n)}) jauh ${high ? 'di atas' : 'di bawah'} bulan-bulan lain tahun ini (median ${formatDecimal(med)}).`,
        look: high
          ? `Periksa baris ${sheet} dengan tanggal ${s.subject} di ${month}${rows.length > 0 ? ` (baris ${formatRows(rows)})` : ''}: baris ganda, atau tanggal yang salah bulan/tahun. Bila memang ada kegiatan khusus (sweeping, BIAN), catat sebagai keterangan.`
          : `Periksa apakah ${sheet} dan Imunisasi Luar ${month} sudah lengkap dientri (buku register/kohort bulan itu), atau tanggal yang tercatat di bulan lain.`,
      });
    });
  }
  return out;
}

/**
 * At Dinkes a report holds only month M and January … M: month M is compared with the average
 * of the months before it as a count (Shewhart c-chart, limits mean ± 3√mean), and must also
 * differ by MIN_DIFFERENCE doses. Needs two earlier months.
 */
export function checkMonthAgainstEarlier(place: string, subject: string, bulanIni: number, kumulatif: number, month: number, year: number): QualityFinding | null {
  if (month < 3) return null;
  const mean = (kumulatif - bulanIni) / (month - 1);
  const difference = bulanIni - mean;
  if (Math.abs(difference) < MIN_DIFFERENCE || Math.abs(difference) <= 3 * Math.sqrt(mean)) return null;
  const period = `${monthNameId(month)} ${year}`;
  const high = difference > 0;
  return {
    kind: 'pencilan_bulanan',
    place,
    subject: `${subject}, ${period}`,
    figures: `${period}: ${formatCount(bulanIni)} dosis · rata-rata Januari–${monthNameId(month - 1)}: ${formatDecimal(mean)} · batas ${formatDecimal(Math.max(0, mean - 3 * Math.sqrt(mean)))}–${formatDecimal(mean + 3 * Math.sqrt(mean))}`,
    message: `${subject} ${period} (${formatCount(bulanIni)}) jauh ${high ? 'di atas' : 'di bawah'} rata-rata bulan sebelumnya (${formatDecimal(mean)}).`,
    look: high
      ? 'Minta puskesmas memeriksa baris register bulan ini: baris ganda atau tanggal salah bulan/tahun; atau konfirmasi kegiatan khusus (sweeping, BIAN).'
      : 'Minta puskesmas memeriksa apakah register bulan ini sudah lengkap dientri sebelum laporan dibuat.',
  };
}
