/**
 * A data problem found in a workbook: returned, never thrown. `row` is the row number Excel
 * shows (0 when the problem is the sheet as a whole); `column` is the header as the user
 * wrote it (or the standard header when the column is missing); `cell` is the A1 address
 * the pane selects when the finding is clicked.
 */
export interface Finding {
  sheet: string;
  row: number;
  column: string;
  code: FindingCode;
  severity: Severity;
  message: string;
  cell?: string;
}

export type Severity = 'error' | 'warning';

export type FindingCode =
  | 'SHEET_MISSING'
  | 'SHEET_EMPTY'
  | 'HEADER_NOT_FOUND'
  | 'COLUMN_MISSING'
  | 'HEADER_DUPLICATE'
  | 'HEADER_NEAR_MISS'
  | 'FIELD_MISSING'
  | 'REQUIRED_EMPTY'
  | 'CELL_ERROR'
  | 'MERGED_CELLS'
  | 'DATE_INVALID'
  | 'DATE_TWO_DIGIT_YEAR'
  | 'DATE_NOT_SERIAL'
  | 'DATE_FUTURE'
  | 'DATE_IMPLAUSIBLE'
  | 'DOSE_BEFORE_BIRTH'
  | 'DOSE_ORDER'
  | 'DOSE_TOO_CLOSE'
  | 'DOSE_PAST_AGE_LIMIT'
  | 'PERSON_DUPLICATE'
  | 'ROW_DUPLICATE'
  | 'ID_MISSING'
  | 'NIK_FORMAT'
  | 'NIK_AS_NUMBER'
  | 'NIK_BIRTHDATE_MISMATCH'
  | 'NIK_SEX_MISMATCH'
  | 'REF_UNKNOWN'
  | 'SEX_INVALID'
  | 'NUMBER_INVALID'
  | 'VALUE_INVALID'
  | 'STOCK_UNBALANCED'
  | 'RULE_INVALID'
  | 'RULE_UNKNOWN'
  | 'RULE_DUPLICATE'
  | 'DOSE_UNSCHEDULED'
  | 'TARGET_UNKNOWN'
  | 'TARGET_INVALID'
  | 'TARGET_DUPLICATE'
  | 'TARGET_MISSING'
  | 'SCREENING_INCOMPLETE'
  | 'PERSON_LIKELY_DUPLICATE'
  | 'PERSON_KEY_CONFLICT'
  | 'PERSON_BIRTHDATE_CONFLICT'
  // Reports (issue 4): problems that blank or move a report number.
  | 'SASARAN_MISSING'
  | 'SASARAN_OTHER_YEAR'
  | 'UNLISTED_CODE'
  | 'VACCINE_UNKNOWN'
  | 'STOCK_MONTH_MISSING'
  // A bug in one part of the add-in (issue 12 item 7): that part is missing, the rest is made.
  | 'INTERNAL_ERROR';

/** Findings sorted the way a person reads a workbook: sheet order, then row, then column. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.sheet) ?? 999) - (rank.get(b.sheet) ?? 999) ||
      collate(a.sheet, b.sheet) ||
      a.row - b.row ||
      (a.cell ?? '').length - (b.cell ?? '').length ||
      collate(a.cell ?? '', b.cell ?? '') ||
      collate(a.code, b.code),
  );
}

/**
 * localeCompare, with equal strings settled without it: most pairs a sort of findings compares
 * share their sheet (and often cell and code), and a browser's localeCompare is a collation
 * call, thousands of them per report at 100k rows.
 */
const collate = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
