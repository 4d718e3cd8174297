import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { addSheetsToWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { convertAllWithLibreOffice } from '../../../scripts/libreoffice';
import { as1904, dateRuleSpec, MARKED_DAY } from '../../helpers/date1904';
import { countColor, pageTexts, renderPages } from '../../helpers/pdfPixels';

const dir = mkdtempSync(join(tmpdir(), 'aturan-1904-'));

/** A small workbook of a person's own (one sheet), as a 1900 or a 1904 file. */
function ownWorkbook(system: 1900 | 1904): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Catatan puskesmas']]), 'Catatan');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return system === 1904 ? as1904(bytes) : bytes;
}

/** The `<formula>` values of the colour rules of the generated sheet (the workbook's second). */
async function ruleFormulas(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
  return [...xml.matchAll(/<cfRule [^>]*>\s*<formula>([^<]*)<\/formula>/g)].map((m) => m[1]);
}

describe('a colour rule comparing dates, written into a workbook counting dates from 1904', () => {
  it('marks the same day as in a 1900 workbook, as LibreOffice draws it; unmoved it would mark none', async () => {
    const files = {
      in1900: (await addSheetsToWorkbook(ownWorkbook(1900), [dateRuleSpec(true)])).bytes,
      in1904: (await addSheetsToWorkbook(ownWorkbook(1904), [dateRuleSpec(true)])).bytes,
      // The same rule not said to compare dates: its 1900 serial stays, a day four years later.
      unmoved1904: (await addSheetsToWorkbook(ownWorkbook(1904), [dateRuleSpec(false)])).bytes,
    };
    expect(await ruleFormulas(files.in1900)).toEqual([String(MARKED_DAY)]);
    expect(await ruleFormulas(files.in1904)).toEqual([String(MARKED_DAY - 1462)]);
    expect(await ruleFormulas(files.unmoved1904)).toEqual([String(MARKED_DAY)]);
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const pdfs = await convertAllWithLibreOffice(paths, 'pdf', dir);
    // Every file shows the same three days (the cells moved with the workbook's count).
    for (const pdf of pdfs) expect(pageTexts(pdf).join(' ')).toMatch(/27-02-2025\s+28-02-2025\s+01-03-2025/);
    const red = pdfs.map((pdf) => renderPages(pdf, 60).reduce((sum, page) => sum + countColor(page, '#FF0000'), 0));
    // One cell filled in each of the first two, of the same size; none in the third.
    expect(red[0]).toBeGreaterThan(100);
    expect(red[1]).toBe(red[0]);
    expect(red[2]).toBe(0);
  }, 180_000);
});
