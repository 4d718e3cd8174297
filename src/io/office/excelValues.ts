import { SpecCell } from '../../sheets/spec';

export type ExcelValue = string | number | boolean | null;

/**
 * Excel reads a string written to `range.values` as if it were typed: "0812…" and a 16-digit
 * NIK become numbers, "12-03-2025" a date, "=…" a formula, "TRUE" a boolean. A leading
 * apostrophe keeps it text, exactly as when typing (the apostrophe is not part of the value).
 * Any string with a digit, a formula sign or a boolean word gets one; others are safe as they are.
 */
export function protectText(text: string): string {
  if (/^[=+\-@']/.test(text) || /\d/.test(text) || /^\s*(true|false|benar|salah)\s*$/i.test(text)) return `'${text}`;
  return text;
}

/** HYPERLINK() takes at most 255 characters per argument; longer links use Range.hyperlink. */
export const HYPERLINK_FORMULA_MAX = 255;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The value written for a spec cell. Links short enough become a HYPERLINK formula inside the
 * same block write (no request per link); longer ones are written as text here and get
 * `Range.hyperlink` afterwards (see `longLinks`). Error cells (test data) become the formula
 * of that error, so Excel shows the error itself. Numbers, including date serials, stay numbers.
 */
export function excelValue(cell: SpecCell): ExcelValue {
  if (cell === null || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return protectText(cell);
  if ('error' in cell) return `=${cell.error}`;
  if (isShortLink(cell.url, cell.text)) return `=HYPERLINK(${quote(cell.url)},${quote(cell.text)})`;
  return protectText(cell.text);
}

export function isShortLink(url: string, text: string): boolean {
  return url.length <= HYPERLINK_FORMULA_MAX && text.length <= HYPERLINK_FORMULA_MAX;
}
