import { parseRange } from '../../src/sheets/a1';
import { SheetSpec } from '../../src/sheets/spec';

/**
 * The pages our breaks make: one per band of rows and band of columns (within the print area)
 * that holds a cell or a chart (an application prints no page for an empty block, e.g. the right-hand columns beside
 * a sheet's lower sections, which are only as wide as its first page).
 */
export const expectedPages = (spec: SheetSpec): number => {
  const bands = (breaks: readonly number[] | undefined, last: number) => {
    const edges = [0, ...(breaks ?? []), last];
    return edges.slice(1).map((end, i) => ({ first: edges[i] + 1, last: end }));
  };
  const charts = (spec.charts ?? []).map((c) => parseRange(`${c.anchor.from}:${c.anchor.to}`));
  // Columns right of the print area ('A:K') show on screen only.
  const area = spec.print?.columns ? parseRange(`${spec.print.columns.split(':').pop()}1`).right : Infinity;
  const width = Math.min(area, Math.max(...spec.values.map((r) => r.length), ...charts.map((c) => c.right)));
  let pages = 0;
  for (const rows of bands(spec.rowBreaks, Math.max(spec.values.length, ...charts.map((c) => c.bottom)))) {
    for (const cols of bands(spec.columnBreaks, width)) {
      const filled = spec.values.slice(rows.first - 1, rows.last).some((r) => r.slice(cols.first - 1, cols.last).some((c) => c !== null && c !== undefined && c !== ''));
      const chart = charts.some((c) => c.top <= rows.last && c.bottom >= rows.first && c.left <= cols.last && c.right >= cols.first);
      if (filled || chart) pages++;
    }
  }
  return pages;
};
