import { SHEETS } from '../../domain/schema/registers';
import { SheetKey } from '../../domain/schema/types';
import { SheetSpec } from '../spec';
import { guideSheetSpec } from './guideSheet';
import { registerSheetSpec } from './registerSheet';

export interface TemplateOptions {
  /** Only these sheets (the pane adds just the missing ones); the guide is then left out. */
  only?: readonly SheetKey[];
}

/** The blank register workbook: Petunjuk, then every standard sheet in schema order. */
export function templateSpecs(options: TemplateOptions = {}): SheetSpec[] {
  if (options.only) return SHEETS.filter((s) => options.only!.includes(s.key)).map((s) => registerSheetSpec(s));
  return [guideSheetSpec(), ...SHEETS.map((s) => registerSheetSpec(s))];
}
