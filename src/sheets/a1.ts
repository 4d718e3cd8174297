import { columnLetter } from '../domain/raw';

export { columnLetter };

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A1 range from 1-based corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Parses "B3" into 1-based { row, col }. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Parses "A1:C9" (or a single cell) into 1-based corners. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = range.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}
