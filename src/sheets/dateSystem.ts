import { DateSystem, serialIn } from '../domain/dates/excelSerial';
import { parseRange } from './a1';
import { ConditionalFormatSpec, SheetSpec } from './spec';

/**
 * Whether an Excel number format shows a date: a day or year code outside quoted text, escaped
 * characters and [..] sections ('dd-mm-yyyy', 'd mmmm yyyy'; not '0.0%', '#,##0', '@').
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /[dy]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, ''));
}

/**
 * The spec as it must be written into a workbook counting dates in `system`. Specs carry dates
 * as serials of the 1900 system, shown through a date number format (status/common.ts
 * dateCell); in a 1904 workbook the same serial is a day four years later, so every number a
 * date format shows, every date validation bound and every date a colour rule compares with
 * (`dates`) is moved to the 1904 count. Which cells show dates is decided as Excel decides it:
 * by their format (the column's, then the styles in order, a later one over an earlier one).
 * A 1900 workbook gets the spec itself.
 */
export function inDateSystem(spec: SheetSpec, system: DateSystem): SheetSpec {
  if (system === 1900) return spec;
  const dated = dateGrid(spec);
  const hasDateRule = spec.validations?.some((v) => v.kind === 'date') ?? false;
  const hasDateFormat = spec.conditionalFormats?.some(comparesDates) ?? false;
  if (!dated && !hasDateRule && !hasDateFormat) return spec;
  const values = dated ? spec.values.map((row, r) => row.map((cell, c) => (typeof cell === 'number' && dated.at(r, c) ? serialIn(cell, system) : cell))) : spec.values;
  const validations = hasDateRule ? spec.validations!.map((v) => (v.kind === 'date' ? { ...v, min: serialIn(v.min, system), max: serialIn(v.max, system) } : v)) : spec.validations;
  // A colour rule comparing dates compares with serials too: the same days, in the workbook's count.
  const conditionalFormats = hasDateFormat ? spec.conditionalFormats!.map((cf) => (comparesDates(cf) ? { ...cf, rule: { ...cf.rule, values: cf.rule.values.map((v) => serialIn(v, system)) } } : cf)) : spec.conditionalFormats;
  return { ...spec, values, ...(validations ? { validations } : {}), ...(conditionalFormats ? { conditionalFormats } : {}) };
}

function comparesDates(cf: ConditionalFormatSpec): cf is ConditionalFormatSpec & { rule: { kind: 'cellValue'; dates: true } } {
  return cf.rule.kind === 'cellValue' && cf.rule.dates === true;
}

/** Which cells of the spec's values a date format shows; null when none does. */
function dateGrid(spec: SheetSpec): { at(row: number, col: number): boolean } | null {
  const rows = spec.values.length;
  let width = 0;
  for (const row of spec.values) if (row.length > width) width = row.length;
  if (rows === 0 || width === 0) return null;
  const formats = (spec.styles ?? []).filter((s) => s.style.numberFormat !== undefined);
  const columnDates = (spec.columnFormats ?? []).map(isDateFormat);
  if (!columnDates.some(Boolean) && !formats.some((s) => isDateFormat(s.style.numberFormat))) return null;
  const grid = new Uint8Array(rows * width);
  columnDates.forEach((date, c) => {
    if (date && c < width) for (let r = 0; r < rows; r++) grid[r * width + c] = 1;
  });
  for (const { range, style } of formats) {
    const { top, left, bottom, right } = parseRange(range);
    const mark = isDateFormat(style.numberFormat) ? 1 : 0;
    for (let r = top - 1; r < Math.min(bottom, rows); r++) for (let c = left - 1; c < Math.min(right, width); c++) grid[r * width + c] = mark;
  }
  return { at: (row, col) => grid[row * width + col] === 1 };
}
