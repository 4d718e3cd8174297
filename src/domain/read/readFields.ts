import { Finding } from '../findings';
import { columnLetter, isBlank, RawSheet } from '../raw';
import { SheetSchema } from '../schema/types';
import { CellProblem, readCell, Value } from './cellValue';
import { headerLookup } from './headerRow';
import { normalizeName } from './normalize';
import { sheetFinding } from './tableContext';

/**
 * Reads a label/value sheet (Puskesmas): wherever a standard label stands, its value is the
 * first filled cell to its right on the same row. The finding's column is the label.
 */
export function readFields(sheet: RawSheet, schema: SheetSchema, findings: Finding[]): Record<string, Value> {
  const lookup = headerLookup(schema.columns);
  const values: Record<string, Value> = {};
  const found = new Set<string>();
  sheet.rows.forEach((cells, i) => {
    const row = sheet.firstRow + i;
    for (let j = 0; j < cells.length; j++) {
      if (isBlank(cells[j])) continue;
      const column = lookup.get(normalizeName(cells[j]));
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
      const result = readCell(cells[k]!, column.type);
      values[column.key] = result instanceof CellProblem ? null : result;
      if (result instanceof CellProblem) findings.push(sheetFinding(sheet.name, result.code, 'error', result.problem, row, column.header, at(k)));
      j = k;
    }
  });
  for (const column of schema.columns) {
    if (!found.has(column.key)) {
      values[column.key] = null;
      if (column.need !== 'optional') {
        findings.push(sheetFinding(sheet.name, 'FIELD_MISSING', 'error', `keterangan "${column.header}" tidak ditemukan. Tambahkan baris dengan "${column.header}" di kolom A dan nilainya di kolom B`, 0, column.header));
      }
    }
  }
  return values;
}
