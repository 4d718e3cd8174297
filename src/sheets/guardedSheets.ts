import { Finding } from '../domain/findings';
import { internalErrorFinding } from '../domain/internalError';
import { Puskesmas } from '../domain/registers/types';
import { GENERATED_MARK, ReportMeta } from './reportFrame';
import { reportTableSheet } from './reportTable';
import { SheetSpec } from './spec';

/** One generated sheet, laid out on demand. */
export interface SheetSection {
  name: string;
  build: () => SheetSpec;
}

/** The header block a sheet that could not be made still carries. */
export interface BrokenSheetFrame {
  puskesmas: Puskesmas | null;
  /** A district report's identity line instead of a puskesmas's. */
  identity?: string;
  meta: ReportMeta;
}

/**
 * Lays out each sheet on its own (issue 12 item 7): a bug in one becomes an INTERNAL_ERROR
 * finding naming that sheet, the sheet itself holds only the message (so last month's sheet
 * of that name is not left standing as if it were this run's), and every other sheet is made.
 */
export function guardedSheets(sections: readonly SheetSection[], frame: BrokenSheetFrame): { specs: SheetSpec[]; findings: Finding[] } {
  const specs: SheetSpec[] = [];
  const findings: Finding[] = [];
  for (const section of sections) {
    try {
      specs.push(section.build());
    } catch (error) {
      const finding = internalErrorFinding({ sheet: section.name, what: `sheet "${section.name}"`, consequence: `Sheet "${section.name}" hanya berisi pesan ini; sheet lain tetap dibuat` }, error);
      findings.push(finding);
      specs.push(brokenSheet(section.name, finding.message, frame));
    }
  }
  return { specs, findings };
}

function brokenSheet(name: string, message: string, frame: BrokenSheetFrame): SheetSpec {
  const text = `Kesalahan internal add-in: ${message}`;
  try {
    return framedBrokenSheet(name, text, frame);
  } catch {
    // The frame itself is what broke: the mark and the message, unstyled.
    return { name, role: 'report', values: [[`${GENERATED_MARK} pada ${frame.meta.generatedAt}.`], [text]], columnWidths: [100] };
  }
}

function framedBrokenSheet(name: string, text: string, frame: BrokenSheetFrame): SheetSpec {
  return reportTableSheet({
    name,
    title: `${name.toUpperCase()}: TIDAK DAPAT DIBUAT`,
    puskesmas: frame.puskesmas,
    identity: frame.identity,
    meta: frame.meta,
    columns: [{ header: 'Keterangan', width: 100, wrap: true }],
    rows: [[text]],
  });
}
