import type { DateSystem } from '../dates/excelSerial';
import { Finding } from '../findings';
import { columnLetter, isBlank, RawSheet } from '../raw';
import { SheetSchema } from '../schema/types';
import { CellProblem, readCell, Value } from './cellValue';
import { headerLookup } from './headerRow';
import { nearMisses, UnknownHeader } from './nearMiss';
import { normalizeName, visibleText } from './normalize';
import { sheetFinding } from './tableContext';

/**
 * Reads a label/value sheet (Puskesmas): wherever a standard label stands, its value is the
 * first filled cell to its right on the same row. The finding's column is the label. Dates
 * count days in `dateSystem`, the workbook's.
 */
export function readFields(sheet: RawSheet, schema: SheetSchema, findings: Finding[], dateSystem: DateSystem = 1900): Record<string, Value> {
  const lookup = headerLookup(schema.columns);
  const values: Record<string, Value> = {};
  const found = new Set<string>();
  /** Each row's first text when it is no standard label: a label misspelt, or the user's own. */
  const unknown: (UnknownHeader & { row: number; cell: string })[] = [];
  sheet.rows.forEach((cells, i) => {
    const row = sheet.firstRow + i;
    const first = cells.findIndex((c) => !isBlank(c));
    for (let j = 0; j < cells.length; j++) {
      if (isBlank(cells[j])) continue;
      const column = lookup.get(normalizeName(cells[j]));
      if (!column && j === first && typeof cells[j] === 'string') {
        unknown.push({ index: unknown.length, text: visibleText(cells[j]), row, cell: `${columnLetter(sheet.firstCol + j)}${row}` });
      }
      if (!column || found.has(column.key)) continue;
      found.add(column.key);
      // The value is the next cell, past a lone ":" some forms put between label and value.
      let k = j + 1;
      while (k < cells.length && typeof cells[k] === 'string' && String(cells[k]).trim() === ':') k++;
      const at = (col: number) => `${columnLetter(sheet.firstCol + col)}${row}`;
      if (isBlank(cells[k])) {
        values[column.key] = null;
        if (column.need === 'value') {
          findings.push(sheetFinding(sheet.name, 'REQUIRED_EMPTY', 'error', `nilai "${column.header}" belum diisi. Isi di sel kanan label: ${column.hint}`, row, column.header, at(k)));
        }
        continue;
      }
      const result = readCell(cells[k]!, column.type, dateSystem);
      values[column.key] = result instanceof CellProblem ? null : result;
      if (result instanceof CellProblem) findings.push(sheetFinding(sheet.name, result.code, 'error', result.problem, row, column.header, at(k)));
      j = k;
    }
  });
  const missing = schema.columns.filter((c) => !found.has(c.key));
  const guesses = new Map(nearMisses(missing, unknown).map((m) => [m.column.key, unknown[m.header.index]]));
  for (const column of missing) {
    values[column.key] = null;
    const guess = guesses.get(column.key);
    if (column.need === 'optional') continue;
    if (guess) {
      findings.push({
        sheet: sheet.name,
        row: guess.row,
        column: column.header,
        code: 'FIELD_MISSING',
        severity: 'error',
        message: `${sheet.name} sel ${guess.cell}: keterangan "${guess.text}" — maksudnya "${column.header}"? Keterangan wajib "${column.header}" tidak ditemukan dan nilai di samping "${guess.text}" tidak dibaca. Ganti teks di sel ${guess.cell} menjadi "${column.header}".`,
        cell: guess.cell,
      });
    } else {
      findings.push(sheetFinding(sheet.name, 'FIELD_MISSING', 'error', `keterangan "${column.header}" tidak ditemukan. Tambahkan baris dengan "${column.header}" di kolom A dan nilainya di kolom B`, 0, column.header));
    }
  }
  return values;
}
