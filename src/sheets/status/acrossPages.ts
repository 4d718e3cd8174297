import { groupColumnBreaks, KeepBlock, keepTogetherBreaks, LIBREOFFICE_WIDEST, READABLE_SCALE } from '../pageBreaks';
import { SheetSpec } from '../spec';
import { wrapTextRows } from '../textRows';

/**
 * A status list printed across pages at a readable scale (issue 13): its column groups kept on
 * one page each, the text rows wrapped within the columns every page repeats, and no person's
 * row split across pages (the header row repeats on each).
 */
export function printedAcrossPages(spec: SheetSpec, widths: readonly number[], titleColumns: number, groups: readonly KeepBlock[], textRows: readonly number[]): SheetSpec {
  const columnBreaks = groupColumnBreaks(widths, titleColumns, groups, READABLE_SCALE, 'landscape', LIBREOFFICE_WIDEST);
  const wrapped = wrapTextRows({ ...spec, columnBreaks }, textRows, titleColumns);
  const rowBreaks = keepTogetherBreaks(wrapped, []);
  return rowBreaks.length ? { ...wrapped, rowBreaks } : wrapped;
}
