import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

interface CfbContainer {
  FileIndex: { name: string; content: Uint8Array | number[]; size: number }[];
  FullPaths: string[];
}
const CFB = (XLSX as unknown as { CFB: { read(d: Buffer, o: object): CfbContainer; write(c: CfbContainer, o: object): Buffer } }).CFB;

/** BIFF8 record types the tests write (MS-XLS 2.3). */
export const XLS_RT = { eof: 0x000a, boundSheet: 0x0085, mulRk: 0x00bd, mergeCells: 0x00e5, sst: 0x00fc, continue: 0x003c, number: 0x0203, hLink: 0x01b8, hLinkTooltip: 0x0800 } as const;

/** One BIFF record: type and length (2 bytes each), then the body. */
export function xlsRecord(type: number, body: Uint8Array | number[] = []): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, Buffer.from(body)]);
}

/** Little-endian 16-bit numbers, as a record body. */
export function words(...values: number[]): Buffer {
  const b = Buffer.alloc(2 * values.length);
  values.forEach((v, i) => b.writeUInt16LE(v, 2 * i));
  return b;
}

/** The sample register (templates/contoh-puskesmas.xlsx) saved as .xls (BIFF8) by SheetJS. */
export function sampleXls(): Uint8Array {
  const workbook = XLSX.read(readFileSync(join(__dirname, '..', '..', 'templates', 'contoh-puskesmas.xlsx')), { type: 'buffer' });
  return new Uint8Array(XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

/** The Workbook stream of an .xls. */
export function workbookStream(xls: Uint8Array): Buffer {
  const cfb = CFB.read(Buffer.from(xls), { type: 'buffer' });
  return Buffer.from(cfb.FileIndex[cfb.FullPaths.findIndex((p) => /\/Workbook$/.test(p))].content);
}

/** The .xls with `records` added at the end of its last sheet (before that sheet's EOF: no other substream moves). */
export function withLastSheetRecords(xls: Uint8Array, records: Buffer): Uint8Array {
  const cfb = CFB.read(Buffer.from(xls), { type: 'buffer' });
  const entry = cfb.FileIndex[cfb.FullPaths.findIndex((p) => /\/Workbook$/.test(p))];
  const stream = Buffer.from(entry.content);
  const eof = stream.length - 4;
  if (stream.readUInt16LE(eof) !== XLS_RT.eof) throw new Error('the stream does not end with an EOF');
  entry.content = Buffer.concat([stream.subarray(0, eof), records, stream.subarray(eof)]);
  entry.size = entry.content.length;
  return new Uint8Array(CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }));
}

/**
 * `rows` rows of 256 whole numbers (BIFF8's full width) from 0-based row `from`, one MULRK
 * record a row (6 bytes a number): the densest way BIFF8 stores cells.
 */
export function mulRkRows(from: number, rows: number): Buffer {
  const size = 4 + 4 + 256 * 6 + 2;
  const out = Buffer.alloc(size * rows);
  for (let r = 0; r < rows; r++) {
    const at = r * size;
    out.writeUInt16LE(XLS_RT.mulRk, at);
    out.writeUInt16LE(size - 4, at + 2);
    out.writeUInt16LE(from + r, at + 4);
    out.writeUInt16LE(0, at + 6);
    for (let c = 0; c < 256; c++) {
      out.writeUInt16LE(15, at + 8 + 6 * c);
      out.writeInt32LE((((r * 7 + c) % 100000) << 2) | 2, at + 10 + 6 * c);
    }
    out.writeUInt16LE(255, at + size - 2);
  }
  return out;
}
