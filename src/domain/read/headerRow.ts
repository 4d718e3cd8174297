import { Cell, isBlank } from '../raw';
import { ColumnSchema } from '../schema/types';
import { UnknownHeader } from './nearMiss';
import { normalizeName, visibleText } from './normalize';

/** How far down a title may push the header row. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMatch {
  /** Index into RawSheet.rows of the header row. */
  rowIndex: number;
  /** Column key → index into the row. */
  columns: Map<string, number>;
  /** Column key → the header text as written in the sheet. */
  written: Map<string, string>;
  /** Headers naming a column already found: [index into the row, text, key]. */
  duplicates: { index: number; text: string; key: string }[];
  /** Headers naming no standard column (the user's own, or a misspelt standard one). */
  unknown: UnknownHeader[];
}

export function headerLookup(columns: readonly ColumnSchema[]): Map<string, ColumnSchema> {
  const lookup = new Map<string, ColumnSchema>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) {
      const key = normalizeName(name);
      // The first column to claim a name keeps it; the schema test forbids clashes anyway.
      if (!lookup.has(key)) lookup.set(key, column);
    }
  }
  return lookup;
}

/**
 * Finds the header row: among the first rows, the one naming the most standard columns
 * (a title or a blank line above the table is normal). Null when no row names two.
 */
export function findHeaderRow(rows: readonly Cell[][], columns: readonly ColumnSchema[]): HeaderMatch | null {
  const lookup = headerLookup(columns);
  let best: { index: number; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const seen = new Set<string>();
    for (const cell of rows[i] ?? []) {
      if (isBlank(cell)) continue;
      const column = lookup.get(normalizeName(cell));
      if (column) seen.add(column.key);
    }
    if (seen.size >= 2 && (best === null || seen.size > best.score)) best = { index: i, score: seen.size };
  }
  if (best === null) return null;
  const match: HeaderMatch = { rowIndex: best.index, columns: new Map(), written: new Map(), duplicates: [], unknown: [] };
  rows[best.index].forEach((cell, j) => {
    if (isBlank(cell)) return;
    const column = lookup.get(normalizeName(cell));
    if (!column) {
      // An extra column of the user's (allowed, kept, not read), or a standard one misspelt.
      match.unknown.push({ index: j, text: visibleText(cell) });
      return;
    }
    if (match.columns.has(column.key)) {
      match.duplicates.push({ index: j, text: visibleText(cell), key: column.key });
    } else {
      match.columns.set(column.key, j);
      match.written.set(column.key, visibleText(cell));
    }
  });
  return match;
}
