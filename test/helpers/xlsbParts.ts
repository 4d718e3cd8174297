import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { forEachRecord } from '../../src/io/xlsx/xlsbRecords';
import { inflateEntry } from '../../src/io/xlsx/zip/inflateEntry';
import { readZipDirectory } from '../../src/io/xlsx/zip/zipDirectory';
import { buildZip, Deflated } from './zipParts';

/** BIFF12 record types the tests write (MS-XLSB 2.3.2). */
export const RT = {
  rowHdr: 0x0000,
  cellRk: 0x0002,
  cellSt: 0x0006,
  shortRk: 0x000d,
  sstItem: 0x0013,
  beginSheetData: 0x0091,
  endSheetData: 0x0092,
  beginSst: 0x009f,
  endSst: 0x00a0,
  mergeCell: 0x00b0,
  hlink: 0x01ee,
} as const;

/** One record: its type and length as 7-bit varints, then the body. */
export function record(type: number, body: Uint8Array = new Uint8Array(0)): Uint8Array {
  const head: number[] = type < 0x80 ? [type] : [(type & 0x7f) | 0x80, type >> 7];
  let length = body.length;
  do {
    head.push((length & 0x7f) | (length > 0x7f ? 0x80 : 0));
    length >>>= 7;
  } while (length > 0);
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

/** Little-endian 32-bit numbers and raw bytes, joined into a record body. */
export function body(...fields: (number | Uint8Array)[]): Uint8Array {
  const parts = fields.map((f) => {
    if (typeof f !== 'number') return f;
    const b = Buffer.alloc(4);
    b.writeUInt32LE(f >>> 0, 0);
    return b;
  });
  return new Uint8Array(Buffer.concat(parts));
}

/** An XLWideString: its character count, then UTF-16LE. */
export function wide(text: string): Uint8Array {
  return body(text.length, Buffer.from(text, 'utf16le'));
}

/** A row header (BrtRowHdr) for 0-based row `row`, as SheetJS writes it (17 bytes). */
export function rowHeader(row: number): Uint8Array {
  return record(RT.rowHdr, body(row, 0, new Uint8Array(9)));
}

/** The parts of an .xlsb (or any zip), inflated, by name. */
export function xlsbParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipDirectory(bytes).values()) parts.set(entry.name, inflateEntry(bytes, entry, Infinity, () => new Error('too large')));
  return parts;
}

/** The package again, with `edits` (part name → new bytes, already deflated or not). */
export function withParts(bytes: Uint8Array, edits: Record<string, Uint8Array | Deflated>): Uint8Array {
  const parts = xlsbParts(bytes);
  return buildZip([...parts].map(([name, data]) => ({ name, data: edits[name] ?? data })));
}

/** A sheet part with `records` inserted just before its end of sheet data (BrtEndSheetData). */
export function beforeSheetDataEnd(sheet: Uint8Array, records: Uint8Array): Uint8Array {
  let at = -1;
  forEachRecord(sheet, (type, start) => {
    // BrtEndSheetData's header: 2 bytes of type (0x92 0x01) and 1 of length (0).
    if (type === RT.endSheetData) at = start - 3;
  });
  if (at < 0) throw new Error('no BrtEndSheetData');
  return new Uint8Array(Buffer.concat([sheet.subarray(0, at), records, sheet.subarray(at)]));
}

/** Bytes deflated fast (large test parts), with their size; CRC left 0 as the readers do not check it. */
export function fastDeflated(data: Uint8Array): Deflated {
  return { deflated: new Uint8Array(deflateRawSync(data, { level: 1, strategy: constants.Z_DEFAULT_STRATEGY })), size: data.length, crc: 0 };
}

/** An RK number for a whole number (MS-XLSB 2.5.122: fInt set, value shifted by two bits). */
export function rk(n: number): number {
  return ((n << 2) | 2) >>> 0;
}

/**
 * `rows` rows from 0-based row `from`, each `cols` numbers wide (a value filled down a register
 * as far as a hostile or broken file goes): a BrtCellRk in column A, then BrtShortRk records
 * (each "the next column"), as Excel writes a row of numbers. Values vary, so the part deflates
 * as real data does (well under the readers' inflation-ratio bound).
 */
export function filledRows(from: number, rows: number, cols: number): Uint8Array {
  const row = rowHeader(0);
  const first = record(RT.cellRk, body(0, 0, 0));
  const next = record(RT.shortRk, body(0, 0));
  const size = row.length + first.length + next.length * (cols - 1);
  const out = Buffer.alloc(size * rows);
  for (let r = 0; r < rows; r++) {
    let at = r * size;
    out.set(row, at);
    out.writeUInt32LE(from + r, at + 2);
    at += row.length;
    out.set(first, at);
    out.writeUInt32LE(rk(r), at + 2 + 8);
    at += first.length;
    for (let c = 1; c < cols; c++, at += next.length) {
      out.set(next, at);
      out.writeUInt32LE(rk((r * 7 + c * 13) % 1000), at + 2 + 4);
    }
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The sample register (templates/contoh-puskesmas.xlsx) saved as .xlsb by SheetJS, inline strings or with a shared string table. */
export function sampleXlsb(options: { sst?: boolean } = {}): { bytes: Uint8Array; sheetNames: string[] } {
  const workbook = XLSX.read(readFileSync(join(__dirname, '..', '..', 'templates', 'contoh-puskesmas.xlsx')), { type: 'buffer' });
  // SheetJS notes on the console that it cannot write the print titles' names into an .xlsb.
  const error = console.error;
  console.error = () => undefined;
  try {
    return { bytes: new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsb', bookSST: options.sst === true }) as Buffer), sheetNames: workbook.SheetNames };
  } finally {
    console.error = error;
  }
}

/** The part of a SheetJS-written .xlsb holding sheet `name`. */
export function sheetPart(sheetNames: readonly string[], name: string): string {
  return `xl/worksheets/sheet${sheetNames.indexOf(name) + 1}.bin`;
}

/**
 * The sample .xlsb with `rows` rows of 31 numbers after Register Bayi's own (161 500 rows: just
 * over 5 million cells in all; 56 MB of records in a 6 MB file).
 */
export function xlsbCellBomb(rows = 161_500): Uint8Array {
  const { bytes, sheetNames } = sampleXlsb();
  const part = sheetPart(sheetNames, 'Register Bayi');
  const sheet = beforeSheetDataEnd(xlsbParts(bytes).get(part)!, filledRows(5003, rows, 31));
  return withParts(bytes, { [part]: fastDeflated(sheet) });
}
