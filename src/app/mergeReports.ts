import { DistrictMerge } from '../domain/merge/districtMerge';
import { DistrictResult, MergeFinding } from '../domain/merge/types';
import { districtSections, districtTargetKeys, NO_TARGET } from '../sheets/district/districtSheets';
import { DEFAULT_TARGETS_TEXT, defaultDistrictTargets } from '../domain/merge/districtTargets';
import { targetIndicator } from '../domain/programme/targetIndicators';
import { guardedSheets } from '../sheets/guardedSheets';
import { DISTRICT_QUALITY_SHEET, districtQualitySheet } from '../sheets/quality/districtQualitySheet';
import { VERIFICATION_SHEET, verificationSheet } from '../sheets/quality/verificationSheet';
import { reportTableSheet } from '../sheets/reportTable';
import { SheetSpec } from '../sheets/spec';
import { formatMonthId } from '../domain/dates/formatId';
import { registersToDataLaporan } from './monthlyReport';
import { districtQuality } from './districtQuality';
import { DistrictQuality } from '../domain/quality/types';
import type { MergeRun, MergeSource } from './mergeRun';
import { startOfDayStamp } from '../domain/dates/zoneClock';

export type { MergeRun, MergeSource } from './mergeRun';

/**
 * The Dinkes merge, shared by the CLI and the pane: files are read one at a time and only
 * their aggregates are kept, so memory follows the number of puskesmas, not of bytes. A file
 * is a puskesmas's monthly report (its Data Laporan sheet) or its full register workbook
 * (aggregated on the fly; names and NIK stay in it). A bad file becomes a finding and the
 * merge goes on.
 */
export async function mergeReports(sources: readonly MergeSource[], run: MergeRun): Promise<{ result: DistrictResult; specs: SheetSpec[]; quality: DistrictQuality }> {
  // The district's targets (its Target sheet), or the Kemenkes defaults said as such.
  const targets = run.targets ?? defaultDistrictTargets(run.tahun);
  const merge = new DistrictMerge({ ...run, targets });
  // The report of a register workbook carries no stamp (dibuat null: dated by its file), so
  // the stamp it is made with only dates sheets that are not kept: the reference date will do.
  // Dinkes makes it, so with the district's targets (its UCI desa count follows the district's threshold).
  const settings = { annual: targets.targets.annual, uciThreshold: targets.targets.uciThreshold, dropOutThreshold: targets.targets.dropOutThreshold };
  const fromRegisters = run.fromRegisters ?? registersToDataLaporan({ year: run.tahun, month: run.bulan, today: run.today, generatedAt: startOfDayStamp(run.today, run.zone), settings });
  const quality = districtQuality(run);
  await quality.readLastYear(run.lastYear ?? []);
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    run.onProgress?.(i, sources.length, source.name);
    const input = run.read(await source.bytes(), source.name, source.date, fromRegisters);
    if (!('report' in input)) {
      merge.reject(input.finding);
      continue;
    }
    for (const finding of input.findings ?? []) merge.reject(finding);
    // A register workbook waits: when its puskesmas's report also came, it only verifies it.
    if (input.report.recount) quality.holdRegisters(input.report);
    else {
      merge.add(input.report);
      quality.received(input.report);
    }
  }
  for (const registers of quality.registersToMerge()) {
    merge.add(registers);
    quality.received(registers, true);
  }
  run.onProgress?.(sources.length, sources.length, '');
  const result = merge.result();
  // A table indicator without any target: its cells say so (never a silent 0,9 or 100%), and so does a finding.
  for (const key of districtTargetKeys()) {
    if (targets.targets.annual[key] !== undefined) continue;
    const label = targetIndicator(key)?.label ?? key;
    result.findings.push({ file: targets.file ?? '', code: 'TARGET_MISSING', severity: 'warning', message: `Target kabupaten/kota: indikator "${label}" tidak punya target tahun ${run.tahun}, baik di sheet Target Dinkes maupun di ${DEFAULT_TARGETS_TEXT}, sehingga garis targetnya di laporan kabupaten/kota tertulis "${NO_TARGET}". Tambahkan baris "${label}" dengan target tahun ${run.tahun} di sheet Target.` });
  }
  const kept = quality.result(result);
  // Each sheet on its own: a bug in one names that sheet (Temuan Penggabungan), the others are still made.
  const district = districtSections(result, { generatedAt: run.generatedAt });
  const laid = guardedSheets(
    [...district.sections, { name: DISTRICT_QUALITY_SHEET, build: () => districtQualitySheet(kept, result, run.generatedAt) }, { name: VERIFICATION_SHEET, build: () => verificationSheet(kept, result, run.generatedAt) }],
    { puskesmas: null, identity: district.identity, meta: district.meta },
  );
  for (const f of laid.findings) result.findings.push({ file: '', code: 'INTERNAL_ERROR', severity: 'error', message: `Sheet "${f.sheet}": ${f.message}` });
  return { result, quality: kept, specs: [...laid.specs, findingsSheet(result, run.generatedAt)] };
}

const SEVERITY: Record<MergeFinding['severity'], string> = { error: 'ERROR', warning: 'PERINGATAN' };

function findingsSheet(result: DistrictResult, generatedAt: string): SheetSpec {
  return reportTableSheet({
    name: 'Temuan Penggabungan',
    title: 'TEMUAN SAAT MENGGABUNGKAN LAPORAN PUSKESMAS',
    puskesmas: null,
    identity: `${result.findings.length} temuan`,
    meta: { generatedAt, period: formatMonthId(result.tahun, result.bulan), sources: 'File laporan yang dipilih' },
    columns: [{ header: 'Jenis', width: 12 }, { header: 'File', width: 30, wrap: true }, { header: 'Kode', width: 25 }, { header: 'Pesan', width: 90, wrap: true }],
    rows: result.findings.map((f) => [SEVERITY[f.severity], f.file || '-', f.code, f.message]),
    footer: result.findings.length === 0 ? [['Tidak ada temuan: semua file terbaca dan digabung.']] : undefined,
  });
}
