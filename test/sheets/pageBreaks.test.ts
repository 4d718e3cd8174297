import { groupColumnBreaks, keepTogetherBreaks, printScale, PRINTABLE } from '../../src/sheets/pageBreaks';
import { SheetSpec, SpecCell } from '../../src/sheets/spec';

const rows = (n: number): SpecCell[][] => Array.from({ length: n }, (_, i) => [`baris ${i + 1}`]);
const sheet = (n: number, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'Uji', role: 'report', values: rows(n), columnWidths: [10], print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:1' }, ...extra });
/** Rows of 15 points on one landscape page at full scale, less the repeated title row. */
const perPage = Math.floor((PRINTABLE.landscape.height - 15) / 15);

describe('keepTogetherBreaks', () => {
  it('starts a block on the next page when it would cross the end of this one, never breaking inside it', () => {
    const spec = sheet(3 * perPage);
    const block = { first: perPage - 5, last: perPage + 10 };
    const breaks = keepTogetherBreaks(spec, [block]);
    expect(breaks[0]).toBe(block.first - 1);
    for (const b of breaks) expect(b <= block.first - 1 || b >= block.last).toBe(true);
  });

  it('needs no break when everything fits on one page', () => {
    expect(keepTogetherBreaks(sheet(20), [{ first: 3, last: 15 }])).toEqual([]);
  });

  it('puts a block taller than a page on a fresh page and lets it flow from there', () => {
    const breaks = keepTogetherBreaks(sheet(4 * perPage), [{ first: 10, last: 10 + 2 * perPage }]);
    expect(breaks[0]).toBe(9);
  });

  it('starts what follows a block taller than a page on a fresh page: where the block ends is the application\'s', () => {
    const breaks = keepTogetherBreaks(sheet(4 * perPage), [{ first: 10, last: 10 + perPage + 2 }]);
    expect(breaks.slice(0, 2)).toEqual([9, 10 + perPage + 2]);
  });

  it("keeps a chart's rows on one page, and two charts side by side as one block", () => {
    const chart = (from: string, to: string) => ({ kind: 'line' as const, title: 'x', categories: 'A1:A2', series: [], anchor: { from, to } });
    const top = perPage - 4;
    const spec = sheet(perPage + 30, { charts: [chart(`A${top}`, `G${top + 12}`), chart(`H${top + 2}`, `N${top + 14}`)] });
    const breaks = keepTogetherBreaks(spec, []);
    // The page ends a row above the frame, so its top edge is not printed on the page before.
    expect(breaks[0]).toBe(top - 2);
    for (const b of breaks) expect(b <= top - 2 || b >= top + 14).toBe(true);
  });

  it('starts no page for the blank rows at the end of a sheet', () => {
    const spec = sheet(perPage - 2);
    spec.values.push(...Array.from({ length: 40 }, (): SpecCell[] => []));
    expect(keepTogetherBreaks(spec, [])).toEqual([]);
  });

  it('counts a shrunk sheet as holding more rows per page', () => {
    const wide = sheet(2 * perPage, { columnWidths: Array<number>(40).fill(10), values: rows(2 * perPage).map((r) => [...r, ...Array<SpecCell>(39).fill(1)]) });
    expect(printScale(wide)).toBeLessThan(0.5);
    expect(keepTogetherBreaks(wide, [{ first: perPage - 3, last: perPage + 3 }])).toEqual([]);
  });
});

describe('groupColumnBreaks', () => {
  it('never splits a group and leaves room for the repeated title columns', () => {
    const widths = [26, 9, ...Array.from({ length: 7 }, () => [9, 10, 8]).flat()];
    const groups = Array.from({ length: 7 }, (_, i) => ({ first: 3 + 3 * i, last: 5 + 3 * i }));
    const breaks = groupColumnBreaks(widths, 2, groups, 0.9, 'landscape');
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(groups.some((g) => g.last === b)).toBe(true);
    // Each page: the title columns and whole groups, within the page at 90%.
    const points = (from: number, to: number) => widths.slice(from - 1, to).reduce((n, w) => n + Math.floor(w * 7 + 5) * 0.75, 0);
    const edges = [2, ...breaks, widths.length];
    for (let i = 1; i < edges.length; i++) expect((points(1, 2) + points(edges[i - 1] + 1, edges[i])) * 0.9).toBeLessThanOrEqual(PRINTABLE.landscape.width);
  });
});
