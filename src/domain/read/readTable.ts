import type { DateSystem } from '../dates/excelSerial';
import { Finding } from '../findings';
import { Cell, columnLetter, isBlank, MergeRange, RawSheet } from '../raw';
import { SheetSchema } from '../schema/types';
import { CellProblem, readCell, Value } from './cellValue';
import { findHeaderRow, HEADER_SEARCH_ROWS, HeaderMatch } from './headerRow';
import { nearMisses } from './nearMiss';
import { sheetFinding, TableContext } from './tableContext';

export interface ParsedRow {
  /** Row number as Excel shows it. */
  row: number;
  /** Column key → value; null for a blank or unreadable cell. */
  values: Record<string, Value>;
  /** Keys of cells that held something unreadable (already reported). */
  unreadable?: string[];
}

export interface ParsedTable {
  context: TableContext;
  rows: ParsedRow[];
}

/**
 * Reads a table sheet: finds its header row, maps the standard columns (in any order,
 * extra columns kept and ignored), then reads every non-blank row into typed values.
 * Every problem becomes a finding; nothing is thrown for bad data. Date cells count days in
 * `dateSystem`, the workbook's.
 */
export function readTable(sheet: RawSheet, schema: SheetSchema, findings: Finding[], dateSystem: DateSystem = 1900): ParsedTable | null {
  const header = findHeaderRow(sheet.rows, schema.columns);
  if (header === null) {
    const empty = sheet.rows.every((r) => r.every(isBlank));
    findings.push(
      empty
        ? sheetFinding(sheet.name, 'SHEET_EMPTY', 'error', `sheet ini kosong. Isi baris judul kolom (${schema.columns.slice(0, 4).map((c) => c.header).join(', ')}, …) lalu datanya, atau pakai templat dari tombol Siapkan templat`)
        : sheetFinding(sheet.name, 'HEADER_NOT_FOUND', 'error', `baris judul kolom tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama. Pastikan ada satu baris berisi judul standar seperti ${schema.columns.slice(0, 4).map((c) => `"${c.header}"`).join(', ')}`),
    );
    return null;
  }
  const headerRowNumber = sheet.firstRow + header.rowIndex;
  const sheetColumn = new Map<string, number>();
  for (const [key, index] of header.columns) sheetColumn.set(key, sheet.firstCol + index);
  const context = new TableContext(schema, sheet.name, sheetColumn, header.written, findings);

  for (const dup of header.duplicates) {
    const first = context.header(dup.key);
    findings.push(
      sheetFinding(sheet.name, 'HEADER_DUPLICATE', 'error', `judul kolom "${dup.text}" sama dengan kolom "${first}" di ${columnLetter(sheetColumn.get(dup.key)!)}${headerRowNumber}. Hapus atau ganti nama salah satunya`, headerRowNumber, dup.text, `${columnLetter(sheet.firstCol + dup.index)}${headerRowNumber}`),
    );
  }
  reportMissingColumns(sheet, schema, header, headerRowNumber, findings);

  reportMerges(sheet, header.rowIndex, context);

  const mapped = [...header.columns.entries()].map(([key, index]) => ({ key, index, column: context.columnsByKey.get(key)! }));
  // Every row's values start as a copy of this blank row: one allocation of the final shape
  // per row, instead of an object grown key by key (a register has ~30 columns, 100k rows).
  // (Built in one go: an object given its keys one by one in a loop may already be a dictionary.)
  const blankRow: Record<string, Value> = Object.fromEntries(mapped.map(({ key }) => [key, null]));
  const rows: ParsedRow[] = [];
  for (let i = header.rowIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (!cells || !anyFilled(cells, mapped)) continue;
    const row = sheet.firstRow + i;
    const values: Record<string, Value> = { ...blankRow };
    let unreadable: string[] | undefined;
    for (const { key, index, column } of mapped) {
      const cell = cells[index];
      if (isBlank(cell)) {
        values[key] = null;
        if (column.need === 'value') context.cell('REQUIRED_EMPTY', 'error', row, key, `wajib diisi. ${column.hint}`);
        continue;
      }
      const result = readCell(cell!, column.type, dateSystem);
      if (result instanceof CellProblem) {
        values[key] = null;
        (unreadable ??= []).push(key);
        context.cell(result.code, 'error', row, key, result.problem);
      } else {
        values[key] = result;
      }
    }
    rows.push(unreadable ? { row, values, unreadable } : { row, values });
  }
  return { context, rows };
}

/**
 * A required column the header row lacks is an error; when an unknown header looks like it
 * ("Tangal Lahir" for "Tanggal Lahir"), the finding points at that header and names the
 * standard one. An optional column misspelt the same way is a warning: it is not read.
 */
function reportMissingColumns(sheet: RawSheet, schema: SheetSchema, header: HeaderMatch, headerRowNumber: number, findings: Finding[]): void {
  const missing = schema.columns.filter((c) => !header.columns.has(c.key));
  const guesses = new Map(nearMisses(missing, header.unknown).map((m) => [m.column.key, m.header]));
  for (const column of missing) {
    const guess = guesses.get(column.key);
    if (guess) {
      const cell = `${columnLetter(sheet.firstCol + guess.index)}${headerRowNumber}`;
      const required = column.need !== 'optional';
      findings.push({
        sheet: sheet.name,
        row: headerRowNumber,
        // The standard header, as for any missing column (report computability maps it to its figures).
        column: column.header,
        code: required ? 'COLUMN_MISSING' : 'HEADER_NEAR_MISS',
        severity: required ? 'error' : 'warning',
        message: `${sheet.name} sel ${cell}: kolom "${guess.text}" — maksudnya "${column.header}"? ${required ? 'Kolom wajib' : 'Kolom'} "${column.header}" tidak ditemukan dan kolom "${guess.text}" tidak dibaca. Ganti judul di sel ${cell} menjadi "${column.header}".`,
        cell,
      });
    } else if (column.need !== 'optional') {
      findings.push(sheetFinding(sheet.name, 'COLUMN_MISSING', 'error', `kolom wajib "${column.header}" tidak ada. Tambahkan kolom dengan judul "${column.header}" di baris ${headerRowNumber}`, headerRowNumber, column.header));
    }
  }
}

/** Whether a row has something in a standard column (a row filled only in extra columns is skipped). */
function anyFilled(cells: readonly Cell[], mapped: readonly { index: number }[]): boolean {
  for (const m of mapped) if (!isBlank(cells[m.index])) return true;
  return false;
}

/** A merged area below the header that touches a standard column hides values: report it once. */
function reportMerges(sheet: RawSheet, headerIndex: number, context: TableContext): void {
  const headerRow = sheet.firstRow + headerIndex;
  const columnOf = new Map<number, string>();
  for (const [key, col] of context.sheetColumn) columnOf.set(col, key);
  for (const merge of sheet.merges ?? ([] as MergeRange[])) {
    if (merge.bottom <= headerRow) continue;
    let key: string | undefined;
    for (let c = merge.left; c <= merge.right && key === undefined; c++) key = columnOf.get(c);
    if (key === undefined) continue;
    const top = Math.max(merge.top, headerRow + 1);
    const area = `${columnLetter(merge.left)}${merge.top}:${columnLetter(merge.right)}${merge.bottom}`;
    context.cell('MERGED_CELLS', 'error', top, key, `sel ${area} digabung (merge), sehingga sebagian nilai tersembunyi. Pisahkan sel (Unmerge) lalu isi setiap baris`);
  }
}
