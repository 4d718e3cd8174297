import { jadwalReport } from '../../../src/app/statusReport';
import { serialToIsoDate } from '../../../src/domain/dates/excelSerial';
import { Cell, RawWorkbook } from '../../../src/domain/raw';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { SHEETS } from '../../../src/domain/schema/registers';
import { ALL_CAPABILITIES } from '../../../src/io/office/capabilities';
import { readWorkbook } from '../../../src/io/office/readWorkbook';
import { writeSheets } from '../../../src/io/office/writeSheets';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { registerSheetSpec } from '../../../src/sheets/template/registerSheet';
import { as1904, contohBytes, dateRuleSpec, MARKED_DAY } from '../../helpers/date1904';
import { FakeExcel, SheetInput } from '../../helpers/fakeExcel';

const TODAY = '2025-12-31';

/** The file's sheets as Excel would hold them, from A1. */
function fakeSheets(raw: RawWorkbook): SheetInput[] {
  return raw.sheets.map((s) => {
    const rows: Cell[][] = [...Array<Cell[]>(s.firstRow - 1).fill([]), ...s.rows.map((r) => [...Array<Cell>(s.firstCol - 1).fill(null), ...r])];
    return { name: s.name, rows };
  });
}

describe('the Office.js adapter in a workbook counting dates from 1904 (office-addin-mock)', () => {
  const original = readWorkbookBytes(contohBytes());
  const saved1904 = readWorkbookBytes(as1904(contohBytes()));

  it('finds the date system with DATE in the first sync (no sync of its own) and reads the dates right', async () => {
    expect(saved1904.dateSystem).toBe(1904);
    const excel1904 = Object.assign(new FakeExcel(fakeSheets(saved1904)), { dateSystem: 1904 as const });
    const excel1900 = new FakeExcel(fakeSheets(original));
    const read1904 = await readWorkbook(excel1904.run, { capabilities: ALL_CAPABILITIES });
    const read1900 = await readWorkbook(excel1900.run, { capabilities: ALL_CAPABILITIES });
    expect(read1904.dateSystem).toBe(1904);
    expect(read1900.dateSystem).toBe(1900);
    expect(excel1904.syncCount).toBe(excel1900.syncCount);
    // The serials differ by 1462, the registers read from them do not.
    const bayi = (raw: RawWorkbook) => raw.sheets.find((s) => s.name === 'Register Bayi')!.rows[3][5];
    expect(bayi(read1900) as number).toBe((bayi(read1904) as number) + 1462);
    expect(readRegisters(read1904, { today: TODAY })).toEqual(readRegisters(read1900, { today: TODAY }));
    // Read as if it counted from 1900, every date would be four years early: the test can fail.
    expect(readRegisters({ ...read1904, dateSystem: 1900 }, { today: TODAY }).registers.bayi[0].tanggalLahir).not.toBe(readRegisters(read1900, { today: TODAY }).registers.bayi[0].tanggalLahir);
  });

  it('writes generated dates as 1904 serials and date rules as the same days, in the same number of syncs', async () => {
    const { specs } = jadwalReport(original, { today: TODAY, month: { year: 2026, month: 1 }, generatedAt: '31-12-2025 10:00 WIB' });
    const bayiTemplate = registerSheetSpec(SHEETS.find((s) => s.key === 'bayi')!);
    const write = async (dateSystem: 1900 | 1904) => {
      const excel = Object.assign(new FakeExcel([{ name: 'Puskesmas', rows: [['Nama Puskesmas', 'Sidomulyo']] }]), { dateSystem });
      await writeSheets(excel.run, [...specs, bayiTemplate], { capabilities: ALL_CAPABILITIES });
      return excel;
    };
    const [in1900, in1904] = [await write(1900), await write(1904)];
    expect(in1904.syncCount).toBe(in1900.syncCount);
    const name = specs[0].name;
    const [grid1900, grid1904] = [in1900.grid(name), in1904.grid(name)];
    // Every cell is either written alike or, a date, the same day in each workbook's count.
    let dates = 0;
    grid1900.forEach((row, r) =>
      row.forEach((cell, c) => {
        const other = grid1904[r][c];
        if (other === cell) return;
        dates++;
        expect([typeof cell, typeof other]).toEqual(['number', 'number']);
        expect(other).toBe((cell as number) - 1462);
        expect(serialToIsoDate(other as number, 1904)).toBe(serialToIsoDate(cell as number));
      }),
    );
    // The Tanggal Lahir column is all dates.
    const head = grid1900.findIndex((row) => row.includes('Tanggal Lahir'));
    const col = grid1900[head].indexOf('Tanggal Lahir');
    const born = grid1900.slice(head + 1).filter((row) => typeof row[col] === 'number');
    expect(born.length).toBeGreaterThan(20);
    expect(dates).toBeGreaterThanOrEqual(born.length);
    for (let r = head + 1; r < grid1900.length; r++) if (typeof grid1900[r][col] === 'number') expect(grid1904[r][col]).toBe((grid1900[r][col] as number) - 1462);
    // Date rules go to Excel as ISO days: the same in both systems.
    const rules = (excel: FakeExcel) => excel.settings('Register Bayi', (s) => s.path === 'dataValidation.rule');
    expect(rules(in1904)).toEqual(rules(in1900));
    expect(JSON.stringify(rules(in1904))).toContain('"formula1":"1920-01-01"');
  });

  it('a colour rule comparing dates (dates: true) goes to Excel as the same day in a 1904 workbook', async () => {
    const day = MARKED_DAY;
    const spec = dateRuleSpec(true);
    const rule = async (dateSystem: 1900 | 1904) => {
      const excel = Object.assign(new FakeExcel([{ name: 'Catatan', rows: [['x']] }]), { dateSystem });
      await writeSheets(excel.run, [spec], { capabilities: ALL_CAPABILITIES });
      const [set] = excel.settings('Tanggal Uji', (x) => x.path === 'cellValue.rule');
      return { rule: set.value as { formula1: string }, cell: excel.grid('Tanggal Uji')[3][0] as number };
    };
    const [in1900, in1904] = [await rule(1900), await rule(1904)];
    expect(in1900).toEqual({ rule: { formula1: String(day), operator: 'EqualTo' }, cell: day });
    // The rule's day and the cell's day moved together: the rule still marks 28-02-2025.
    expect(in1904).toEqual({ rule: { formula1: String(day - 1462), operator: 'EqualTo' }, cell: day - 1462 });
    expect(serialToIsoDate(Number(in1904.rule.formula1), 1904)).toBe('2025-02-28');
  });
});
