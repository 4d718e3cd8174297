import { TargetSheet } from '../programme/readTargetSheet';
import { targetIndicator } from '../programme/targetIndicators';
import { ProgrammeTargets } from '../programme/targets';
import { resolveReportSettings, targetSheetOverrides } from '../reports/settings';
import { DistrictTargets, MergeFinding, MergeFindingCode } from './types';

export type { DistrictTargets } from './types';

/** What the district sheets say when the district gave no targets. */
export const DEFAULT_TARGETS_TEXT = 'target bawaan Kemenkes';

const SHEET_CODES = new Set<MergeFindingCode>(['TARGET_INVALID', 'TARGET_UNKNOWN', 'TARGET_DUPLICATE', 'TARGET_MISSING']);

/** The district's targets for `year` from its Target sheet (null: the Kemenkes defaults). */
export function districtTargets(sheet: TargetSheet | null, year: number, file: string | null = null): DistrictTargets {
  const { overrides, source } = targetSheetOverrides(sheet, year);
  const settings = resolveReportSettings(overrides);
  const targets: ProgrammeTargets = { annual: settings.annual, uciThreshold: settings.uciThreshold, dropOutThreshold: settings.dropOutThreshold };
  const where = file ? `${file}, sheet ${sheet?.sheet}` : `sheet ${sheet?.sheet}`;
  const findings: MergeFinding[] = (sheet?.findings ?? []).map((f) => ({
    file: file ?? '',
    code: SHEET_CODES.has(f.code as MergeFindingCode) ? (f.code as MergeFindingCode) : 'TARGET_INVALID',
    severity: f.severity === 'error' ? 'error' : 'warning',
    message: `Target kabupaten/kota (${file ?? 'buku kerja Dinkes'}): ${f.message}`,
  }));
  if (sheet && !sheet.years.has(year)) {
    findings.push({ file: file ?? '', code: 'TARGET_MISSING', severity: 'warning', message: `Target kabupaten/kota: ${where} tidak punya kolom tahun ${year}, sehingga laporan kabupaten/kota memakai ${DEFAULT_TARGETS_TEXT}. Tambahkan kolom berjudul ${year}.` });
  }
  return { targets, sheet: sheet?.sheet ?? null, file, year, fromSheet: source.fromSheet, findings };
}

/** The Kemenkes defaults, said as such: the district gave no Target sheet. */
export function defaultDistrictTargets(year: number): DistrictTargets {
  return districtTargets(null, year);
}

/** "90%", "7,5%" */
function percent(v: number): string {
  return `${(Math.round(v * 10000) / 100).toLocaleString('id-ID')}%`;
}

/** Which targets the district sheets use, as one sentence for their footers. */
export function districtTargetText(t: DistrictTargets): string {
  if (t.fromSheet.length === 0) {
    const why = t.sheet === null ? 'Dinkes tidak memberi sheet Target' : `sheet ${t.sheet} tidak berisi nilai tahun ${t.year}`;
    return `Target yang dipakai: ${DEFAULT_TARGETS_TEXT} (${why}).`;
  }
  const at = `${t.file ? `${t.file}, ` : ''}sheet ${t.sheet}, kolom tahun ${t.year}`;
  return `Target yang dipakai: target kabupaten/kota (${at}) untuk ${t.fromSheet.map((k) => targetIndicator(k)?.label ?? k).join(', ')}; selebihnya ${DEFAULT_TARGETS_TEXT}.`;
}

const COMPARED = (t: ProgrammeTargets): Record<string, number> => ({ ...t.annual, uciThreshold: t.uciThreshold, dropOutThreshold: t.dropOutThreshold });

/**
 * TARGET_DIFFERS: the targets a puskesmas's report was made with (its Data Laporan's target
 * rows) that differ from the district's. The district tables follow the district's; the
 * puskesmas's own sheets (PWS lines, status, UCI) followed its own, so the two are not mixed
 * silently. Null when they agree or the report carries none.
 */
export function targetDifferences(file: string, nama: string, kode: string, reported: Readonly<Record<string, number>> | undefined, district: DistrictTargets): MergeFinding | null {
  if (!reported) return null;
  const ours = COMPARED(district.targets);
  const differs = Object.entries(reported)
    .filter(([key, v]) => key in ours && Math.abs(ours[key] - v) > 1e-9)
    .map(([key, v]) => `${targetIndicator(key)?.label ?? key} ${percent(v)} (kabupaten/kota ${percent(ours[key])})`);
  if (differs.length === 0) return null;
  const districtSide = district.fromSheet.length > 0 ? 'target kabupaten/kota' : DEFAULT_TARGETS_TEXT;
  return {
    file,
    code: 'TARGET_DIFFERS',
    severity: 'warning',
    message: `${file}: laporan ${nama} (${kode}) dibuat dengan target yang berbeda dari ${districtSide}: ${differs.join('; ')}. Tabel kabupaten/kota memakai ${districtSide}; garis target, status desa dan desa UCI di laporan puskesmas itu mengikuti targetnya sendiri. Samakan sheet Target puskesmas dengan target kabupaten/kota lalu minta laporan ulang.`,
  };
}
