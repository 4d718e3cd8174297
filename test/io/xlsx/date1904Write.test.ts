import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { jadwalReport } from '../../../src/app/statusReport';
import { SHEETS } from '../../../src/domain/schema/registers';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { registerSheetSpec } from '../../../src/sheets/template/registerSheet';
import { as1904, contohBytes } from '../../helpers/date1904';

const TODAY = '2025-12-31';

/** The text every date cell of a sheet shows, as SheetJS formats it in the file's own date system. */
function shownDates(bytes: Uint8Array, sheet: string): Record<string, string> {
  const ws = XLSX.read(bytes, { type: 'array', cellNF: true }).Sheets[sheet];
  const out: Record<string, string> = {};
  for (const [address, cell] of Object.entries(ws)) if (!address.startsWith('!') && cell.t === 'n' && typeof cell.z === 'string' && /yyyy/.test(cell.z)) out[address] = cell.w;
  return out;
}

describe('addSheetsToWorkbook into a workbook counting dates from 1904', () => {
  const original = contohBytes();
  const saved1904 = as1904(original);
  const { specs } = jadwalReport(readWorkbookBytes(original), { today: TODAY, month: { year: 2026, month: 1 }, generatedAt: '31-12-2025 10:00 WIB' });
  const name = specs[0].name;

  it('keeps the 1904 system and writes every generated date so that it shows the same day as in a 1900 workbook', async () => {
    const [out1900, out1904] = [(await addSheetsToWorkbook(original, specs)).bytes, (await addSheetsToWorkbook(saved1904, specs)).bytes];
    const workbookXml = await (await JSZip.loadAsync(out1904)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<workbookPr[^>]*date1904="(1|true)"/);
    const [shown1900, shown1904] = [shownDates(out1900, name), shownDates(out1904, name)];
    expect(Object.keys(shown1900).length).toBeGreaterThan(50);
    expect(shown1904).toEqual(shown1900);
    // The stored serials are 1462 apart: the same text is not there by chance.
    const serial = (bytes: Uint8Array, address: string) => XLSX.read(bytes, { type: 'array' }).Sheets[name][address].v as number;
    const first = Object.keys(shown1900)[0];
    expect(serial(out1900, first) - serial(out1904, first)).toBe(1462);
    // Read back, the 1904 output gives the same registers as the 1900 original.
    expect(readWorkbookBytes(out1904).dateSystem).toBe(1904);
  });

  it("writes a date rule's bounds (01-01-1920 … 31-12-2099) in the 1904 count", async () => {
    const bayi = registerSheetSpec(SHEETS.find((s) => s.key === 'bayi')!);
    const rules = async (input: Uint8Array) => {
      const zip = await JSZip.loadAsync(await addSheetsToWorkbook(new Uint8Array(XLSX.write(dropSheet(input, 'Register Bayi'), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), [bayi]).then((r) => r.bytes));
      const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
      const xml = (await Promise.all(sheets.map((p) => zip.file(p)!.async('string')))).join('');
      return [...xml.matchAll(/<dataValidation [^>]*type="date"[^>]*>\s*<formula1>([^<]*)<\/formula1>\s*<formula2>([^<]*)<\/formula2>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    };
    const [in1900, in1904] = [await rules(original), await rules(saved1904)];
    expect(in1900.length).toBeGreaterThan(0);
    expect(in1900[0]).toEqual([7306, 73050]);
    expect(in1904).toEqual(in1900.map(([a, b]) => [a - 1462, b - 1462]));
  });
});

/** The workbook without one sheet, its date system kept (the template adds a missing register). */
function dropSheet(bytes: Uint8Array, sheet: string): XLSX.WorkBook {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  wb.SheetNames = wb.SheetNames.filter((n) => n !== sheet);
  delete wb.Sheets[sheet];
  return wb;
}
