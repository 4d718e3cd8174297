import { normalizeName } from './normalize';

/** What a near miss can be a miss of: a column, a label or a sheet, with the names it goes by. */
export interface Named {
  key: string;
  header: string;
  aliases?: readonly string[];
}

/** A header the reader did not know, where it stands in its row. */
export interface UnknownHeader {
  /** Index into the header row. */
  index: number;
  /** The header as the user sees it. */
  text: string;
}

/** An unknown header that is probably a misspelling of a standard column's header. */
export interface NearMiss<T extends Named> {
  column: T;
  header: UnknownHeader;
}

/**
 * Edits allowed between a written header and a standard name (both in normalizeName form):
 * none for very short names (JK, HP, K1 differ from one another by one letter), one for
 * short names, two from eight letters on ("Tangal Lahir", "DTP-HB-Hib 3").
 */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Pairs each missing column with the unknown header that is most probably it, by edit
 * distance (letters added, dropped, changed or swapped) to the column's header or any of its
 * aliases. A header whose numbers differ is another column, not a typo: "Polio 5" is never
 * "Polio 4". Each header and each column is used at most once, the closest pairs first.
 */
export function nearMisses<T extends Named>(missing: readonly T[], unknown: readonly UnknownHeader[]): NearMiss<T>[] {
  const candidates: { column: T; header: UnknownHeader; distance: number; order: number }[] = [];
  let order = 0;
  for (const header of unknown) {
    const written = normalizeName(header.text);
    if (written === '') continue;
    for (const column of missing) {
      let best = Infinity;
      for (const name of [column.header, ...(column.aliases ?? [])]) {
        const standard = normalizeName(name);
        if (digitsOf(standard) !== digitsOf(written)) continue;
        const limit = allowedEdits(Math.min(standard.length, written.length));
        if (limit === 0 || Math.abs(standard.length - written.length) > limit) continue;
        const distance = editDistance(written, standard, limit);
        if (distance <= limit && distance < best) best = distance;
      }
      if (best !== Infinity) candidates.push({ column, header, distance: best, order: order++ });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const usedColumns = new Set<string>();
  const usedHeaders = new Set<number>();
  const out: NearMiss<T>[] = [];
  for (const c of candidates) {
    if (usedColumns.has(c.column.key) || usedHeaders.has(c.header.index)) continue;
    usedColumns.add(c.column.key);
    usedHeaders.add(c.header.index);
    out.push({ column: c.column, header: c.header });
  }
  return out;
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, ' ').trim();
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one ("dtp" → "dpt" is one swap). Stops early once every
 * path costs more than `limit` (returns limit + 1).
 *
 * @example editDistance('tangallahir', 'tanggallahir', 2) // 1
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}
