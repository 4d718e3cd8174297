import { Cell } from '../../domain/raw';
import { SheetSchema } from '../../domain/schema/types';
import { columnLetter, rangeAddress } from '../a1';
import { HEADER_FILL } from '../reportFrame';
import { wrappedRowHeights } from '../rowHeights';
import { SheetSpec, SpecCell } from '../spec';
import { columnFormat, columnValidation, FIRST_DATA_ROW, TEMPLATE_ROWS } from './columnInput';

export interface RegisterData {
  /** Data rows of a table sheet, in the schema's column order. */
  rows?: readonly Cell[][];
  /** Values of a label/value sheet, by column key. */
  fields?: Readonly<Record<string, Cell>>;
}

const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 3;

/**
 * A register or master sheet as the template lays it out: title, one line of guidance, the
 * standard header row (bold, frozen), then data rows with drop-downs, hints and formats.
 * With `data`, the same sheet filled (the sample workbook).
 */
export function registerSheetSpec(schema: SheetSchema, data: RegisterData = {}): SheetSpec {
  return schema.layout === 'fields' ? fieldsSheet(schema, data.fields ?? {}) : tableSheet(schema, data.rows ?? []);
}

function tableSheet(schema: SheetSchema, rows: readonly Cell[][]): SheetSpec {
  const columns = schema.columns;
  const last = columns.length;
  const lastRow = Math.max(FIRST_DATA_ROW + TEMPLATE_ROWS - 1, FIRST_DATA_ROW + rows.length - 1);
  const values: SpecCell[][] = [[schema.name.toUpperCase()], [schema.description], columns.map((c) => c.header), ...rows.map((r) => [...r])];
  return {
    name: schema.name,
    role: 'register',
    values,
    columnWidths: columns.map((c) => c.width ?? Math.max(10, Math.min(30, c.header.length + 2))),
    columnFormats: columns.map(columnFormat),
    rowHeights: { [HEADER_ROW]: 32 },
    styles: [
      { range: `A${TITLE_ROW}`, style: { bold: true, fontSize: 14 } },
      { range: `A${NOTE_ROW}`, style: { italic: true, fontColor: '#595959' } },
      { range: rangeAddress(HEADER_ROW, 1, HEADER_ROW, last), style: { bold: true, fill: HEADER_FILL, border: 'thin', wrap: true, vertical: 'middle', horizontal: 'center' } },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    autoFilter: rangeAddress(HEADER_ROW, 1, HEADER_ROW, last),
    validations: columns.map((c, i) => columnValidation(c, `${columnLetter(i + 1)}${FIRST_DATA_ROW}:${columnLetter(i + 1)}${lastRow}`)),
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, gridlines: true },
    tabColor: schema.persons ? '#548235' : '#2F75B5',
  };
}

const FIELD_WIDTHS = [22, 34, 70];

/** Label/value pairs: labels in A, values in B, hints in C. */
function fieldsSheet(schema: SheetSchema, fields: Readonly<Record<string, Cell>>): SheetSpec {
  const values: SpecCell[][] = [
    [`IDENTITAS ${schema.name.toUpperCase()}`],
    [schema.description],
    ['Keterangan', 'Nilai', 'Petunjuk'],
    ...schema.columns.map((c) => [c.header, fields[c.key] ?? null, c.hint]),
  ];
  const last = HEADER_ROW + schema.columns.length;
  return {
    name: schema.name,
    role: 'register',
    values,
    columnWidths: FIELD_WIDTHS,
    rowHeights: wrappedRowHeights(values, FIELD_WIDTHS, schema.columns.map((_, i) => FIRST_DATA_ROW + i)),
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: 'A2', style: { italic: true, fontColor: '#595959' } },
      { range: `A${HEADER_ROW}:C${HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL, border: 'thin' } },
      { range: `A${FIRST_DATA_ROW}:A${last}`, style: { bold: true } },
      { range: `B${FIRST_DATA_ROW}:B${last}`, style: { border: 'thin', fill: '#FFF2CC' } },
      { range: `C${FIRST_DATA_ROW}:C${last}`, style: { italic: true, fontColor: '#595959', wrap: true } },
      // Each value cell keeps its own kind: a NIP stays text, the Tahun stays a number.
      ...schema.columns.flatMap((c, i) => {
        const numberFormat = columnFormat(c);
        return numberFormat ? [{ range: `B${FIRST_DATA_ROW + i}`, style: { numberFormat } }] : [];
      }),
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: schema.columns.map((c, i) => columnValidation(c, `B${FIRST_DATA_ROW + i}`)),
    print: { orientation: 'portrait', fitToWidth: true },
    tabColor: '#2F75B5',
  };
}
