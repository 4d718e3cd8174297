import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { cfbRootStream } from '../../../src/io/xlsx/cfbStream';
import { MAX_FILE_BYTES, readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import * as sheetJsModule from '../../../src/io/xlsx/sheetJs';
import { readWithSheetJs } from '../../../src/io/xlsx/sheetJsRead';
import { EVERY_SHEET } from '../../../src/io/xlsx/sheetSelection';
import { countXlsRecords, MERGE_COPIES } from '../../../src/io/xlsx/xlsCells';
import { CellTally } from '../../../src/io/xlsx/cellTally';
import { checkXlsStream } from '../../../src/io/xlsx/xlsGuard';
import { mulRkRows, sampleXls, withLastSheetRecords, words, workbookStream, XLS_RT, xlsRecord } from '../../helpers/xlsRecords';
import { filledCells, readRefusal } from '../../helpers/readRefusal';

const refusal = (bytes: Uint8Array, name = 'bom.xls') => readRefusal(bytes, name);

/** A Workbook stream of one sheet holding `records`, counted with small limits. */
function counted(records: Buffer[], limits = { cells: 1000, strings: 1000 }): CellTally {
  const bof = xlsRecord(0x0809, words(0x0600, 0x0010, 0, 0, 0, 0, 0, 0));
  const stream = Buffer.concat([xlsRecord(0x0809, words(0x0600, 0x0005, 0, 0, 0, 0, 0, 0)), xlsRecord(XLS_RT.boundSheet, Buffer.concat([Buffer.from([0, 0, 0, 0, 0, 0]), Buffer.from([1, 0]), Buffer.from('S')])), xlsRecord(XLS_RT.eof), bof, ...records, xlsRecord(XLS_RT.eof)]);
  // The BOUNDSHEET points at the sheet's BOF.
  stream.writeUInt32LE(stream.indexOf(bof, 4), 24);
  const tally = new CellTally(limits);
  countXlsRecords(stream, tally);
  return tally;
}

describe('.xls records: counted before SheetJS builds the cells', () => {
  let xls: Uint8Array;
  let lastSheet: string;
  let sheetJsCalls: jest.SpyInstance;
  beforeAll(() => {
    xls = sampleXls();
    lastSheet = XLSX.read(xls, { type: 'array', bookSheets: true }).SheetNames.at(-1)!;
  });
  beforeEach(() => {
    sheetJsCalls = jest.spyOn(sheetJsModule, 'sheetJs');
  });
  afterEach(() => sheetJsCalls.mockRestore());

  it('the sample saved as .xls reads exactly as SheetJS reads it; the count is SheetJS\'s; the stream is the one SheetJS\'s own container reader finds', () => {
    const bySheetJs = readWithSheetJs(xls, EVERY_SHEET).sheets;
    expect(readWorkbookBytes(xls, 'contoh.xls').sheets).toEqual(bySheetJs);
    const tally = checkXlsStream(xls, 'contoh.xls')!;
    expect(tally.problem).toBeNull();
    expect(tally.cells).toBe(filledCells(bySheetJs));
    expect(Buffer.from(cfbRootStream(xls, ['Workbook', 'Book']) as Uint8Array).equals(workbookStream(xls))).toBe(true);
  });

  it('the densest .xls the 40 MB file limit lets through (6,6 million MULRK numbers; BIFF8\'s grid allows 16,7 million a sheet) is refused before SheetJS is loaded', () => {
    // SheetJS alone took 49 s on such a file and ran out of a 3 GB heap (npm run bench has the numbers).
    const bomb = withLastSheetRecords(xls, mulRkRows(1000, 25_800));
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    const error = refusal(bomb);
    expect(sheetJsCalls).not.toHaveBeenCalled();
    expect([error.reason, error.message]).toEqual([
      'too-large',
      expect.stringMatching(new RegExp(`^bom\\.xls: file terlalu besar untuk dibuka: sheet "${lastSheet}" membuat jumlah sel berisi melebihi 5\\.000\\.000 \\(batas seluruh buku kerja; terlewati di sel [A-Z]+\\d+\\)\\. Buka file di Excel, hapus baris dan kolom yang tidak dipakai atau pisahkan register per tahun, lalu simpan ulang sebagai \\.xlsx\\.$`)),
    ]);
  });

  it('merged-range records claiming more ranges than they hold (a 1 MB file SheetJS spent 4 minutes and 3,5 GB on) are a damaged file', () => {
    const claims = Buffer.concat(Array.from({ length: 200 }, () => xlsRecord(XLS_RT.mergeCells, words(0xffff))));
    const bomb = withLastSheetRecords(xls, Buffer.concat([claims, mulRkRows(1000, 100)]));
    expect([refusal(bomb).reason, refusal(bomb).message]).toEqual(['corrupt', `bom.xls: file rusak dan tidak dapat dibuka (sheet "${lastSheet}" di file .xls tidak utuh: isi sebuah catatan melewati panjangnya). Minta salinan baru atau simpan ulang dari Excel.`]);
    expect(sheetJsCalls).not.toHaveBeenCalled();
  });

  it('counts cells, MULRK numbers, hyperlinked cells, shared strings and merge copies as SheetJS builds them', () => {
    const number = (row: number, col: number) => xlsRecord(XLS_RT.number, Buffer.concat([words(row, col, 15), Buffer.alloc(8)]));
    expect(counted([number(0, 0), number(1, 255), mulRkRows(2, 2)])).toMatchObject({ cells: 2 + 512, problem: null });
    expect(counted([number(0, 0), mulRkRows(1, 4)]).problem).toEqual({ kind: 'cells', sheet: 'S', at: { row: 4, col: 255 }, merge: false });
    // A column beyond XFD (BIFF8 stores 16 bits) is beyond any sheet.
    expect(counted([number(3, 20_000)]).problem).toEqual({ kind: 'outside', sheet: 'S', at: { row: 3, col: 20_000 } });
    // SheetJS walks every cell of a hyperlink's range (HLINK, and the tooltip's FRT record).
    expect(counted([xlsRecord(XLS_RT.hLink, words(0, 65_535, 0, 255))]).problem).toMatchObject({ kind: 'link', sheet: 'S', cells: 16_777_216 });
    expect(counted([xlsRecord(XLS_RT.hLinkTooltip, words(0x0800, 0, 9, 0, 9, 0x41))])).toMatchObject({ cells: 100, problem: null });
    // The shared string table: no more strings than it says, nor than 3 bytes each (its CONTINUE records included).
    const sst = (unique: number, bytes: number) => [xlsRecord(XLS_RT.sst, Buffer.concat([Buffer.from([unique, 0, 0, 0, unique, 0, 0, 0]), Buffer.alloc(Math.min(bytes, 8000))])), ...(bytes > 8000 ? [xlsRecord(XLS_RT.continue, Buffer.alloc(bytes - 8000))] : [])];
    expect(counted(sst(100, 3000), { cells: 1000, strings: 50 }).problem).toEqual({ kind: 'strings', strings: 100 });
    expect(counted(sst(255, 30), { cells: 1000, strings: 50 })).toMatchObject({ strings: 10, problem: null });
    expect(counted(sst(200, 9000), { cells: 1000, strings: 1000 })).toMatchObject({ strings: 200 });
    // Merged ranges: SheetJS copies the sheet's list at every MERGECELLS record.
    const merge = xlsRecord(XLS_RT.mergeCells, words(1, 0, 0, 0, 1));
    const records = (n: number) => Array.from({ length: n }, () => merge);
    const within = Math.floor(Math.sqrt(2 * MERGE_COPIES)) - 1;
    expect(counted(records(within)).problem).toBeNull();
    expect(counted(records(within + 2)).problem).toEqual({ kind: 'merges', sheet: 'S' });
  });

  it('a container not plain enough to read here is read by SheetJS\'s own reader; a password-protected one is left to SheetJS', () => {
    // Two root streams named "Workbook" (any letter case): which one SheetJS reads is its reader's business.
    const stream = workbookStream(xls);
    const CFB = (XLSX as unknown as { CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, path: string, content: Buffer, options?: object): void }; write(c: unknown, o: object): Buffer } }).CFB;
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/Workbook', stream);
    CFB.utils.cfb_add(container, '/WORKBOOK', stream, { unsafe: true });
    const both = new Uint8Array(CFB.write(container, { type: 'buffer', fileType: 'cfb' }));
    expect(cfbRootStream(both, ['Workbook', 'Book'])).toBe('unclear');
    expect(checkXlsStream(both, 'dua.xls')!.cells).toBe(checkXlsStream(xls, 'contoh.xls')!.cells);
    expect(sheetJsCalls).toHaveBeenCalled();
    // Past a password's FILEPASS the records are encrypted: SheetJS names the file password-protected.
    expect(refusal(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'sandi.xls'))), 'sandi.xls').reason).toBe('password');
  });
});
