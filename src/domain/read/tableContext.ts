import { Finding, FindingCode, Severity } from '../findings';
import { columnLetter } from '../raw';
import { ColumnSchema, SheetSchema } from '../schema/types';

/**
 * Where a table sits in its sheet, and how to word a finding about one of its cells:
 * every message starts with the sheet, the row and the column, then says what is wrong
 * and how to fix it.
 */
export class TableContext {
  readonly columnsByKey: Map<string, ColumnSchema>;

  constructor(
    readonly schema: SheetSchema,
    readonly sheetName: string,
    /** Sheet column (1-based) of each column key. */
    readonly sheetColumn: Map<string, number>,
    /** Header text as written, per column key. */
    readonly written: Map<string, string>,
    readonly findings: Finding[],
  ) {
    this.columnsByKey = new Map(schema.columns.map((c) => [c.key, c]));
  }

  header(key: string): string {
    return this.written.get(key) ?? this.columnsByKey.get(key)?.header ?? key;
  }

  has(key: string): boolean {
    return this.sheetColumn.has(key);
  }

  /** Reports a problem with one cell; `problem` is a clause in Bahasa Indonesia. */
  cell(code: FindingCode, severity: Severity, row: number, key: string, problem: string): void {
    const column = this.header(key);
    const col = this.sheetColumn.get(key);
    this.findings.push({
      sheet: this.sheetName,
      row,
      column,
      code,
      severity,
      message: `${this.sheetName} baris ${row}, kolom "${column}": ${sentenceEnd(problem)}`,
      ...(col !== undefined ? { cell: `${columnLetter(col)}${row}` } : {}),
    });
  }
}

/** A finding about a whole sheet or a whole column (no single cell to point at). */
export function sheetFinding(sheet: string, code: FindingCode, severity: Severity, problem: string, row = 0, column = '', cell?: string): Finding {
  const where = row > 0 ? `${sheet} baris ${row}${column ? `, kolom "${column}"` : ''}` : sheet;
  return { sheet, row, column, code, severity, message: `${where}: ${sentenceEnd(problem)}`, ...(cell ? { cell } : {}) };
}

/** Closes a message with one full stop: problems often end in a column hint that has its own. */
function sentenceEnd(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
