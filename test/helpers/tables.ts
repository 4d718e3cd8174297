import { SheetSpec, SpecCell } from '../../src/sheets/spec';

/**
 * The rows of the table under a section title (a row whose first cell starts with `title`):
 * from its first numbered row to the blank row or note line (a single cell) that ends it.
 */
export function tableUnder(spec: SheetSpec, title: string): SpecCell[][] {
  const start = spec.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(title));
  if (start < 0) throw new Error(`No section "${title}" on ${spec.name}`);
  let i = start + 1;
  while (i < spec.values.length && typeof spec.values[i][0] !== 'number' && typeof spec.values[i][1] !== 'number') i++;
  const rows: SpecCell[][] = [];
  for (; i < spec.values.length && spec.values[i].length > 1; i++) rows.push(spec.values[i]);
  return rows;
}

/** Rows equal cell by cell; numbers within 1e-9 (fractions computed two ways). */
export function expectRows(actual: SpecCell[][], expected: SpecCell[][]): void {
  const round = (rows: SpecCell[][]) => rows.map((r) => r.map((c) => (typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c)));
  expect(round(actual)).toEqual(round(expected));
}
