import { ColumnSchema, RefKind } from '../../domain/schema/types';
import { ValidationSpec } from '../spec';

/** Rows of a register the template prepares drop-downs and hints for. */
export const TEMPLATE_ROWS = 5000;

/* Where each master sheet keeps its codes in the template: column A, data from row 4. */
export const FIRST_DATA_ROW = 4;
const REF_SOURCE: Record<RefKind, string> = {
  kelurahan: `=Kelurahan!$A$${FIRST_DATA_ROW}:$A$2000`,
  sekolah: `=Sekolah!$A$${FIRST_DATA_ROW}:$A$3000`,
  vaksin: `=Vaksin!$A$${FIRST_DATA_ROW}:$A$300`,
};

/** Excel serials bounding plausible register dates: 01-01-1920 and 31-12-2099. */
const FIRST_DATE_SERIAL = 7306;
const LAST_DATE_SERIAL = 73050;

/** Number format a column's cells get, so typed values keep their form (a NIK stays text). */
export function columnFormat(column: ColumnSchema): string | null {
  switch (column.type) {
    case 'date':
      return 'dd-mm-yyyy';
    case 'nik':
    case 'code':
    case 'phone':
      return '@';
    default:
      return null;
  }
}

/** The drop-down, range check or hint that helps a petugas fill one column correctly. */
export function columnValidation(column: ColumnSchema, range: string): ValidationSpec {
  const prompt = { title: column.header.slice(0, 32), text: column.hint };
  if (column.ref) return { kind: 'list', range, source: REF_SOURCE[column.ref], prompt, strict: false };
  switch (column.type) {
    case 'sex':
      return { kind: 'list', range, values: ['L', 'P'], prompt, strict: true };
    case 'scheme':
      return { kind: 'list', range, values: ['Td terkini', '2005 (TT)'], prompt, strict: true };
    case 'zone':
      return { kind: 'list', range, values: ['WIB', 'WITA', 'WIT'], prompt, strict: true };
    case 'schedule':
      return { kind: 'list', range, values: ['Kemenkes terkini', 'Permenkes 12/2017'], prompt, strict: true };
    // Short closed ranges get a drop-down; a picked "3" is stored as the number 3.
    case 'kelas':
      return { kind: 'list', range, values: numbers(1, 6), prompt, strict: true };
    case 'tStatus':
      return { kind: 'list', range, values: numbers(0, 5), prompt, strict: true };
    case 'month':
      return { kind: 'list', range, values: numbers(1, 12), prompt, strict: true };
    case 'year':
      return { kind: 'whole', range, min: 1900, max: 2100, prompt, strict: true };
    case 'count':
      return { kind: 'whole', range, min: 0, max: 10_000_000, prompt, strict: true };
    case 'integer':
      return { kind: 'whole', range, min: 1, max: 100_000, prompt, strict: true };
    case 'date':
      // Only a warning: a date typed as text (17-08-2024) is still read by the add-in.
      return { kind: 'date', range, min: FIRST_DATE_SERIAL, max: LAST_DATE_SERIAL, prompt, strict: false };
    default:
      return { kind: 'prompt', range, prompt };
  }
}

function numbers(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}
