import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { convertAllWithLibreOffice } from '../../scripts/libreoffice';
import { handmadeBytes } from '../helpers/handmadeWorkbook';
import { sheetCells } from '../helpers/sheetCells';

/**
 * LibreOffice (Debian's, headless) opens every report file we write and converts it without
 * error, and the values it reads back equal ours, cell by cell, on every report sheet.
 */

describe('LibreOffice opens the monthly report and reads back our values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'laporan-lo-'));
  const [inDir, outDir] = [join(dir, 'in'), join(dir, 'out')];
  mkdirSync(inDir);
  mkdirSync(outDir);
  const reports: Record<string, { ours: Uint8Array; theirs: Uint8Array; sheets: string[] }> = {};

  beforeAll(async () => {
    const handmade = monthlyReport(readWorkbookBytes(handmadeBytes()), { year: 2025, month: 3, today: '2025-04-10', generatedAt: '2025-04-10T08:30:00+07:00' });
    const contohBytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
    const contoh = monthlyReport(readWorkbookBytes(contohBytes), { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
    const ours = {
      buatan: { bytes: await writeWorkbook(handmade.specs), sheets: handmade.specs.map((s) => s.name) },
      contoh: { bytes: (await addSheetsToWorkbook(contohBytes, contoh.specs)).bytes, sheets: contoh.specs.map((s) => s.name) },
    };
    const paths = Object.entries(ours).map(([name, { bytes }]) => {
      const path = join(inDir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const converted = await convertAllWithLibreOffice(paths, 'xlsx', outDir);
    Object.entries(ours).forEach(([name, { bytes, sheets }], i) => (reports[name] = { ours: bytes, theirs: new Uint8Array(readFileSync(converted[i])), sheets }));
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['buatan', 'contoh'])('%s: every cell of every report sheet', (name) => {
    const { ours, theirs, sheets } = reports[name];
    expect(XLSX.read(theirs, { type: 'array', bookSheets: true }).SheetNames).toEqual(XLSX.read(ours, { type: 'array', bookSheets: true }).SheetNames);
    let compared = 0;
    for (const sheet of sheets) {
      const mine = sheetCells(ours, sheet);
      const back = sheetCells(theirs, sheet);
      for (const [address, cell] of Object.entries(mine)) {
        expect([sheet, address, back[address]]).toEqual([sheet, address, cell]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('the thesis stock screen survives the trip: BCG 5 + 10 − 7 = 8', () => {
    const back = sheetCells(reports.buatan.theirs, 'Pemantauan Vaksin');
    const row = Object.keys(back).find((a) => /^B\d+$/.test(a) && back[a].v === '01')!.slice(1);
    expect(['E', 'F', 'G', 'I', 'J', 'K'].map((c) => back[`${c}${row}`].v)).toEqual([5, 10, 7, 8, 8, 0]);
  });
});
