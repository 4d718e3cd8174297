import { computeWorkbookStatus } from '../../src/app/status';
import { RawWorkbook } from '../../src/domain/raw';
import { sheetSchema } from '../../src/domain/schema/registers';

const WOMEN = new Set(['wus', 'caten', 'bumil']);

/**
 * Where the status engine does not count a dose for its gap ("jarak …" reasons), as
 * `sheet|row|column`, sorted: infant series doses (IDL/IBL), and Td/TT doses of Register WUS,
 * Caten and Bumil (status T). Counted from the persons the engine computed, not from any
 * finding: what Periksa's DOSE_TOO_CLOSE must list (test/app/seriesAgreement.test.ts).
 */
export function notCountedForGap(workbook: RawWorkbook, today: string): string[] {
  const { persons, registers } = computeWorkbookStatus(workbook, { today });
  const name = (sheet: 'bayi' | 'wus' | 'caten' | 'bumil' | 'bias') => registers.sheetNames[sheet] ?? sheetSchema(sheet).name;
  const out: string[] = [];
  for (const p of persons) {
    for (const d of p.infant?.invalid ?? []) if (d.reason?.startsWith('jarak')) out.push(`${name('bayi')}|${p.infant!.row}|${d.column}`);
    for (const d of p.doses) if (!d.valid && d.reason?.startsWith('jarak') && WOMEN.has(d.sheet)) out.push(`${name(d.sheet)}|${d.row}|${d.column}`);
  }
  return out.sort();
}
