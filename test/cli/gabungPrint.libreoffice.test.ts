import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { convertWithLibreOffice } from '../../scripts/libreoffice';
import { runCli } from '../helpers/cli';
import { cutWords } from '../helpers/cutText';
import { pageTexts } from '../helpers/pdfPixels';

/*
 * The district report as `gabung -o` writes it, printed whole by LibreOffice (File → Print of
 * every report sheet; Data Laporan, read by the province's tools, is hidden as `laporan --pdf`
 * leaves it out): every sheet is printed, no word is cut on any page, the chart prints whole.
 */
const dir = mkdtempSync(join(tmpdir(), 'gabung-cetak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('prints the district file gabung -o writes with no text cut on any page and its chart whole', async () => {
  const inbox = join(dir, 'masuk');
  mkdirSync(inbox);
  for (const i of [0, 1, 2, 3]) {
    const sample = generateSample({ seed: 400 + i, year: 2025, kelurahan: 3 + (i % 3) });
    sample.fields = { ...sample.fields, kode: `P33731${i + 1}`, nama: `Puskesmas ${i + 1}` };
    writeFileSync(join(inbox, `register-${i}.xlsx`), await writeWorkbook(sampleSpecs(sample)));
  }
  const out = join(dir, 'kabupaten.xlsx');
  const { code } = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out]);
  expect([0, 5]).toContain(code);

  const book = XLSX.read(readFileSync(out), { type: 'buffer' });
  const printedSheets = book.SheetNames.filter((n) => n !== 'Data Laporan');
  expect(printedSheets.length).toBeGreaterThan(8);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace(/<sheet ([^>]*name="Data Laporan"[^>]*?)\/>/, '<sheet $1 state="hidden"/>'));
  const toPrint = join(dir, 'dicetak.xlsx');
  writeFileSync(toPrint, await zip.generateAsync({ type: 'nodebuffer' }));
  const pdf = await convertWithLibreOffice(toPrint, 'pdf', dir, 300_000);

  const pages = pageTexts(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(printedSheets.length);
  expect(pages.join('')).not.toMatch(/Versi Format/);
  // Every sheet's title is printed (wrapped where the sheet is split across pages).
  const bare = (text: string) => text.replace(/\s+/g, '');
  const text = bare(pages.join(''));
  for (const name of printedSheets) expect({ name, printed: text.includes(bare(String(book.Sheets[name].A2?.v))) }).toEqual({ name, printed: true });
  expect(cutWords(pdf)).toEqual([]);
  // The coverage chart: its title and its legend on one page.
  const chartPage = pages.find((p) => p.includes('Cakupan IDL kumulatif per puskesmas'));
  expect(chartPage).toMatch(/IDL kumulatif\s+Garis target/);
  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1])).toBe(pages.length);
}, 400_000);
