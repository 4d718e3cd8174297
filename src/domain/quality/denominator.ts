import { QualityFinding } from './types';
import { doseLabel, QualityUnit } from './units';
import { formatCount, formatPercent } from './format';

export interface DenominatorOptions {
  /** 1–12: births January … M are annualised as births × 12 / M. */
  month: number;
  /** "Januari–Desember 2025" */
  period: string;
}

/**
 * Coverage above 100% (WHO data-quality review, "external comparison of denominators"): the
 * sasaran is wrong, or people come from outside the area, or doses are counted twice. The
 * register's own births (January … M, annualised) beside the sasaran tell which: more births
 * than sasaran points at the sasaran; fewer points at the doses. One finding per place.
 */
export function checkDenominators(units: readonly QualityUnit[], options: DenominatorOptions): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const unit of units) {
    const above = Object.keys(unit.kumulatif)
      .map((key) => ({ key, n: unit.kumulatif[key], s: unit.sasaran[key] }))
      .filter((x): x is { key: string; n: number; s: number } => x.s !== null && x.s !== undefined && x.s > 0 && x.n > x.s)
      .sort((a, b) => b.n / b.s - a.n / a.s);
    if (above.length === 0) continue;
    const top = above[0];
    const sasaran = top.s;
    const listed = above.slice(0, 4).map((x) => `${doseLabel(x.key)} ${formatPercent(x.n / x.s)}`).join(', ') + (above.length > 4 ? `, dan ${above.length - 4} lainnya` : '');
    let figures = `sasaran ${formatCount(sasaran)} · ${doseLabel(top.key)} ${formatCount(top.n)} dosis`;
    let look: string;
    if (unit.births !== null) {
      const yearly = (unit.births * 12) / options.month;
      figures += ` · kelahiran di register ${formatCount(unit.births)}${options.month < 12 ? ` (≈ ${formatCount(yearly)} setahun)` : ''}`;
      look =
        yearly >= sasaran
          ? `Register mencatat ${formatCount(unit.births)} kelahiran pada ${options.period}${options.month < 12 ? ` (≈ ${formatCount(yearly)} setahun)` : ''}, tidak kurang dari sasaran ${formatCount(sasaran)}: sasaran bayi tampaknya terlalu kecil. Perbarui Sasaran Bayi di sheet Kelurahan (data kelahiran Dukcapil atau proyeksi Dinkes).`
          : `Kelahiran di register (${formatCount(unit.births)}${options.month < 12 ? `, ≈ ${formatCount(yearly)} setahun` : ''}) di bawah sasaran ${formatCount(sasaran)}, jadi kelebihan dosis bukan karena sasaran: periksa Kode Kelurahan bayi dari luar wilayah di Register Bayi, baris Imunisasi Luar yang juga tercatat di register, dan baris ganda.`;
    } else {
      look = `Bandingkan sasaran dengan kelahiran yang tercatat di Register Bayi puskesmas: bila kelahiran lebih banyak, sasaran perlu diperbarui; bila tidak, periksa bayi dari luar wilayah dan dosis yang tercatat dua kali.`;
    }
    out.push({ kind: 'cakupan_di_atas_100', place: unit.place, subject: listed, figures, message: `cakupan kumulatif ${doseLabel(top.key)} ${formatPercent(top.n / sasaran)} dari sasaran (${options.period}); cakupan di atas 100% berarti sasaran salah, ada bayi dari luar wilayah, atau dosis terhitung dua kali.`, look });
  }
  return out;
}
