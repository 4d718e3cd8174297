import * as XLSX from 'xlsx';
import { computeWorkbookStatus } from '../../src/app/status';
import { Cell, RawWorkbook } from '../../src/domain/raw';
import { sheetSchema } from '../../src/domain/schema/registers';
import { SheetKey } from '../../src/domain/schema/types';
import { PersonStatus } from '../../src/domain/status/types';
import { toRow } from '../../src/sample/context';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, roundTrip } from './workbook';

/** A register row by column key; dates as 'YYYY-MM-DD' (written as real Excel dates). */
export type Rec = Record<string, Cell | undefined>;

export interface RegisterBook {
  skema?: 'Td terkini' | '2005 (TT)';
  bayi?: Rec[];
  bias?: Rec[];
  wus?: Rec[];
  caten?: Rec[];
  bumil?: Rec[];
  /** Rows of an Aturan sheet, header included. */
  aturan?: Cell[][];
}

const SEKOLAH_ROWS: Cell[][] = [
  sheetSchema('sekolah').columns.map((c) => c.header),
  toRow(sheetSchema('sekolah').columns, { kodeSekolah: 'SD1', namaSekolah: 'SD Negeri 1', kodeKelurahan: 'K02', tahun: 2025, murid1: 20, murid2: 20, murid3: 20, murid5: 20 }),
];

/** A real xlsx workbook (written and read back by SheetJS) with the given register rows. */
export function registerWorkbook(book: RegisterBook): RawWorkbook {
  return roundTrip(registerSheets(book));
}

/** The same workbook as xlsx bytes, for the CLI. */
export function registerWorkbookBytes(book: RegisterBook): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(registerSheets(book))) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

function registerSheets(book: RegisterBook): Record<string, Cell[][]> {
  const sheets: Record<string, Cell[][]> = {
    Puskesmas: PUSKESMAS_ROWS.map((r) => (r[0] === 'Skema' ? ['Skema', book.skema ?? 'Td terkini'] : r)),
    Kelurahan: KELURAHAN_ROWS,
    Sekolah: SEKOLAH_ROWS,
  };
  for (const key of ['bayi', 'bias', 'wus', 'caten', 'bumil'] as const satisfies readonly SheetKey[]) {
    const rows = book[key];
    if (!rows) continue;
    const schema = sheetSchema(key);
    sheets[schema.name] = [schema.columns.map((c) => c.header), ...rows.map((r) => toRow(schema.columns, r))];
  }
  if (book.aturan) sheets.Aturan = book.aturan;
  return sheets;
}

/** Status of every person of the workbook on `today`. */
export function statusOf(book: RegisterBook, today = '2025-12-31') {
  return computeWorkbookStatus(registerWorkbook(book), { today });
}

/** The person with this NIK or `KK:` key. */
export function person(persons: readonly PersonStatus[], key: string): PersonStatus {
  const found = persons.find((p) => p.key === key);
  if (!found) throw new Error(`No person ${key} among ${persons.map((p) => p.key).join(', ')}`);
  return found;
}
