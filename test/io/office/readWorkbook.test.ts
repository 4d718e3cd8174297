import { Cell } from '../../../src/domain/raw';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { ALL_CAPABILITIES, EXCEL_2019 } from '../../../src/io/office/capabilities';
import { MAX_REQUEST_BYTES, READ_BLOCK_CELLS } from '../../../src/io/office/limits';
import { parseMergedAddress, readWorkbook } from '../../../src/io/office/readWorkbook';
import { GENERATED_MARK } from '../../../src/sheets/reportFrame';
import { FakeExcel } from '../../helpers/fakeExcel';
import { bayiRows, BAYI_HEADER } from '../../helpers/registerRows';
import { KELURAHAN_ROWS, PUSKESMAS_ROWS, roundTrip } from '../../helpers/workbook';

describe('readWorkbook (Office.js adapter, through office-addin-mock)', () => {
  it('reads every sheet but the generated ones, values only, as the file reader does', async () => {
    const bayi = [BAYI_HEADER, ...bayiRows(30)];
    const excel = new FakeExcel([
      { name: 'Puskesmas', rows: PUSKESMAS_ROWS },
      { name: 'Kelurahan', rows: KELURAHAN_ROWS },
      { name: 'Register Bayi', rows: bayi },
      { name: 'Laporan Bulanan', rows: [[`${GENERATED_MARK} pada 01-11-2025`], ['Laporan']] },
    ]);
    const raw = await readWorkbook(excel.run, { capabilities: ALL_CAPABILITIES });
    expect(raw.sheets.map((s) => s.name)).toEqual(['Puskesmas', 'Kelurahan', 'Register Bayi']);
    const viaFile = roundTrip({ Puskesmas: PUSKESMAS_ROWS, Kelurahan: KELURAHAN_ROWS, 'Register Bayi': bayi });
    expect(raw.sheets.map((s) => s.rows)).toEqual(viaFile.sheets.map((s) => s.rows));
    const today = '2025-12-31';
    expect(readRegisters(raw, { today })).toEqual(readRegisters(viaFile, { today }));
  });

  it('keeps where the data starts and turns empty cells into null', async () => {
    const rows: Cell[][] = [[null], [null], [null, 'Kode Kelurahan', 'Nama Kelurahan'], [null, 'K01', ''], [null, null, 'Mangunsari']];
    const excel = new FakeExcel([{ name: 'Kelurahan', rows }]);
    const [sheet] = (await readWorkbook(excel.run, { capabilities: ALL_CAPABILITIES })).sheets;
    expect(sheet).toEqual({ name: 'Kelurahan', firstRow: 3, firstCol: 2, rows: [['Kode Kelurahan', 'Nama Kelurahan'], ['K01'], [null, 'Mangunsari']] });
  });

  it('reads merged areas where the host can (ExcelApi 1.13) and does without them on Excel 2019', async () => {
    const rows: Cell[][] = [['Register Bayi'], ['NIK', 'Nama'], ['3373010101200001', 'Ayu']];
    const sheets = [{ name: 'Register Bayi', rows, merges: ['A1:B1'] }];
    const modern = await readWorkbook(new FakeExcel(sheets).run, { capabilities: ALL_CAPABILITIES });
    expect(modern.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    const old = await readWorkbook(new FakeExcel(sheets).run, { capabilities: EXCEL_2019 });
    expect(old.sheets[0].merges).toBeUndefined();
    expect(old.sheets[0].rows).toEqual(rows);
  });

  it('parses the addresses Excel gives for merged areas, quoted sheet names included', () => {
    expect(parseMergedAddress("'Register Bayi'!A1:C1, 'Register Bayi'!$D$4:$D$9, Kelurahan!F2")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 4, bottom: 9, right: 4 },
      { top: 2, left: 6, bottom: 2, right: 6 },
    ]);
  });

  it('syncs once per block of cells, not per row, and keeps every response under the limit', async () => {
    const syncsFor = async (n: number) => {
      const excel = new FakeExcel([
        { name: 'Puskesmas', rows: PUSKESMAS_ROWS },
        { name: 'Register Bayi', rows: [BAYI_HEADER, ...bayiRows(n)] },
      ]);
      const raw = await readWorkbook(excel.run, { capabilities: ALL_CAPABILITIES });
      expect(raw.sheets[1].rows).toHaveLength(n + 1);
      return excel;
    };
    const small = await syncsFor(50);
    expect(small.syncCount).toBe(3); // sheet list, used ranges, one block
    const large = await syncsFor(20_000);
    const cells = 20_001 * BAYI_HEADER.length + PUSKESMAS_ROWS.length * 2;
    expect(large.syncCount).toBeLessThanOrEqual(2 + Math.ceil(cells / READ_BLOCK_CELLS) + 1);
    expect(large.largestResponse).toBeLessThan(MAX_REQUEST_BYTES);
    expect(large.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
  });
});
