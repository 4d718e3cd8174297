import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { generateSample } from '../src/sample/generateSample';
import { injectErrors } from '../src/sample/injectErrors';
import { sampleSpecs } from '../src/sample/sampleSpecs';
import { buildWeb, launchChromium, serveStatic } from './webPage';

/**
 * npm run screenshots: PNGs of the pane for docs/, taken from the production build in
 * headless Chromium — file mode with a sample workbook that has data problems, and the Excel
 * mode with the end-to-end test's stand-in for Office.js (test/e2e/fakeOffice.js), since no
 * Excel runs here.
 */
async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'imunisasi-shots-'));
  const browser = await launchChromium({ width: 360, height: 700 });
  try {
    buildWeb(join(work, 'web'));
    const server = await serveStatic(join(work, 'web'));
    const sample = generateSample({ seed: 1, year: 2025, kelurahan: 3 });
    injectErrors(sample);
    const bytes = await writeWorkbook(sampleSpecs(sample));
    const file = join(work, 'contoh-dengan-kesalahan.xlsx');
    writeFileSync(file, bytes);
    mkdirSync('docs', { recursive: true });

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.screenshot({ path: 'docs/panel-mode-file.png', fullPage: true });
    await page.setInputFiles('#file', file);
    await page.waitForSelector('#status.success');
    await page.click('button[data-action="periksa"]');
    await page.waitForSelector('body[data-busy="false"] #temuan li.finding');
    await page.screenshot({ path: 'docs/panel-periksa.png', clip: { x: 0, y: 0, width: 360, height: 1100 }, fullPage: true });

    const workbook = readWorkbookBytes(bytes);
    const sheets = workbook.sheets.map((s) => ({ name: s.name, rows: [...Array.from({ length: s.firstRow - 1 }, () => []), ...s.rows] }));
    const excel = await browser.context.newPage();
    await excel.addInitScript(`window.__fakeSheets = ${JSON.stringify(sheets)};`);
    const fake = readFileSync(join(__dirname, '../test/e2e/fakeOffice.js'), 'utf8');
    await excel.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fake }));
    await excel.goto(`${server.origin}/taskpane.html`);
    await excel.waitForSelector('body[data-ready="true"]');
    await excel.click('button[data-action="periksa"]');
    await excel.waitForSelector('body[data-busy="false"] #temuan li.finding');
    await excel.screenshot({ path: 'docs/panel-excel.png', clip: { x: 0, y: 0, width: 360, height: 900 }, fullPage: true });
    await server.close();
    process.stdout.write('Tangkapan layar ditulis ke docs/ (panel-mode-file.png, panel-periksa.png, panel-excel.png)\n');
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
