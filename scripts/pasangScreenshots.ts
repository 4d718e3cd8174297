import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../src/io/xlsx/readWorkbookBytes';
import { sampleKabupaten } from '../src/sample/kabupaten';
import { buildWeb, launchChromium, serveStatic } from './webPage';

const OUT = 'docs/pasang';

/**
 * The pictures of docs/pasang.md, from the production build in headless Chromium: the pane in
 * Excel refusing a district merge into a register workbook (test/e2e/fakeOffice.js stands in
 * for Excel), and the file-mode page opened from its offline copy with the network cut, after
 * a monthly report and after a district merge.
 */
async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'imunisasi-pasang-'));
  const browser = await launchChromium({ width: 1000, height: 760 });
  try {
    const dist = join(work, 'dist');
    buildWeb(dist);
    const server = await serveStatic(dist);
    mkdirSync(OUT, { recursive: true });
    const district = await sampleKabupaten({ count: 4, seed: 60, year: 2025, kelurahan: 1 });
    const files = district.registers.map((f) => {
      writeFileSync(join(work, f.name), f.bytes);
      return join(work, f.name);
    });

    // Excel: the open workbook holds registers, so Gabung refuses and says what to do.
    const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const sheets = contoh.sheets.map((s) => ({ name: s.name, rows: [...Array.from({ length: s.firstRow - 1 }, () => []), ...s.rows.map((r) => [...Array.from({ length: s.firstCol - 1 }, () => null), ...r])] }));
    const excel = await browser.context.newPage();
    await excel.setViewportSize({ width: 360, height: 760 });
    await excel.addInitScript(`window.__fakeSheets = ${JSON.stringify(sheets)};`);
    const fake = readFileSync(join(__dirname, '../test/e2e/fakeOffice.js'), 'utf8');
    await excel.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fake }));
    await excel.goto(`${server.origin}/taskpane.html`);
    await excel.waitForSelector('body[data-ready="true"]');
    await excel.click('details.merge > summary');
    await excel.setInputFiles('#file-gabung', files);
    await excel.click('#gabung');
    await excel.waitForSelector('body[data-busy="false"] #status.error');
    const merge = await excel.locator('details.merge').boundingBox();
    await excel.screenshot({ path: `${OUT}/gabung-ditolak-excel.png`, clip: { x: 0, y: Math.max(0, merge!.y - 8), width: 360, height: 560 }, fullPage: true });
    await excel.close();

    // The page: one visit online, then the site gone and the browser offline.
    const first = await browser.context.newPage();
    await first.goto(`${server.origin}/`);
    await first.waitForSelector('html[data-offline="siap"]', { state: 'attached', timeout: 60_000 });
    await first.close();
    await server.close();
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.setInputFiles('#file', 'templates/contoh-puskesmas.xlsx');
    await page.waitForSelector('#status.success');
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 120_000 });
    await page.screenshot({ path: `${OUT}/halaman-offline.png`, fullPage: true });
    await page.click('details.merge > summary');
    await page.setInputFiles('#file-gabung', files);
    await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#gabung')]);
    await page.waitForSelector('body[data-busy="false"] #status.success');
    await page.locator('#status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/gabung-halaman.png`, fullPage: false });
    process.stdout.write(`Tangkapan layar ditulis ke ${OUT}/ (gabung-ditolak-excel.png, halaman-offline.png, gabung-halaman.png)\n`);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
