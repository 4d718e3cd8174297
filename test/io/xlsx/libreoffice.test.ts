import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { addSheetsToWorkbook, writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { GENERATED_MARK } from '../../../src/sheets/reportFrame';
import { convertAllWithLibreOffice } from '../../../scripts/libreoffice';
import { TEMPLATE_PATH } from '../../../scripts/templates';
import { EVERY_FEATURE, SMALL_REPORT } from '../../helpers/everySpec';
import { personWorkbook } from '../../helpers/personWorkbook';
import { sheetCells } from '../../helpers/sheetCells';

/**
 * LibreOffice, a second spreadsheet application independent of the libraries that wrote the
 * files, opens them, converts them without error, and reads back the values we wrote.
 */


/** Every value we wrote, read back from LibreOffice's copy; date cells also show the same text. */
function expectSameValues(ours: Uint8Array, theirs: Uint8Array, sheets: readonly string[]): void {
  for (const sheet of sheets) {
    const mine = sheetCells(ours, sheet);
    const back = sheetCells(theirs, sheet);
    for (const [address, cell] of Object.entries(mine)) {
      const got = back[address];
      expect([sheet, address, { t: got?.t, v: got?.v, ...(cell.w ? { w: got?.w } : {}) }]).toEqual([sheet, address, cell]);
    }
  }
}

describe('LibreOffice opens what we write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'writer-lo-'));
  const [inDir, outDir] = [join(dir, 'in'), join(dir, 'out')];
  mkdirSync(inDir);
  mkdirSync(outDir);
  let files: Record<'template' | 'every' | 'merged', { ours: Uint8Array; theirs: Uint8Array }>;

  beforeAll(async () => {
    // A petugas's workbook as LibreOffice itself saves it: another producer's styles and parts.
    writeFileSync(join(inDir, 'petugas.xlsx'), await personWorkbook(GENERATED_MARK));
    const [saved] = await convertAllWithLibreOffice([join(inDir, 'petugas.xlsx')], 'xlsx', outDir);
    const ours = {
      template: new Uint8Array(readFileSync(TEMPLATE_PATH)),
      every: await writeWorkbook([EVERY_FEATURE]),
      merged: (await addSheetsToWorkbook(new Uint8Array(readFileSync(saved)), [EVERY_FEATURE, SMALL_REPORT])).bytes,
    };
    for (const [name, bytes] of Object.entries(ours)) writeFileSync(join(inDir, `${name}.xlsx`), bytes);
    const converted = await convertAllWithLibreOffice(Object.keys(ours).map((name) => join(inDir, `${name}.xlsx`)), 'xlsx', outDir);
    const theirs = converted.map((path) => new Uint8Array(readFileSync(path)));
    files = {
      template: { ours: ours.template, theirs: theirs[0] },
      every: { ours: ours.every, theirs: theirs[1] },
      merged: { ours: ours.merged, theirs: theirs[2] },
    };
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the template: every sheet and value', () => {
    const { ours, theirs } = files.template;
    const names = XLSX.read(ours, { type: 'array', bookSheets: true }).SheetNames;
    expect(XLSX.read(theirs, { type: 'array', bookSheets: true }).SheetNames).toEqual(names);
    expectSameValues(ours, theirs, names);
  });

  it('a report using every SheetSpec feature: values, booleans, errors, links, dates', () => {
    const { ours, theirs } = files.every;
    expectSameValues(ours, theirs, ['Laporan Uji']);
    const back = sheetCells(theirs, 'Laporan Uji');
    expect(back.B4).toEqual({ t: 'n', v: 45716, w: '28-02-2025' });
    expect(back.B6).toEqual({ t: 'n', v: 61, w: '01-03-1900' });
    expect(back.C6).toEqual({ t: 'e', v: 7 });
    expect(back.E4).toEqual({ t: 's', v: 'Kirim WA' });
  });

  it("reports added to a person's workbook: LibreOffice keeps the chart and the drop-down from another sheet", async () => {
    const { ours, theirs } = files.merged;
    expect(XLSX.read(theirs, { type: 'array', bookSheets: true }).SheetNames).toEqual(['Register Bayi', 'Kelurahan', 'Laporan Lama', 'Laporan Uji', 'Laporan Uji (2)']);
    expectSameValues(ours, theirs, ['Register Bayi', 'Kelurahan', 'Laporan Lama', 'Laporan Uji', 'Laporan Uji (2)']);
    const zip = await JSZip.loadAsync(theirs);
    // The person's chart and the one our report added, which still reads our sheet's cells.
    const charts = zip.file(/^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(2);
    const texts = await Promise.all(charts.map((c) => c.async('string')));
    expect(texts.filter((t) => t.includes('Laporan Uji (2)'))).toHaveLength(1);
    const register = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(register).toMatch(/<dataValidation [^>]*sqref="D2:D500"[^>]*>\s*<formula1>\$?Kelurahan!\$A\$2:\$A\$3<\/formula1>/);
  });
});
