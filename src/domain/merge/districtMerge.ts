import { formatMonthId } from '../dates/formatId';
import { formatStampId } from '../reports/stamp';
import { isNotFinal, TOTAL } from '../dataLaporan/types';
import { INDICATORS, stockIndicator } from '../dataLaporan/indicators';
import { VACCINES } from '../programme/vaccines';
import { listTextId } from '../programme/dropOutPairs';
import { reportDeadline, onTime } from './deadline';
import { notReportedDropOuts, notReportedGroups } from './notReported';
import { defaultDistrictTargets, DistrictTargets, targetDifferences } from './districtTargets';
import { DistrictResult, ExpectedPuskesmas, IndicatorValue, MergeFinding, PuskesmasSummary, ReceivedReport } from './types';

export interface MergeOptions {
  tahun: number;
  bulan: number;
  /** The district's list of puskesmas; without it every received puskesmas is expected. */
  expected?: readonly ExpectedPuskesmas[];
  /** The district's targets (its Target sheet); absent: the Kemenkes defaults, said as such. */
  targets?: DistrictTargets;
}

const PER_KELURAHAN = new Set(INDICATORS.filter((i) => i.perKelurahan).map((i) => i.name));
/** The Data Laporan indicators every report of a schedule carries (stock lines are per vaccine code, checked by the stock sheet). */
const KNOWN = new Set(INDICATORS.map((i) => i.name));
/** The programme's vaccine codes: a report carries the doses of each of its stock lines unless its schedule does not give the vaccine. */
const VACCINE_CODES: ReadonlySet<string> = new Set(VACCINES.map((v) => v.code));
const STOCK_NAME = /^stok\.(.+)\.([^.]+)$/;

/**
 * The stok.<KODE>.dosis of each programme vaccine whose stock a report carries without its
 * doses (its Jadwal Imunisasi does not give the vaccine: vaccineStock.ts outOfSchedule): not reported, never 0.
 */
function stockDosesAbsent(p: PuskesmasSummary): string[] {
  const codes = new Set<string>();
  for (const name of [...p.totals.keys(), ...p.blocked.keys()]) {
    const m = STOCK_NAME.exec(name);
    if (m && VACCINE_CODES.has(m[1])) codes.add(m[1]);
  }
  return [...codes].map((code) => stockIndicator(code, 'dosis')).filter((name) => !p.totals.has(name) && !p.blocked.has(name));
}

/** Indicators measured against a sasaran (coverage = nilai ÷ sasaran). */
const MEASURED = new Set(INDICATORS.filter((i) => i.denominator !== null).map((i) => i.name));

/**
 * Merges puskesmas reports into the district report, one report at a time, keeping only what
 * the district tables need (each puskesmas's TOTAL rows), so memory follows the number of
 * puskesmas, not the size of the files. Pure: the adapter reads files and hands reports in.
 * The result does not depend on the order reports are added.
 */
export class DistrictMerge {
  private readonly best = new Map<string, { summary: PuskesmasSummary; report: ReceivedReport }>();
  private readonly findings: MergeFinding[] = [];
  private readonly deadline: string;

  constructor(private readonly options: MergeOptions) {
    this.deadline = reportDeadline(options.tahun, options.bulan);
  }

  /** A file that could not be turned into a report, or a note on one that was (OLD_FORMAT): reported, the merge goes on. */
  reject(finding: MergeFinding): void {
    this.findings.push(finding);
  }

  add(report: ReceivedReport): void {
    const { data, file } = report;
    const period = formatMonthId(this.options.tahun, this.options.bulan);
    if (data.tahun !== this.options.tahun || data.bulan !== this.options.bulan) {
      this.findings.push({ file, code: 'WRONG_PERIOD', severity: 'error', message: `${file}: laporan ${data.namaPuskesmas} (${data.kodePuskesmas}) untuk ${formatMonthId(data.tahun, data.bulan)}, bukan ${period}. File tidak digabung; minta laporan ${period}.` });
      return;
    }
    const summary = this.summarise(report);
    const existing = this.best.get(data.kodePuskesmas);
    if (!existing) {
      this.best.set(data.kodePuskesmas, { summary, report });
      return;
    }
    // Keep the newest by generation stamp; ties go to the file name, so input order never matters.
    const newer = compareReports(summary, existing.summary) > 0;
    const [kept, dropped] = newer ? [summary, existing.summary] : [existing.summary, summary];
    if (newer) this.best.set(data.kodePuskesmas, { summary, report });
    this.findings.push({
      file: dropped.file,
      code: 'DUPLICATE_PUSKESMAS',
      severity: 'warning',
      message: `${dropped.file}: laporan ${data.namaPuskesmas} (${data.kodePuskesmas}) diterima lebih dari sekali; dipakai yang terbaru (${kept.file}, dibuat ${madeAt(kept.dated)}), file ini (dibuat ${madeAt(dropped.dated)}) diabaikan.`,
    });
  }

  result(): DistrictResult {
    const expected = this.options.expected
      ? [...this.options.expected]
      : [...this.best.values()].map(({ summary }) => ({ kode: summary.kode, nama: summary.nama })).sort((a, b) => a.kode.localeCompare(b.kode));
    const findings = [...this.findings];
    const listed = new Set(expected.map((e) => e.kode));
    const accepted: PuskesmasSummary[] = [];
    for (const { summary } of this.best.values()) {
      if (this.options.expected && !listed.has(summary.kode)) {
        findings.push({ file: summary.file, code: 'NOT_IN_LIST', severity: 'error', message: `${summary.file}: puskesmas ${summary.nama} (${summary.kode}) tidak ada di sheet Daftar Puskesmas. File tidak digabung; periksa kodenya atau tambahkan ke daftar.` });
        continue;
      }
      accepted.push(summary);
    }
    for (const e of expected) {
      if (!this.best.has(e.kode)) findings.push({ file: '', code: 'NOT_RECEIVED', severity: 'warning', message: `Laporan ${e.nama} (${e.kode}) belum diterima.` });
    }
    accepted.sort((a, b) => a.kode.localeCompare(b.kode));
    for (const p of accepted) if (p.notFinal) findings.push(notFinalFinding(p));
    for (const p of accepted) if (p.emptyMonth) findings.push(emptyMonthFinding(p, formatMonthId(this.options.tahun, this.options.bulan)));
    // A figure some reports carry and another does not (puskesmas on different schedules, an older
    // add-in) is marked on that puskesmas's line, and the district total of it is not a sum.
    const carried = new Set<string>();
    for (const p of accepted) for (const name of [...p.totals.keys(), ...p.blocked.keys()]) if (KNOWN.has(name)) carried.add(name);
    const notReportedBy = new Map<string, string[]>();
    for (const p of accepted) {
      const absent = [...[...carried].filter((name) => !p.totals.has(name) && !p.blocked.has(name)), ...stockDosesAbsent(p)].sort();
      p.notReported = new Set(absent);
      for (const name of absent) notReportedBy.set(name, [...(notReportedBy.get(name) ?? []), p.nama]);
      if (absent.length > 0) findings.push(notReportedFinding(p, absent));
    }
    // The district tables follow the district's targets; a report made with others is said, not mixed silently.
    const targets = this.options.targets ?? defaultDistrictTargets(this.options.tahun);
    findings.push(...targets.findings);
    for (const p of accepted) findings.push(...[targetDifferences(p.file, p.nama, p.kode, p.targets, targets)].filter((f): f is MergeFinding => f !== null));
    const totals = new Map<string, IndicatorValue>();
    for (const p of accepted) for (const [name, v] of p.totals) addTo(totals, name, v);
    // Never a silent sum: a district total that needs a figure a puskesmas could not compute is not computable either.
    const blockedBy = new Map<string, string[]>();
    for (const p of accepted) for (const name of p.blocked.keys()) blockedBy.set(name, [...(blockedBy.get(name) ?? []), p.emptyMonth ? `${p.nama} (bulan kosong)` : p.nama]);
    const blocked = new Map<string, string>();
    for (const [name, by] of blockedBy) {
      totals.delete(name);
      blocked.set(name, `tidak dapat dihitung di ${by.join(', ')}`);
    }
    // Not an error (a puskesmas may follow another schedule): the district total is left out, not made final or not.
    const notReported = new Map<string, string>();
    for (const [name, by] of notReportedBy) {
      totals.delete(name);
      notReported.set(name, `tidak dilaporkan oleh ${by.join(', ')}`);
    }
    // A coverage needs every puskesmas's sasaran: a report carrying a count without its sasaran (an
    // optional column left out) would put its doses over the other puskesmas's sasaran.
    const sasaranMissing = new Map<string, string>();
    for (const [name, v] of totals) {
      if (!MEASURED.has(name)) continue;
      const without = accepted.filter((p) => p.totals.has(name) && p.totals.get(name)!.sasaran === null).map((p) => p.nama);
      if (without.length === 0 || !accepted.some((p) => (p.totals.get(name)?.sasaran ?? null) !== null)) continue;
      totals.set(name, { nilai: v.nilai, sasaran: null });
      sasaranMissing.set(name, `sasaran tidak dilaporkan oleh ${without.join(', ')}`);
    }
    if (sasaranMissing.size > 0) {
      const what = [...sasaranMissing].map(([name, why]) => `${name} (${why})`).join('; ');
      findings.push({ file: '', code: 'SASARAN_MISSING', severity: 'warning', message: `Cakupan kabupaten/kota tidak dapat dihitung untuk ${what}: jumlahnya tetap dijumlahkan. Minta puskesmas tersebut mengisi sasarannya (mis. kolom Murid Perempuan Kelas 5 di sheet Sekolah) lalu mengirim ulang laporannya.` });
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
    return { tahun: this.options.tahun, bulan: this.options.bulan, puskesmas: accepted, totals, blocked, notReported, sasaranMissing, expected, deadline: this.deadline, findings, targets };
  }

  /** The TOTAL rows of a report, after checking that they equal the sum of its kelurahan rows. */
  private summarise({ data, file, fileDate, errors }: ReceivedReport): PuskesmasSummary {
    const totals = new Map<string, IndicatorValue>();
    const sums = new Map<string, IndicatorValue>();
    const kelurahan = new Set<string>();
    // Figures the puskesmas could not compute: their TOTAL is not computable, and their kelurahan rows do not add up to it.
    const blocked = new Map<string, string>();
    const partial = new Set<string>();
    for (const r of data.tidakDapatDihitung) {
      partial.add(r.indikator);
      if (r.kodeKelurahan === TOTAL) blocked.set(r.indikator, r.alasan);
      else kelurahan.add(r.kodeKelurahan);
    }
    for (const row of data.rows) {
      if (row.kodeKelurahan === TOTAL) {
        totals.set(row.indikator, { nilai: row.nilai, sasaran: row.sasaran });
      } else {
        kelurahan.add(row.kodeKelurahan);
        addTo(sums, row.indikator, row);
      }
    }
    const mismatched = [...sums.entries()].filter(([name, sum]) => PER_KELURAHAN.has(name) && !partial.has(name) && !sameValue(totals.get(name), sum));
    if (mismatched.length > 0) {
      const shown = mismatched.slice(0, 3).map(([name, sum]) => `${name}: total ${totals.get(name)?.nilai ?? 'tidak ada'}, jumlah kelurahan ${sum.nilai}`);
      this.findings.push({ file, code: 'TOTAL_MISMATCH', severity: 'error', message: `${file}: total ${data.namaPuskesmas} tidak sama dengan jumlah baris kelurahannya (${shown.join('; ')}${mismatched.length > 3 ? `; dan ${mismatched.length - 3} lainnya` : ''}). Dipakai jumlah kelurahan; minta puskesmas membuat ulang laporannya.` });
      // The kelurahan rows are the evidence; the district uses their sums.
      for (const [name, sum] of mismatched) totals.set(name, sum);
    }
    const datedBy = data.dibuat ? 'stamp' : fileDate ? 'file' : 'none';
    const dated = data.dibuat ?? fileDate;
    const notFinal = isNotFinal(data) ? { errors: data.jumlahError, problems: errors ?? [] } : null;
    // An empty month's zeros are data not entered yet, most likely: never summed as a month without activity.
    const emptyMonth = isEmptyMonth(totals, blocked);
    if (emptyMonth) {
      for (const name of [...totals.keys()]) {
        if (TIMELESS.has(name)) continue;
        totals.delete(name);
        blocked.set(name, `tidak dapat dihitung: ${EMPTY_MONTH_REASON}`);
      }
    }
    return { kode: data.kodePuskesmas, nama: data.namaPuskesmas, kabupaten: data.kabupaten, file, dated, datedBy, onTime: onTime(dated, this.deadline), kelurahanCount: kelurahan.size, totals, notFinal, emptyMonth, blocked, ...(data.targets ? { targets: data.targets } : {}) };
  }
}

/** Whether the district report is final: every puskesmas report final and with data, every total computable. */
export function isDistrictFinal(result: DistrictResult): boolean {
  return result.blocked.size === 0 && result.puskesmas.every((p) => !p.notFinal && !p.emptyMonth);
}

/** The figures of the month itself (those that also have a _kumulatif), from the Data Laporan's indicator list. */
const MONTH_FIGURES: readonly string[] = INDICATORS.filter((i) => INDICATORS.some((c) => c.name === `${i.name}_kumulatif`)).map((i) => i.name);

/** Figures that do not depend on the month's data (the number of kelurahan): kept for an empty month. */
const TIMELESS: ReadonlySet<string> = new Set(['desa']);
/** Why an empty month's figures are not summed (after "tidak dapat dihitung: "). */
export const EMPTY_MONTH_REASON = 'bulan kosong (laporan tidak berisi satu pun dosis maupun baris stok vaksin bulan ini)';

/**
 * A report whose month holds no dose, no Imunisasi Luar and no stock row: the puskesmas report
 * says "BELUM ADA DATA" on its sheets, but its Data Laporan only carries zeros. At Dinkes those
 * zeros would read as a month without any activity.
 */
function isEmptyMonth(totals: ReadonlyMap<string, IndicatorValue>, blocked: ReadonlyMap<string, string>): boolean {
  // A figure the puskesmas could not compute may hide the month's data.
  if (MONTH_FIGURES.some((name) => blocked.has(name))) return false;
  // A vaccine's stok.<KODE>.dosis is written for every vaccine of the schedule; its stock movements only from Stok Vaksin rows.
  const stockRow = /^stok\..+\.(?!dosis$)[^.]+$/;
  for (const [name, v] of totals) if (stockRow.test(name) || (name.startsWith('stok.') && v.nilai !== 0)) return false;
  return MONTH_FIGURES.every((name) => (totals.get(name)?.nilai ?? 0) === 0);
}

function emptyMonthFinding(p: PuskesmasSummary, month: string): MergeFinding {
  return {
    file: p.file,
    code: 'EMPTY_MONTH',
    severity: 'warning',
    message: `${p.file}: laporan ${p.nama} (${p.kode}) untuk ${month} tidak berisi satu pun dosis maupun baris stok vaksin bulan itu — kemungkinan register bulan ini belum diisi. Angkanya ditulis "tidak dapat dihitung" dan tidak dijumlahkan ke total kabupaten/kota (total yang memerlukannya juga "tidak dapat dihitung"); pastikan ke puskesmas lalu minta laporan ulang bila datanya menyusul.`,
  };
}

/** NOT_REPORTED: every figure the report lacks, grouped by kind (notReported.ts), never "and N more". */
function notReportedFinding(p: PuskesmasSummary, names: readonly string[]): MergeFinding {
  const dropOuts = notReportedDropOuts(names);
  const also = dropOuts.length > 0 ? ` Karena itu drop-out ${listTextId(dropOuts)} juga tertulis "tidak dilaporkan".` : '';
  return {
    file: p.file,
    code: 'NOT_REPORTED',
    severity: 'warning',
    message: `${p.file}: laporan ${p.nama} (${p.kode}) tidak memuat ${names.length} angka yang dimuat laporan puskesmas lain. ${notReportedGroups(names).join('. ')}.${also} Penyebabnya jadwal imunisasi lain (mis. Permenkes 12/2017 tanpa RV/PCV) atau add-in versi lama. Di tabel kabupaten/kota angka itu ditulis "tidak dilaporkan" untuk ${p.nama} dan total kabupaten/kotanya tidak dijumlahkan; bila puskesmas sudah memberi vaksin itu, minta memilih Jadwal Imunisasi "Kemenkes terkini" dan mengirim ulang.`,
  };
}

/** REPORT_NOT_FINAL: names the file, the errors behind it and each figure left out of the district totals. */
function notFinalFinding(p: PuskesmasSummary): MergeFinding {
  const mark = p.notFinal!;
  const parts = [mark.errors === null ? 'belum final' : `BELUM FINAL: ${mark.errors} error di register`];
  if (mark.problems.length > 0) parts.push(`antara lain ${mark.problems.join(', ')}`);
  if (p.emptyMonth) parts.push('bulannya kosong (lihat EMPTY_MONTH)');
  else if (p.blocked.size > 0) parts.push(`tidak dapat dihitung (tidak dijumlahkan ke total kabupaten/kota): ${[...p.blocked].map(([name, why]) => `${name} (${why.replace(/^tidak dapat dihitung: /, '')})`).join('; ')}`);
  return {
    file: p.file,
    code: 'REPORT_NOT_FINAL',
    severity: 'error',
    message: `${p.file}: laporan ${p.nama} (${p.kode}) ${parts.join('; ')}. Diterima tetapi belum dapat dipakai sebagai laporan final; minta puskesmas memperbaiki register lalu mengirim ulang laporannya.`,
  };
}

function addTo(map: Map<string, { nilai: number; sasaran: number | null }>, name: string, v: { nilai: number; sasaran: number | null }): void {
  const current = map.get(name);
  if (!current) map.set(name, { nilai: v.nilai, sasaran: v.sasaran });
  else map.set(name, { nilai: current.nilai + v.nilai, sasaran: current.sasaran === null && v.sasaran === null ? null : (current.sasaran ?? 0) + (v.sasaran ?? 0) });
}

function sameValue(a: { nilai: number; sasaran: number | null } | undefined, b: { nilai: number; sasaran: number | null }): boolean {
  return a !== undefined && Math.abs(a.nilai - b.nilai) < 1e-9 && (a.sasaran ?? 0) === (b.sasaran ?? 0);
}

/** Newer stamp wins; then the later file name, a stable tie-break. */
function compareReports(a: PuskesmasSummary, b: PuskesmasSummary): number {
  const at = a.dated === null ? '' : new Date(a.dated).toISOString();
  const bt = b.dated === null ? '' : new Date(b.dated).toISOString();
  return at.localeCompare(bt) || a.file.localeCompare(b.file);
}

/** A report's date for people: "05-01-2026 10:15 WIB", or that it has none. */
function madeAt(dated: string | null): string {
  return dated === null ? 'tanpa tanggal' : formatStampId(dated);
}
