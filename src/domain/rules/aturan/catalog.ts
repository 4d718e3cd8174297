import { Finding } from '../../findings';
import { SchemeKey } from '../../read/cellValue';
import { PRESETS } from '../presets';
import { AturanSheet } from './readAturan';
import { findStatusSetting, statusSettings } from './statusSettings';

/** A row the template's Aturan sheet offers: the name, each preset's value, and what it means. */
export interface AturanTemplateRow {
  aturan: string;
  /** The value each preset uses, as the sheet would show it ("—" when the preset has none). */
  bawaan: Record<SchemeKey, string>;
  keterangan: string;
}

/**
 * A family of Aturan rows: the status rules (this module), later the report settings
 * (targets, UCI threshold). Each family lists its template rows and recognises its names,
 * so a name no family knows is reported once (RULE_UNKNOWN) and never silently ignored.
 * To add report settings: write a family and list it in ATURAN_FAMILIES.
 */
export interface AturanFamily {
  title: string;
  templateRows(): AturanTemplateRow[];
  /** Whether a row name (as written) belongs to this family. */
  knows(name: string): boolean;
}

export const STATUS_ATURAN: AturanFamily = {
  title: 'Status T dan jadwal',
  templateRows: () =>
    statusSettings()
      .filter((s) => s.inTemplate(PRESETS.td) || s.inTemplate(PRESETS.tt2005))
      .map((s) => {
        const show = (skema: SchemeKey) => {
          const v = s.get(PRESETS[skema]);
          return v === null || v === undefined ? '—' : s.kind.format(v);
        };
        return { aturan: s.name, bawaan: { td: show('td'), tt2005: show('tt2005') }, keterangan: s.description };
      }),
  knows: (name) => findStatusSetting(name) !== null,
};

/** Every family of Aturan rows the add-in reads. */
export const ATURAN_FAMILIES: readonly AturanFamily[] = [STATUS_ATURAN];

/** The rows of a generated Aturan sheet, family by family, in order. */
export function aturanTemplateRows(): AturanTemplateRow[] {
  return ATURAN_FAMILIES.flatMap((f) => f.templateRows());
}

/** One warning per row whose name no family knows. */
export function unknownAturanFindings(aturan: AturanSheet): Finding[] {
  const out: Finding[] = [];
  for (const row of aturan.rows.values()) {
    if (ATURAN_FAMILIES.some((f) => f.knows(row.name))) continue;
    out.push({
      sheet: aturan.sheet,
      row: row.row,
      column: 'Aturan',
      code: 'RULE_UNKNOWN',
      severity: 'warning',
      message: `${aturan.sheet} baris ${row.row}: aturan "${row.name}" tidak dikenal, sehingga baris ini diabaikan. Salin nama aturan persis dari docs/rules.md atau dari sheet Aturan templat.`,
      cell: row.cell,
    });
  }
  return out;
}
