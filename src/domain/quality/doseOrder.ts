import { DROP_OUT_PAIRS, INFANT_SEQUENCES } from '../programme/doseIndex';
import { QualityFinding } from './types';
import { doseLabel, QualityUnit } from './units';
import { formatCount, formatPercent, formatRows } from './format';

/**
 * The doses of a series in the order they are given (Kemenkes schedule): cumulatively a dose
 * can never be given to more babies than the dose before it (WHO data-quality review,
 * "internal consistency": DTP1 ≥ DTP3). DPT-HB-Hib 4 and MR 2 belong to the baduta cohort
 * and are compared with nothing.
 */
export const DOSE_SEQUENCES: readonly (readonly string[])[] = INFANT_SEQUENCES;

/** The programme's drop-out indicators (DOMAIN.md "PWS"): (first − last) / first, from the dose records. */
export const DROP_OUTS: readonly (readonly [string, string])[] = DROP_OUT_PAIRS;

/**
 * How much a later dose may exceed the earlier one when the registers are not at hand (Dinkes):
 * babies born late last year had dose 1 then and dose 2 this year, about a month or two of
 * births, so up to `share` of the earlier dose (and at least `min` doses) is no finding.
 */
export interface OrderTolerance {
  share: number;
  min: number;
}

/** Dinkes's tolerance: 20% of the earlier dose, at least 5 doses. */
export const REPORT_ORDER_TOLERANCE: OrderTolerance = { share: 0.2, min: 5 };

/**
 * Internal consistency of each place: a later dose above the earlier one (cumulative January …
 * M), and a negative drop-out. Babies who had the earlier dose last year (carriedOver) explain
 * as much of the excess as their number, so only the rest is a finding. `period` is said in the messages ("Januari–Desember 2025");
 * `sheet` names the register to look in.
 */
export function checkDoseOrder(units: readonly QualityUnit[], period: string, sheet = 'Register Bayi', tolerance?: OrderTolerance): QualityFinding[] {
  const out: QualityFinding[] = [];
  // Without the registers the excess babies dosed last year explain is unknown: allow a share.
  const allowed = (unit: QualityUnit, earlier: string, later: string, a: number) => unit.carriedOver?.[`${earlier}>${later}`] ?? (tolerance ? Math.max(tolerance.min, tolerance.share * a) : 0);
  for (const unit of units) {
    for (const sequence of DOSE_SEQUENCES) {
      for (let i = 1; i < sequence.length; i++) {
        const [earlier, later] = [sequence[i - 1], sequence[i]];
        const a = unit.kumulatif[earlier];
        const b = unit.kumulatif[later];
        if (a === undefined || b === undefined || b - a <= allowed(unit, earlier, later, a)) continue;
        const rows = unit.withoutPrevious?.[`${earlier}>${later}`] ?? [];
        out.push({
          kind: 'urutan_dosis',
          place: unit.place,
          subject: `${doseLabel(earlier)} → ${doseLabel(later)}`,
          figures: `${doseLabel(earlier)}: ${formatCount(a)} · ${doseLabel(later)}: ${formatCount(b)}`,
          message: `${doseLabel(later)} (${formatCount(b)}) lebih banyak dari ${doseLabel(earlier)} (${formatCount(a)}) pada ${period}: setiap bayi yang mendapat ${doseLabel(later)} sudah lebih dulu mendapat ${doseLabel(earlier)}.`,
          look:
            (rows.length > 0 ? `${sheet} baris ${formatRows(rows)} berisi ${doseLabel(later)} tanpa tanggal ${doseLabel(earlier)}: isi tanggal ${doseLabel(earlier)}-nya (juga bila diberikan tahun lalu atau di tempat lain). ` : '') +
            `Periksa kolom ${doseLabel(earlier)} di ${sheet} dan Imunisasi Luar: dosis yang belum dicatat, atau ${doseLabel(later)} yang tercatat dua kali.`,
        });
      }
    }
    for (const [first, last] of DROP_OUTS) {
      const a = unit.kumulatif[first];
      const b = unit.kumulatif[last];
      if (a === undefined || b === undefined || b - a <= allowed(unit, first, last, a)) continue;
      const rows = unit.withoutPrevious?.[`${first}>${last}`] ?? [];
      const rate = a > 0 ? formatPercent((a - b) / a) : 'tidak terhingga';
      out.push({
        kind: 'drop_out_negatif',
        place: unit.place,
        subject: `Drop-out ${doseLabel(first)} – ${doseLabel(last)}`,
        figures: `${doseLabel(first)}: ${formatCount(a)} · ${doseLabel(last)}: ${formatCount(b)} · drop-out ${rate}`,
        message: `drop-out ${doseLabel(first)} – ${doseLabel(last)} negatif (${rate}): lebih banyak bayi mendapat ${doseLabel(last)} daripada ${doseLabel(first)} pada ${period}.`,
        look: `${rows.length > 0 ? `${sheet} baris ${formatRows(rows)} berisi ${doseLabel(last)} tanpa tanggal ${doseLabel(first)}. ` : ''}Drop-out negatif hampir selalu kesalahan data: cari bayi dengan ${doseLabel(last)} tetapi tanpa ${doseLabel(first)} di ${sheet}, dosis ${doseLabel(first)} di fasilitas lain yang belum masuk Imunisasi Luar, atau baris ganda.`,
      });
    }
  }
  return out;
}
