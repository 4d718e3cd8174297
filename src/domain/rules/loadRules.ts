import { Finding } from '../findings';
import { DEFAULT_SCHEDULE, ScheduleKey, SchemeKey } from '../read/cellValue';
import { RawWorkbook } from '../raw';
import { AturanSheet, readAturan } from './aturan/readAturan';
import { invalidSetting } from './aturan/setting';
import { findStatusSetting } from './aturan/statusSettings';
import { rulesFor } from './scheduleRules';
import { Rules } from './types';
import { validateRules } from './validateRules';
import { scheduleGapFindings } from '../programme/programmeGaps';

export interface LoadedRules {
  rules: Rules;
  /** The Aturan rows that changed a preset value, for the report header ("Aturan: Td terkini + …"). */
  overrides: { name: string; value: string; row: number }[];
  /** Problems with the Aturan sheet's status rows (unreadable value, unknown dose, …). */
  findings: Finding[];
}

/**
 * The rules for a workbook: the preset its Skema names, with the Aturan sheet's values put
 * over it. A row that cannot be read is a RULE_INVALID finding and leaves the preset's
 * value; names no family knows are reported by unknownAturanFindings (catalog.ts).
 */
export function applyAturan(base: Rules, aturan: AturanSheet | null): LoadedRules {
  const findings: Finding[] = [...(aturan?.findings ?? [])];
  const overrides: LoadedRules['overrides'] = [];
  if (!aturan) return { rules: checked(base), overrides, findings: [...findings, ...scheduleGapFindings(base, null)] };
  const draft: Rules = structuredClone(base);
  for (const row of aturan.rows.values()) {
    if (row.value === null) continue; // blank: the preset's value
    const found = findStatusSetting(row.name);
    if (found === null) continue;
    if ('unknownDose' in found) {
      findings.push(invalidSetting(aturan.sheet, row, `dosis "${found.unknownDose}" tidak dikenal untuk aturan "${found.family} …". Pakai nama kolom dosis dari register`, null));
      continue;
    }
    const { setting } = found;
    const parsed = setting.kind.parse(row.value);
    const current = setting.get(draft);
    const fallback = current === null || current === undefined ? null : setting.kind.format(current);
    if (!parsed.ok) {
      findings.push(invalidSetting(aturan.sheet, row, parsed.problem, fallback));
      continue;
    }
    const problem = setting.set(draft, parsed.value);
    if (problem) {
      findings.push(invalidSetting(aturan.sheet, row, problem, fallback));
      continue;
    }
    overrides.push({ name: setting.name, value: setting.kind.format(parsed.value), row: row.row });
  }
  return { rules: checked(draft), overrides, findings: [...findings, ...scheduleGapFindings(draft, aturan.sheet)] };
}

/** Each Aturan value is checked as it is read, so a whole-model problem left here is a bug. */
function checked(rules: Rules): Rules {
  const problems = validateRules(rules);
  if (problems.length > 0) throw new Error(`Invalid rules: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return rules;
}

/** The preset named by the Puskesmas sheet's Skema under its Jadwal Imunisasi, with the workbook's Aturan sheet applied. */
export function loadRules(workbook: RawWorkbook, skema: SchemeKey, jadwal: ScheduleKey = DEFAULT_SCHEDULE): LoadedRules {
  return applyAturan(rulesFor(skema, jadwal), readAturan(workbook));
}
