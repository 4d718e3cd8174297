import { formatMonthId } from '../domain/dates/formatId';
import { isEmptyMonth } from '../domain/reports/monthData';
import { MonthlyReportResult } from './monthlyReport';
import { doseLabel } from '../sheets/reports/context';
import { NOT_COMPUTABLE, notFinalBanner } from '../sheets/reportFrame';
import { measuredInputs } from '../domain/reports/feeds';
import { DropOutPair, dropOutLabel } from '../domain/programme/dropOutPairs';
import { LAST_YEAR_INPUT } from '../domain/quality/lastYear';

/** "82,8%": one decimal is what a report reader compares. */
const flag = (f: string | null) => (f === 'tinggi' ? ' (tinggi)' : f === 'negatif' ? ' (negatif: periksa data)' : '');
const pct = (v: number | null) => (v === null ? '-' : `${(Math.round(v * 1000) / 10).toLocaleString('id-ID')}%`);

/**
 * A few lines a Kepala Puskesmas reads first, in Bahasa Indonesia: coverage against the target
 * line, desa status, drop-out, vaccine running short, and how many findings. The CLI prints
 * them; the pane shows them above the findings list.
 */
export function reportSummary(result: MonthlyReportResult): string[] {
  const { immunization, settings, dataLaporan, computability } = result.model;
  // A figure whose inputs are broken is named as such, never printed as a number.
  const blocked = (indicators: readonly string[]) => computability.reasonAny(indicators) !== null;
  const cakupan = (k: string) => (blocked(measuredInputs(k)) ? NOT_COMPUTABLE : pct(total.lines[k]?.cakupan ?? null));
  const dropOut = (p: DropOutPair) => {
    const d = total.dropOut[p.key];
    return `${dropOutLabel(p)}: ${blocked([p.from, p.to]) ? NOT_COMPUTABLE : `${pct(d.rate)}${flag(d.flag)}`}`;
  };
  const total = immunization.total;
  // The target line of the antigen PWS watches per desa (every infant dose has the same by default).
  const line = total.lines[settings.rankedAntigen]?.targetLine ?? null;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const status = new Map<string, number>();
  for (const r of immunization.rows) {
    const s = r.lines[settings.rankedAntigen]?.status;
    if (s) status.set(s, (status.get(s) ?? 0) + 1);
  }
  const month = formatMonthId(immunization.year, immunization.month);
  const empty = isEmptyMonth(result.model.data) ? ` Belum ada data ${month}: tidak ada tanggal imunisasi di register, baris Imunisasi Luar maupun baris Stok Vaksin bulan ini, jadi angka bulan ini 0 karena datanya belum diisi, bukan karena tidak ada kegiatan.` : '';
  const notFinal = notFinalBanner(computability.errorCount);
  const reasons = computability.indicators().map((i) => `${doseLabel(i)} (${computability.problems(i)})`);
  return [
    ...(notFinal ? [notFinal] : []),
    `Laporan imunisasi ${month} — Puskesmas ${dataLaporan.namaPuskesmas || '(tanpa nama)'} (${dataLaporan.kodePuskesmas || '-'}), ${immunization.rows.filter((r) => r.row !== null).length} kelurahan.${empty}`,
    `Cakupan kumulatif puskesmas (garis target ${pct(line)}): ${settings.pwsAntigens.map((k) => `${doseLabel(k)} ${cakupan(k)}`).join(', ')}.`,
    empty
      ? `Status desa ${doseLabel(settings.rankedAntigen)}: tidak dinilai, bulan ini belum berisi data.`
      : blocked(measuredInputs(settings.rankedAntigen))
        ? `Status desa ${doseLabel(settings.rankedAntigen)}: ${NOT_COMPUTABLE}.`
        : `Status desa ${doseLabel(settings.rankedAntigen)}: ${['Baik', 'Cukup', 'Kurang', 'Jelek'].map((s) => `${s} ${status.get(s) ?? 0}`).join(', ')}.`,
    // The records' drop-out lines in the workbook's schedule: "Drop-out DPT-HB-Hib 1→3: 4,2%; DPT-HB-Hib 1→MR 1: …".
    ...(immunization.dropOutPairs.length > 0 ? [`Drop-out ${immunization.dropOutPairs.map(dropOut).join('; ')}.`] : []),
    ...(reasons.length > 0 ? [`Tidak dapat dihitung: ${reasons.join('; ')}.`] : []),
    stockLine(result, month),
    `Temuan data: ${errors} error, ${warnings} peringatan.`,
  ];
}

/**
 * What the stock rows of the month say, and nothing more: no statement about a vaccine without
 * its stock row (issue 11 item 6), none at all without any.
 */
function stockLine(result: MonthlyReportResult, month: string): string {
  const { stock, data } = result.model;
  if (data.stockRows === 0) return `Stok vaksin: belum ada baris Stok Vaksin untuk ${month}, sehingga kecukupan stok tidak dinilai.`;
  const lines = stock.lines.filter((l) => l.group !== null);
  const short = lines.filter((l) => l.sisaBulan !== null && l.sisaBulan < 1).map((l) => l.kode);
  const unknown = lines.filter((l) => l.sisaBulan === null).map((l) => l.kode);
  const notJudged = unknown.length > 0 ? ` Tidak dinilai (tanpa baris stok ${month} atau tanpa stok akhir/pemakaian): ${unknown.join(', ')}.` : '';
  if (short.length > 0) return `Stok vaksin cukup kurang dari sebulan: ${short.join(', ')}.${notJudged}`;
  if (unknown.length > 0) return `Stok vaksin yang tercatat cukup untuk sebulan atau lebih.${notJudged}`;
  return 'Stok setiap vaksin cukup untuk sebulan atau lebih.';
}

/**
 * The pane's one-line outcome: the report's first line, and before it the BELUM FINAL banner
 * when there is one (a not-final report must not read like a final one).
 */
export function reportHeadline(result: MonthlyReportResult): string {
  const lines = reportSummary(result);
  return lines.slice(0, notFinalBanner(result.model.computability.errorCount) ? 2 : 1).join(' ');
}

/**
 * The pane's sentence on Kualitas Data's comparison over time: made (against which month, how
 * many findings), or not made and how to add last year's report.
 */
export function lastYearHeadline(result: MonthlyReportResult): string {
  const { quality, immunization } = result.model;
  const lastYear = formatMonthId(immunization.year - 1, immunization.month);
  const check = quality.checks.find((c) => c.kind === 'beda_tahun_lalu');
  if (!check?.ran) return `Kualitas Data tanpa perbandingan dengan tahun lalu: pilih laporan ${lastYear} di "${LAST_YEAR_INPUT}" untuk membandingkannya.`;
  const n = quality.findings.filter((f) => f.kind === 'beda_tahun_lalu').length;
  return `Kualitas Data dibandingkan dengan laporan ${lastYear}: ${n === 0 ? 'tidak ada angka yang' : `${n} angka`} jauh berbeda dari tahun lalu.`;
}
