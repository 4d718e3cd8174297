import ExcelJS from 'exceljs';
import { readDataLaporan } from '../../../../src/domain/dataLaporan/readDataLaporan';
import { DATA_LAPORAN_SHEET, DataLaporan } from '../../../../src/domain/dataLaporan/types';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { DATA_LAPORAN_ONLY } from '../../../../src/io/xlsx/sheetSelection';
import { writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../../../src/sheets/dataLaporanSheet';
import { heldPerRead } from '../../../helpers/heldPerRead';

/** A Data Laporan written by our SpreadsheetML writer: every text an inline string. */
const ourReport = () => writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P0001', { kelurahan: 12 }), '2026-01-05T10:15:00+07:00')]);

/**
 * The same sheet's cells written by ExcelJS, every text in the shared-string table, with a
 * sheet of notes after it: a table of about 200 KB, as a report with its tables has.
 */
async function excelJsReport(): Promise<Uint8Array> {
  const sheet = readWorkbookBytes(await ourReport(), 'ours.xlsx').sheets.find((s) => s.name === DATA_LAPORAN_SHEET)!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA_LAPORAN_SHEET);
  sheet.rows.forEach((row, i) => row.forEach((value, j) => {
    if (value !== null) ws.getCell(sheet.firstRow + i, sheet.firstCol + j).value = value;
  }));
  const notes = wb.addWorksheet('Catatan');
  for (let i = 1; i <= 4000; i++) notes.getCell(i, 1).value = `Catatan kunjungan posyandu nomor ${i} bulan ini`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A report read for the merge. */
function report(bytes: Uint8Array, i: number): DataLaporan {
  const read = readDataLaporan(readWorkbookBytes(bytes, `laporan-${i}.xlsx`, DATA_LAPORAN_ONLY).sheets.find((s) => s.rows.length > 0)!);
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join(' '));
  return read.data;
}

/** Its Nama Puskesmas: a text longer than V8 copies when slicing. */
const namaPuskesmas = (bytes: Uint8Array, i: number): string => report(bytes, i).namaPuskesmas;

describe('own xlsx reader: a value kept from a file keeps nothing else of it (the Dinkes merge keeps 1,000 reports)', () => {
  it('the measurement sees a kept slice hold its whole parent string', () => {
    // The control: without it, a figure near 0 below could mean the measurement sees nothing.
    const held = heldPerRead((i) => `${'<c r="A1" t="inlineStr"><is><t>'.repeat(6000)}${i}`.slice(-40));
    expect(held).toBeGreaterThan(100_000);
  });

  it.each([
    ['our writer (inline strings)', ourReport],
    ['ExcelJS (shared strings)', excelJsReport],
  ])('%s: the Nama Puskesmas kept from each read holds only itself, not the inflated XML around it', async (_what, write) => {
    const bytes = await write();
    const name = namaPuskesmas(bytes, 0);
    expect(name).toBe(syntheticReport(1, 'P0001').namaPuskesmas);
    expect(name.length).toBeGreaterThanOrEqual(13);
    // The text around it inflates to far more (our writer's sheet part: about 260 KB; ExcelJS's shared strings: about 200 KB).
    expect(heldPerRead((i) => namaPuskesmas(bytes, i))).toBeLessThan(20_000);
  });

  it('a whole report kept holds its rows, not a string per row: each kelurahan code and indicator name once', async () => {
    const bytes = await ourReport();
    const rows = report(bytes, 0).rows.length;
    expect(rows).toBeGreaterThan(500);
    // A row (its object and its slot in the table) holds about 73 bytes; a copy of its code and name would add about 45.
    expect(heldPerRead((i) => report(bytes, i)) / rows).toBeLessThan(90);
  });
});
