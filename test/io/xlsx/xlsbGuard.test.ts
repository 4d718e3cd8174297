import { randomBytes } from 'node:crypto';
import { RawSheet } from '../../../src/domain/raw';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import * as sheetJsModule from '../../../src/io/xlsx/sheetJs';
import { readWithSheetJs } from '../../../src/io/xlsx/sheetJsRead';
import { DATA_LAPORAN_ONLY, EVERY_SHEET } from '../../../src/io/xlsx/sheetSelection';
import { CellTally } from '../../../src/io/xlsx/cellTally';
import { XlsbRecordCounter, XlsbSheetCounter, XlsbStringsCounter } from '../../../src/io/xlsx/xlsbCells';
import { checkXlsbParts, xlsbWalks } from '../../../src/io/xlsx/xlsbGuard';
import { Biff12Walker } from '../../../src/io/xlsx/xlsbRecords';
import { readZipDirectory } from '../../../src/io/xlsx/zip/zipDirectory';
import { beforeSheetDataEnd, body, fastDeflated, record, rk, rowHeader, RT, sampleXlsb, sheetPart, wide, withParts, xlsbCellBomb, xlsbParts } from '../../helpers/xlsbParts';
import { filledCells, readRefusal } from '../../helpers/readRefusal';

const refusal = (bytes: Uint8Array, name = 'bom.xlsb') => readRefusal(bytes, name);

/** Cells holding a value and merged ranges in raw sheets: what SheetJS built from the records. */
function builtCells(sheets: readonly RawSheet[]): number {
  return filledCells(sheets) + sheets.reduce((n, sheet) => n + (sheet.merges?.length ?? 0), 0);
}

/** The guard's count over a package, without reading it. */
function tallied(bytes: Uint8Array): CellTally {
  const plan = xlsbWalks(bytes, readZipDirectory(bytes), 'uji.xlsb')!;
  checkXlsbParts(bytes, plan.walks, plan.tally, 'uji.xlsb');
  return plan.tally;
}

/** A sheet counter (or the shared strings counter) with small limits, fed `records` in chunks of `chunk` bytes. */
function walked(records: Uint8Array[], options: { chunk?: number; cells?: number; strings?: boolean } = {}): CellTally {
  const tally = new CellTally({ cells: options.cells ?? 1000, strings: options.cells ?? 1000 });
  const walker = new Biff12Walker(options.strings ? new XlsbStringsCounter(tally) : new XlsbSheetCounter(tally, 'S'));
  const bytes = Buffer.concat(records);
  const chunk = options.chunk ?? bytes.length;
  for (let at = 0; at < bytes.length; at += chunk) walker.feed(bytes.subarray(at, at + chunk));
  walker.end();
  return tally;
}

describe('.xlsb cell records: counted before SheetJS parses the file', () => {
  let xlsb: Uint8Array;
  let withSst: Uint8Array;
  let bayiPart: string;
  let sheetJsCalls: jest.SpyInstance;
  beforeAll(() => {
    // The sample register, saved as .xlsb by SheetJS: inline strings, and with a shared string table.
    const sample = sampleXlsb();
    xlsb = sample.bytes;
    withSst = sampleXlsb({ sst: true }).bytes;
    bayiPart = sheetPart(sample.sheetNames, 'Register Bayi');
  });
  beforeEach(() => {
    sheetJsCalls = jest.spyOn(sheetJsModule, 'sheetJs');
  });
  afterEach(() => sheetJsCalls.mockRestore());

  it('the sample saved as .xlsb reads exactly as SheetJS reads it, and the count is what SheetJS builds', () => {
    for (const bytes of [xlsb, withSst]) {
      const bySheetJs = readWithSheetJs(bytes, EVERY_SHEET).sheets;
      const read = readWorkbookBytes(bytes, 'contoh.xlsb');
      expect(read.sheets).toEqual(bySheetJs);
      expect(read.sheets.find((s) => s.name === 'Register Bayi')!.rows.length).toBeGreaterThan(100);
      const tally = tallied(bytes);
      expect(tally.problem).toBeNull();
      expect(tally.cells).toBe(builtCells(bySheetJs));
    }
    expect(xlsbParts(withSst).has('xl/sharedStrings.bin')).toBe(true);
    expect(tallied(withSst).strings).toBeGreaterThan(1000);
  });

  it('a value filled down 31 columns past 5 million cells (a 6 MB file) is refused before SheetJS is loaded, naming the sheet and where', () => {
    // 161 500 rows × 31 numbers after the sample's own rows: 56 MB of records, deflating ~9×.
    const bomb = xlsbCellBomb();
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const error = refusal(bomb);
    expect(sheetJsCalls).not.toHaveBeenCalled();
    expect([error.reason, error.message]).toEqual([
      'too-large',
      expect.stringMatching(/^bom\.xlsb: file terlalu besar untuk dibuka: sheet "Register Bayi" membuat jumlah sel berisi melebihi 5\.000\.000 \(batas seluruh buku kerja; terlewati di sel [A-Z]+16\d{4}\)\. Buka file di Excel, hapus baris dan kolom yang tidak dipakai atau pisahkan register per tahun, lalu simpan ulang sebagai \.xlsx\.$/),
    ]);
    // A command that reads only Data Laporan has SheetJS parse no sheet of it: nothing to refuse.
    expect(readWorkbookBytes(bomb, 'bom.xlsb', DATA_LAPORAN_ONLY).sheets).toEqual([]);
    expect(sheetJsCalls).toHaveBeenCalled();
  });

  it('a hyperlink over the whole sheet (17 billion cells SheetJS would build) or a cell beyond the grid is refused the same way', () => {
    const part = xlsbParts(xlsb).get(bayiPart)!;
    const link = record(RT.hlink, body(0, 1_048_575, 0, 16_383, wide('rId9'), wide(''), wide(''), wide('')));
    // BrtHLink lies after the sheet data; appended at the part's end it is read the same.
    const linked = withParts(xlsb, { [bayiPart]: new Uint8Array(Buffer.concat([part, link])) });
    expect(refusal(linked).message).toBe(
      'bom.xlsb: file terlalu besar untuk dibuka: di sheet "Register Bayi", satu tautan (hyperlink) mencakup A1:XFD1048576 (17.179.869.184 sel), sehingga buku kerja berisi lebih dari 5.000.000 sel saat dibuka (batas seluruh buku kerja). Periksa asal file; di Excel pilih A1:XFD1048576, klik kanan > Hapus Hyperlink, lalu simpan ulang sebagai .xlsx.',
    );
    const far = withParts(xlsb, { [bayiPart]: beforeSheetDataEnd(part, Buffer.concat([rowHeader(1_999_999_999), record(RT.cellRk, body(2, 0, rk(1)))])) });
    expect(refusal(far).message).toBe(
      'bom.xlsb: file terlalu besar untuk dibuka: sheet "Register Bayi" berisi sel di baris 2.000.000.000, di luar batas lembar kerja (baris 1.048.576, kolom XFD); spreadsheet biasa tidak pernah begitu. Periksa asal file, buka di Excel, hapus baris/kolom yang tidak dipakai di akhir sheet itu, lalu simpan ulang sebagai .xlsx.',
    );
    expect(sheetJsCalls).not.toHaveBeenCalled();
  });

  it('a styles part of 5,1 million cell formats (SheetJS keeps each: 491 MB for these, 8 MB of file) is refused by its record count', () => {
    // BrtBeginCellXFs, then BrtXF records of one (random) byte each: they deflate as real data does.
    const formats = randomBytes(5_100_000);
    const styles = Buffer.alloc(3 + 3 * formats.length);
    styles.set(record(0x0269), 0);
    formats.forEach((b, i) => styles.set([0x2f, 1, b], 3 + 3 * i));
    const bomb = withParts(xlsb, { 'xl/styles.bin': fastDeflated(styles) });
    expect(refusal(bomb).message).toBe('bom.xlsb: file terlalu besar untuk dibuka: bagian xl/styles.bin berisi lebih dari 5.000.000 catatan, jauh di atas buku kerja mana pun. Isi sebesar itu bukan register biasa: periksa asal file, atau pisahkan register per tahun dan hapus sheet yang tidak perlu, lalu simpan ulang dari Excel.');
    expect(sheetJsCalls).not.toHaveBeenCalled();
    // The parts counted so are the Excel binary parts besides sheets and shared strings.
    expect(xlsbWalks(xlsb, readZipDirectory(xlsb), 'uji.xlsb')!.walks.filter((w) => w.handler instanceof XlsbRecordCounter).map((w) => w.entry.name).sort()).toEqual(['xl/metadata.bin', 'xl/styles.bin', 'xl/workbook.bin']);
  });

  it('a cell SheetJS cannot place (a shared string it does not hold, no row before it) is a damaged file, not a sheet SheetJS drops without a word', () => {
    const parts = xlsbParts(withSst);
    const isst = (index: number) => record(0x0007, body(0, 0, index));
    const missing = withParts(withSst, { [bayiPart]: beforeSheetDataEnd(parts.get(bayiPart)!, Buffer.concat([rowHeader(5003), isst(9_999_999)])) });
    // SheetJS alone: the whole Register Bayi read as empty, and nothing said.
    expect(readWithSheetJs(missing, EVERY_SHEET).sheets.find((s) => s.name === 'Register Bayi')!.rows).toEqual([]);
    expect([refusal(missing).reason, refusal(missing).message]).toEqual([
      'corrupt',
      'bom.xlsb: file rusak dan tidak dapat dibuka (sheet "Register Bayi" di file .xlsb tidak utuh: sel merujuk teks ke-9.999.999 yang tidak ada di daftar teks). Minta salinan baru atau simpan ulang dari Excel.',
    ]);
    const rowless = record(0x0007, body(0, 0, 0));
    expect(walked([rowless]).problem).toEqual({ kind: 'damaged', where: 'sheet "S"', why: 'ada sel sebelum baris pertamanya' });
  });

  it('a text whose length runs past its record (SheetJS would read on, in the browser up to 4 billion characters) is a damaged file', () => {
    const part = xlsbParts(xlsb).get(bayiPart)!;
    const text = record(RT.cellSt, body(0, 0, 0x7fffffff, Buffer.from('ab', 'utf16le')));
    const damaged = withParts(xlsb, { [bayiPart]: beforeSheetDataEnd(part, Buffer.concat([rowHeader(5003), text])) });
    expect([refusal(damaged).reason, refusal(damaged).message]).toEqual([
      'corrupt',
      'bom.xlsb: file rusak dan tidak dapat dibuka (sheet "Register Bayi" di file .xlsb tidak utuh: isi sebuah catatan melewati panjangnya). Minta salinan baru atau simpan ulang dari Excel.',
    ]);
    expect(sheetJsCalls).not.toHaveBeenCalled();
  });
});

describe('BIFF12 record walk: what SheetJS builds, record by record', () => {
  const cell = (col: number) => record(RT.cellRk, body(col, 0, rk(col)));
  const short = () => record(RT.shortRk, body(0, rk(1)));

  it('counts value cells, not blank ones, the same however the bytes are split into chunks', () => {
    const blank = record(0x0001, body(3, 0));
    const records = [rowHeader(0), cell(0), short(), short(), blank, rowHeader(1), cell(5), record(RT.cellSt, body(6, 0, wide('Nama')))];
    for (const chunk of [1, 2, 3, 7, 1000]) expect(walked(records, { chunk })).toMatchObject({ cells: 5, problem: null });
  });

  it('follows short records into the next column and stops at the first cell past the limit, or beyond the grid', () => {
    const tally = walked([rowHeader(7), cell(2), short(), short(), short()], { cells: 3 });
    expect(tally.problem).toEqual({ kind: 'cells', sheet: 'S', at: { row: 7, col: 5 }, merge: false });
    expect(walked([rowHeader(0), cell(16_383), short()]).problem).toEqual({ kind: 'outside', sheet: 'S', at: { row: 0, col: 16_384 } });
  });

  it('counts merged ranges and hyperlinked cells as SheetJS builds them, and leaves the row after a hyperlink as SheetJS does', () => {
    const merges = Array.from({ length: 4 }, () => record(RT.mergeCell, body(0, 1, 0, 1)));
    expect(walked([rowHeader(0), cell(0), ...merges], { cells: 4 }).problem).toMatchObject({ kind: 'cells', merge: true });
    const link = (r1: number, r2: number, c1: number, c2: number) => record(RT.hlink, body(r1, r2, c1, c2, 0xffffffff, wide('#A1'), wide(''), wide('')));
    expect(walked([link(0, 9, 0, 9)])).toMatchObject({ cells: 100, problem: null });
    // SheetJS's loop over A1:B1048576 leaves its row at 1 048 576 and its column at C: a short cell after it lands in D, outside the grid.
    expect(walked([rowHeader(0), link(0, 1_048_575, 0, 1), short()], { cells: 3_000_000 }).problem).toEqual({ kind: 'outside', sheet: 'S', at: { row: 1_048_576, col: 3 } });
  });

  it('refuses strings, formatting runs and records cut short, wherever they would have SheetJS read past a record', () => {
    expect(walked([rowHeader(0), record(RT.cellSt, body(0, 0, 5, Buffer.from('abcd', 'utf16le')))]).problem).toEqual({ kind: 'damaged', where: 'sheet "S"' });
    expect(walked([record(RT.hlink, body(0, 0, 0, 0, 3))]).problem).toEqual({ kind: 'damaged', where: 'sheet "S"' });
    expect(walked([rowHeader(0), record(RT.cellRk, new Uint8Array(2))]).problem).toMatchObject({ kind: 'damaged' });
    expect(walked([rowHeader(0), cell(0).subarray(0, 5)]).problem).toMatchObject({ kind: 'damaged' });
    // A shared string with formatting runs: 1 run fits, a count of a billion does not.
    const rich = (runs: number) => record(RT.sstItem, body(new Uint8Array([1]), wide('ab'), runs, 0));
    expect(walked([rich(1)], { strings: true })).toMatchObject({ strings: 1, problem: null });
    expect(walked([rich(1_000_000_000)], { strings: true }).problem).toEqual({ kind: 'damaged', where: 'daftar teks (sharedStrings.bin)' });
  });

  it('counts shared strings up to the table\'s end marker, as SheetJS keeps them', () => {
    const item = record(RT.sstItem, body(new Uint8Array([0]), wide('x')));
    expect(walked([record(RT.beginSst, body(3, 3)), item, item, item, record(RT.endSst), item, item], { strings: true })).toMatchObject({ strings: 3, problem: null });
    expect(walked([item, item, item], { strings: true, cells: 2 }).problem).toEqual({ kind: 'strings', strings: 3 });
  });
});
