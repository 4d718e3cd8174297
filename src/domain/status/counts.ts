import { PersonSheet, PersonStatus, TDose } from './types';

/** One group of T doses: register, kelurahan of the row, the step reached, and the month given. */
export interface TDoseCount {
  sheet: PersonSheet;
  kelurahan: string | null;
  /** The T status the doses brought the person to (TDose.step). */
  step: number;
  year: number;
  /** 1–12 */
  month: number;
  count: number;
}

export interface TDoseFilter {
  /** Only these registers (default: all). */
  sheets?: readonly PersonSheet[];
  /** Only doses of this year. */
  year?: number;
}

/**
 * Valid T doses counted by register, kelurahan, step and month — what the monthly report
 * needs for its TT/Td lines ("Td1 bumil" = sheet 'bumil', step 1; "T2+ bumil" = sheet
 * 'bumil', step ≥ 2). Invalid doses (too early, duplicates) are not counted. Sorted by
 * sheet, kelurahan, year, month, step.
 *
 * @example countTDoses(persons, { sheets: ['bumil'], year: 2025 })
 *   // [{ sheet: 'bumil', kelurahan: 'K01', step: 1, year: 2025, month: 3, count: 4 }, …]
 */
export function countTDoses(persons: readonly PersonStatus[], filter: TDoseFilter = {}): TDoseCount[] {
  const counts = new Map<string, TDoseCount>();
  const sheets = filter.sheets ? new Set(filter.sheets) : null;
  for (const p of persons) {
    for (const d of p.doses) {
      if (!d.valid || d.step === null) continue;
      if (sheets && !sheets.has(d.sheet)) continue;
      const year = Number(d.date.slice(0, 4));
      if (filter.year !== undefined && year !== filter.year) continue;
      const month = Number(d.date.slice(5, 7));
      const key = `${d.sheet}|${d.kelurahan ?? ''}|${d.step}|${year}|${month}`;
      const found = counts.get(key);
      if (found) found.count++;
      else counts.set(key, { sheet: d.sheet, kelurahan: d.kelurahan, step: d.step, year, month, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || (a.kelurahan ?? '').localeCompare(b.kelurahan ?? '') || a.year - b.year || a.month - b.month || a.step - b.step);
}

/** Every dose of every person with the person beside it, for reports that need more than counts. */
export function allTDoses(persons: readonly PersonStatus[]): { person: PersonStatus; dose: TDose }[] {
  const out: { person: PersonStatus; dose: TDose }[] = [];
  for (const person of persons) for (const dose of person.doses) out.push({ person, dose });
  return out;
}
