import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../../../src/app/monthlyReport';
import { readWorkbookBytes } from '../../../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../../../src/sheets/dataLaporanSheet';
import { PWS_CHART_SHEET } from '../../../../src/sheets/reports/pwsChartSheet';
import { convertAllWithLibreOffice } from '../../../../scripts/libreoffice';
import { runCli } from '../../../helpers/cli';
import { countColor, pageTexts, renderPages } from '../../../helpers/pdfPixels';

/*
 * LibreOffice draws the charts we write: the chart sheets printed to PDF and rendered to
 * pixels hold the charts' blue coverage and red target lines, which the same sheet printed
 * without its charts does not.
 */
const BLUE = '#2F75B5';
const RED = '#C00000';
const dir = mkdtempSync(join(tmpdir(), 'charts-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const colours = (pdf: string) => {
  const pages = renderPages(pdf);
  return { blue: pages.reduce((n, p) => n + countColor(p, BLUE), 0), red: pages.reduce((n, p) => n + countColor(p, RED), 0) };
};

it('LibreOffice renders the PWS charts of a new file and of a workbook the report is added to', async () => {
  const report = monthlyReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
  const grafik = report.specs.find((s) => s.name === PWS_CHART_SHEET)!;
  // A person's small workbook: the charts travel with the sheet into another package.
  const person = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(person, XLSX.utils.aoa_to_sheet([['Catatan'], ['isi sendiri']]), 'Catatan');
  const personBytes = new Uint8Array(XLSX.write(person, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const files = {
    baru: await writeWorkbook([grafik]),
    tanpa: await writeWorkbook([{ ...grafik, charts: [] }]),
    ditambahkan: (await addSheetsToWorkbook(personBytes, [grafik])).bytes,
  };
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  const [baru, tanpa, ditambahkan] = (await convertAllWithLibreOffice(paths, 'pdf', dir)).map(colours);
  // Seven line charts and one ranked bar chart: thousands of pixels of each colour at 40 dpi.
  expect(baru.blue - tanpa.blue).toBeGreaterThan(2000);
  expect(baru.red - tanpa.red).toBeGreaterThan(1000);
  expect(ditambahkan.blue - tanpa.blue).toBeGreaterThan(2000);
  expect(ditambahkan.red - tanpa.red).toBeGreaterThan(1000);
}, 180_000);

it("LibreOffice renders the district's coverage chart under the Cakupan Puskesmas table", async () => {
  const inbox = join(dir, 'masuk');
  mkdirSync(inbox);
  for (const [i, kode] of ['P01', 'P02', 'P03', 'P04'].entries()) writeFileSync(join(inbox, `${kode}.xlsx`), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(i + 1, kode), 'x')]));
  const out = join(dir, 'kabupaten.xlsx');
  expect((await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out])).code).toBe(0);
  const [pdf] = await convertAllWithLibreOffice([out], 'pdf', dir);
  const texts = pageTexts(pdf);
  // The chart's title is text in the PDF: LibreOffice drew the chart on that page.
  const pages = texts.flatMap((t, i) => (t.includes('Cakupan IDL kumulatif per puskesmas') ? [i + 1] : []));
  expect(pages).toHaveLength(1);
  const rendered = pages.flatMap((p) => renderPages(pdf, 100, p));
  expect(rendered.reduce((n, p) => n + countColor(p, BLUE), 0)).toBeGreaterThan(5000);
  expect(rendered.reduce((n, p) => n + countColor(p, RED), 0)).toBeGreaterThan(80);
  for (const text of texts) expect(text).not.toMatch(/tidak dapat disimpan/);
}, 180_000);
