import { Finding } from './findings';

/** Where a bug struck: a generated sheet (row 0) or one person's row in a register. */
export interface BrokenPart {
  sheet: string;
  /** The row Excel shows, for one person's record; 0 for a whole generated sheet. */
  row?: number;
  /** What could not be made, in Bahasa Indonesia: 'sheet "Grafik PWS"', 'status T orang di baris 12'. */
  what: string;
  /** What became of it and what still stands, e.g. 'Sheet lain tetap dibuat'. */
  consequence: string;
}

/**
 * A bug (an exception) in one part of the work, turned into a finding that names the part, so
 * that every other part is still made (issue 12 item 7). It is no data problem: the person
 * can only report it.
 */
export function internalErrorFinding(part: BrokenPart, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    sheet: part.sheet,
    row: part.row ?? 0,
    column: '',
    code: 'INTERNAL_ERROR',
    severity: 'error',
    message: `kesalahan internal saat menyusun ${part.what} (${detail}). ${part.consequence}. Ini bukan kesalahan data: laporkan ke pengembang beserta pesan ini.`,
  };
}
