import { parse } from 'date-fns/parse';
import { isValid } from 'date-fns/isValid';
import { fromLocalDate, IsoDate } from './isoDate';

/** Why a typed text is not a date; each reason has its own message for the user. */
export type TextDateProblem = 'two-digit-year' | 'no-such-day' | 'not-a-date';

export type TextDateResult = { ok: true; date: IsoDate } | { ok: false; problem: TextDateProblem };

/*
 * Month names as petugas type them: Indonesian full names and abbreviations, including the
 * old spellings (Pebruari, Nopember) and both short forms of Agustus. English short forms
 * that differ (Aug, Oct, Dec) are accepted too: they are unambiguous.
 */
const MONTHS: Record<string, number> = {};
const MONTH_WORDS: [number, string[]][] = [
  [1, ['januari', 'jan']],
  [2, ['februari', 'pebruari', 'feb', 'peb']],
  [3, ['maret', 'mar']],
  [4, ['april', 'apr']],
  [5, ['mei']],
  [6, ['juni', 'jun']],
  [7, ['juli', 'jul']],
  [8, ['agustus', 'agu', 'agt', 'ags', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'des', 'dec']],
];
for (const [month, words] of MONTH_WORDS) for (const w of words) MONTHS[w] = month;

const NUMERIC_DMY = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d+)$/;
const ISO_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORD_DMY = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d+)$/;

/**
 * Parses a date typed as text, strictly day-month-year as Indonesians write it:
 * `01-02-2024`, `1/2/2024`, `1.2.2024`, `1 Februari 2024`, `1 Feb 2024`, and ISO `2024-02-01`.
 * A two-digit year is refused (is `01-02-24` 1924 or 2024?), as is anything else: a date is
 * never guessed.
 *
 * @example parseTextDate('1 Pebruari 2024') // { ok: true, date: '2024-02-01' }
 */
export function parseTextDate(text: string): TextDateResult {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let d: string, m: string | number, y: string;
  let match = NUMERIC_DMY.exec(s);
  if (match) {
    [, d, , m, y] = match;
  } else if ((match = ISO_YMD.exec(s))) {
    [, y, m, d] = match;
  } else if ((match = WORD_DMY.exec(s))) {
    const month = MONTHS[match[2]];
    if (month === undefined) return { ok: false, problem: 'not-a-date' };
    [d, , y] = [match[1], match[2], match[3]];
    m = month;
  } else {
    return { ok: false, problem: 'not-a-date' };
  }
  if (y.length === 2) return { ok: false, problem: 'two-digit-year' };
  if (y.length !== 4) return { ok: false, problem: 'not-a-date' };
  // date-fns parse refuses 31-04 and 29-02 of common years instead of rolling them over.
  const date = parse(`${Number(d)}-${Number(m)}-${y}`, 'd-M-yyyy', new Date(2000, 0, 1));
  if (!isValid(date)) return { ok: false, problem: 'no-such-day' };
  return { ok: true, date: fromLocalDate(date) };
}
