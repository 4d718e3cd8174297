import { QUALITY_KINDS, QualityReport, kindLabel } from '../../domain/quality/types';
import { Puskesmas } from '../../domain/registers/types';
import { ReportMeta } from '../reportFrame';
import { reportTableSheet } from '../reportTable';
import { SheetSpec, SpecCell } from '../spec';

export interface QualityTableInput {
  name: string;
  title: string;
  puskesmas: Puskesmas | null;
  identity?: string;
  meta: ReportMeta;
  quality: QualityReport;
  /** Lines under the check summary (what the checks compare, where the thresholds come from). */
  notes: string[];
}

/**
 * A Kualitas Data sheet: one row per finding (kind, place, subject, figures, what is wrong and
 * what to look at), then every check with its number of findings, or why it did not run, so
 * "no finding" is never confused with "not checked".
 */
export function qualityTableSheet(input: QualityTableInput): SheetSpec {
  const { findings, checks } = input.quality;
  const order = new Map(QUALITY_KINDS.map((k, i) => [k.kind, i]));
  const sorted = [...findings].sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
  const summary: SpecCell[][] = [['Pemeriksaan yang dijalankan:']];
  for (const { kind, label } of QUALITY_KINDS) {
    const check = checks.find((c) => c.kind === kind);
    if (!check) continue;
    const n = findings.filter((f) => f.kind === kind).length;
    summary.push([check.ran ? `• ${label}: ${n} temuan (${check.note}).` : `• ${label}: tidak diperiksa — ${check.note}.`]);
  }
  return reportTableSheet({
    name: input.name,
    title: input.title,
    puskesmas: input.puskesmas,
    identity: input.identity,
    meta: input.meta,
    columns: [
      { header: 'No', width: 5 },
      { header: 'Jenis', width: 22, wrap: true },
      { header: 'Tempat', width: 24, wrap: true },
      { header: 'Indikator', width: 22, wrap: true },
      { header: 'Angka', width: 34, wrap: true },
      { header: 'Temuan', width: 44, wrap: true },
      { header: 'Yang perlu diperiksa', width: 60, wrap: true },
    ],
    rows: sorted.map((f, i) => [i + 1, kindLabel(f.kind), f.place, f.subject, f.figures, capitalize(f.message), f.look]),
    footer: [...(findings.length === 0 ? [['Tidak ada temuan kualitas data pada pemeriksaan yang dijalankan.']] : []), ...summary, ...input.notes.map((n) => [n])],
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
