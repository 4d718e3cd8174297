import { SHEETS } from '../../domain/schema/registers';
import { SheetKey } from '../../domain/schema/types';
import { SheetSpec } from '../spec';
import { guideSheetSpec } from './guideSheet';
import { registerSheetSpec } from './registerSheet';
import { targetSheetSpec } from '../rules/targetSheet';

export interface TemplateOptions {
  /** Only these sheets (the pane adds just the missing ones); the guide is then left out. */
  only?: readonly SheetKey[];
  /** The year the Target sheet is pre-filled for (Kemenkes defaults); without it the sheet is left out. */
  year?: number;
}

/** The blank register workbook: Petunjuk, then every standard sheet in schema order, then Target (given a year). */
export function templateSpecs(options: TemplateOptions = {}): SheetSpec[] {
  if (options.only) return SHEETS.filter((s) => options.only!.includes(s.key)).map((s) => registerSheetSpec(s));
  const target = options.year === undefined ? [] : [targetSheetSpec(options.year)];
  return [guideSheetSpec(), ...SHEETS.map((s) => registerSheetSpec(s)), ...target];
}
