import { SheetSpec } from './spec';

/** A sheet already in the workbook: its name and whether the add-in generated it (A1 mark). */
export interface ExistingSheet {
  name: string;
  ours: boolean;
}

export type SheetWrite =
  /** A new sheet under `name`. */
  | { kind: 'create'; spec: SheetSpec; name: string }
  /** The add-in's own sheet `name` is deleted and written again, whole. */
  | { kind: 'replace'; spec: SheetSpec; name: string }
  /** A register or guide sheet that already exists: people's sheets are never touched. */
  | { kind: 'skip'; spec: SheetSpec; name: string };

export interface Rename {
  wanted: string;
  used: string;
}

export interface WritePlan {
  writes: SheetWrite[];
  /** Generated sheets that cannot take their name because a person's sheet holds it. */
  renames: Rename[];
}

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

const key = (name: string) => name.toLowerCase();

/**
 * Decides, for each spec, what happens in a workbook that already holds `existing`
 * (DESIGN.md "The workbook is the database"): a report replaces only the add-in's own sheet
 * of that name; when a person's sheet holds the name, the report takes "Name (2)" (or the
 * add-in's own "Name (n)" from an earlier run) instead; register and guide sheets are only
 * ever added, never rewritten. Sheet names compare case-insensitively, as in Excel.
 */
export function planSheetWrites(existing: readonly ExistingSheet[], specs: readonly SheetSpec[]): WritePlan {
  const byKey = new Map(existing.map((s) => [key(s.name), s]));
  const planned = new Set<string>();
  const writes: SheetWrite[] = [];
  const renames: Rename[] = [];
  for (const spec of specs) {
    if (planned.has(key(spec.name))) throw new Error(`Two sheet specs share the name "${spec.name}"`);
    const found = byKey.get(key(spec.name));
    let write: SheetWrite;
    if (spec.role !== 'report') {
      write = found ? { kind: 'skip', spec, name: found.name } : { kind: 'create', spec, name: spec.name };
    } else if (!found) {
      write = { kind: 'create', spec, name: spec.name };
    } else if (found.ours) {
      write = { kind: 'replace', spec, name: found.name };
    } else {
      write = alternative(spec, byKey, planned);
      renames.push({ wanted: spec.name, used: write.name });
    }
    planned.add(key(write.name));
    writes.push(write);
  }
  return { writes, renames };
}

/** "Name (2)", "Name (3)", … : the first that is free or the add-in's own. */
function alternative(spec: SheetSpec, byKey: Map<string, ExistingSheet>, planned: Set<string>): SheetWrite {
  for (let n = 2; ; n++) {
    const name = numberedName(spec.name, n);
    if (planned.has(key(name))) continue;
    const found = byKey.get(key(name));
    if (!found) return { kind: 'create', spec, name };
    if (found.ours) return { kind: 'replace', spec, name: found.name };
  }
}

/** "Name (n)" cut to Excel's 31 characters, as the file writer names it. */
export function numberedName(name: string, n: number): string {
  const suffix = ` (${n})`;
  return `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
}
