import { readFileSync } from 'node:fs';
import { CompressingPart, PartCompressor } from '../../../../src/io/xlsx/opc/compressAhead';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { compressBytes, compressInPieces } from '../../../../src/io/xlsx/zip/compressedPart';
import { compressionDeflateStream, compressionStreamDeflate, deflateAtEnd, pakoDeflate } from '../../../../src/io/xlsx/zip/deflate';
import { entryData, readZipDirectory } from '../../../../src/io/xlsx/zip/zipDirectory';
import { SheetSpec } from '../../../../src/sheets/spec';
import { EVERY_FEATURE, SMALL_REPORT } from '../../../helpers/everySpec';

/** A long report sheet: 20k rows of text (with characters outside ASCII and outside the BMP), numbers and blanks. */
const LONG: SheetSpec = {
  name: 'Data Laporan',
  role: 'report',
  values: Array.from({ length: 20_000 }, (_, i) => ['P3373010', 2025, i % 3 === 0 ? null : i * 1.5, `Kelurahan ${i % 40} – ä 😀`, { text: `tautan ${i}`, url: `https://contoh.example/${i}` }]),
  styles: [{ range: 'A1:E1', style: { bold: true } }],
};

/** A compressor on this thread (the page's worker does the same on its own): the pieces of each part it compressed counted. */
function counting(): { compressor: PartCompressor; pieces: number[] } {
  const pieces: number[] = [];
  const open = compressionDeflateStream()!;
  const compressor: PartCompressor = {
    start(): CompressingPart {
      const part = compressInPieces(open());
      const at = pieces.push(0) - 1;
      return {
        write(data) {
          pieces[at]++;
          part.write(typeof data === 'string' ? new TextEncoder().encode(data) : data);
        },
        end: () => part.end(),
      };
    },
  };
  return { compressor, pieces };
}

/** Every entry of a zip as stored: name, method, checksum, size and its stored bytes. */
function entries(zip: Uint8Array): unknown[] {
  return [...readZipDirectory(zip).values()].map((e) => ({ name: e.name, method: e.method, crc32: e.crc32, size: e.size, data: Buffer.from(entryData(zip, e)).toString('base64') }));
}

describe('parts compressed ahead, piece by piece', () => {
  const created = new Date(Date.UTC(2026, 0, 5));

  it('are stored byte for byte as the package stores them itself, the long sheet handed over in many pieces', async () => {
    const input = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
    const specs = [SMALL_REPORT, LONG, EVERY_FEATURE];
    const plain = await addSheetsToWorkbook(input, specs, { created });
    const { compressor, pieces } = counting();
    const ahead = await addSheetsToWorkbook(input, specs, { created, compressor });
    expect(entries(ahead.bytes)).toEqual(entries(plain.bytes));
    // The long sheet went in many pieces, while it was written; every other new or changed part whole; the rest copied.
    expect(Math.max(...pieces)).toBeGreaterThan(5);
    const kept = new Set(entries(input).map((e) => JSON.stringify(e)));
    expect(pieces.length).toBe(entries(ahead.bytes).filter((e) => !kept.has(JSON.stringify(e))).length);
    expect(pieces.filter((n) => n === 1).length).toBe(pieces.length - 1);
    expect(readWorkbookBytes(ahead.bytes).sheets.find((s) => s.name === 'Data Laporan')!.rows[4]).toEqual(['P3373010', 2025, 6, 'Kelurahan 4 – ä 😀', 'tautan 4']);
  });

  it('give a new workbook the same bytes too', async () => {
    const { compressor } = counting();
    expect(entries(await writeWorkbook([LONG, SMALL_REPORT], { created, compressor }))).toEqual(entries(await writeWorkbook([LONG, SMALL_REPORT], { created })));
  });

  it.each([
    ["CompressionStream('deflate-raw')", compressionDeflateStream()!, compressionStreamDeflate()!],
    ['pako, at the end', deflateAtEnd(pakoDeflate), pakoDeflate],
  ])('make, from bytes in pieces, the part compressBytes makes of them whole (%s)', async (_, open, deflate) => {
    const whole = new TextEncoder().encode('<row>baris ä 😀</row>'.repeat(50_000));
    const part = compressInPieces(open());
    for (let at = 0; at < whole.length; at += 65_537) part.write(whole.subarray(at, at + 65_537));
    expect(await part.end()).toEqual(await compressBytes(whole, deflate));
    // Nothing at all: stored, empty, as compressBytes stores it.
    expect(await compressInPieces(open()).end()).toEqual(await compressBytes(new Uint8Array(0), deflate));
  });
});
