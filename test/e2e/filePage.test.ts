import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { SHEETS } from '../../src/domain/schema/registers';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { templateSpecs } from '../../src/sheets/template/templateSpecs';
import { Browser, buildWeb, launchChromium, serveStatic, StaticServer } from '../../scripts/webPage';

/**
 * The built pane in headless Chromium, opened as a normal web page (no Office host): file
 * mode. Nothing may be requested from anywhere but the page's own server, and after the page
 * reports ready nothing at all — opening, checking, generating and downloading all happen
 * in the page.
 */
describe('the pane in a browser (file mode)', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageRequests: string[] = [];
  const cspViolations: { text: string; from: string }[] = [];
  let requestsAtReady = -1;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imunisasi-web-'));
    buildWeb(join(dir, 'web'));
    server = await serveStatic(join(dir, 'web'));
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && cspViolations.push({ text: message.text(), from: message.location().url }));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector('body[data-ready="true"]');
    requestsAtReady = pageRequests.length;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts in file mode when Office.onReady reports no host, loading only its own files', async () => {
    expect(await page.getAttribute('body', 'data-mode')).toBe('file');
    expect(pageRequests.length).toBeGreaterThan(0);
    for (const url of pageRequests) expect(url.startsWith(server.origin)).toBe(true);
    expect(server.requests.some((p) => p.startsWith('/office-js/office.js'))).toBe(true);
    expect(await page.isDisabled('button[data-action="periksa"]')).toBe(true);
  });

  it('checks a workbook opened from disk and lists the findings', async () => {
    const file = join(dir, 'register.xlsx');
    writeFileSync(file, await writeWorkbook(templateSpecs()));
    await page.setInputFiles('#file', file);
    await page.waitForSelector('#status.success');
    expect(await page.textContent('#nama-file')).toBe('register.xlsx');
    await page.click('button[data-action="periksa"]');
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)');
    expect(await page.textContent('#status')).toMatch(/Pemeriksaan selesai|Tidak ada masalah/);
  });

  it('adds only the missing register sheets and downloads the result', async () => {
    const keep = SHEETS.filter((s) => ['puskesmas', 'kelurahan'].includes(s.key)).map((s) => s.key);
    const file = join(dir, 'sebagian.xlsx');
    writeFileSync(file, await writeWorkbook(templateSpecs({ only: keep })));
    await page.setInputFiles('#file', file);
    await page.waitForSelector('#status.success');
    await page.click('button[data-action="templat"]');
    await page.waitForSelector('body[data-busy="false"] #status.success');
    expect(await page.textContent('#status')).toMatch(/^Ditambahkan: /);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unduh')]);
    expect(download.suggestedFilename()).toBe('sebagian-hasil.xlsx');
    const saved = join(dir, 'hasil.xlsx');
    await download.saveAs(saved);
    const result = readWorkbookBytes(new Uint8Array(readFileSync(saved)));
    expect(result.sheets.map((s) => s.name)).toEqual([...keep.map((k) => SHEETS.find((s) => s.key === k)!.name), ...SHEETS.filter((s) => !keep.includes(s.key)).map((s) => s.name)]);
    const before = readWorkbookBytes(new Uint8Array(readFileSync(file)));
    expect(result.sheets.slice(0, 2)).toEqual(before.sheets);
  });

  it('made no network request after the page was ready; the policy blocked Office.js telemetry', async () => {
    // Office.js, loaded outside Office, frames Microsoft's telemetry page 3 s after loading.
    await page.waitForTimeout(3500);
    expect(requestsAtReady).toBeGreaterThan(0);
    expect(pageRequests.slice(requestsAtReady)).toEqual([]);
    expect(server.requests.length).toBe(requestsAtReady);
    // Only Office.js's own files try anything the policy forbids, and those attempts were blocked.
    expect(cspViolations.filter((v) => !new URL(v.from).pathname.startsWith('/office-js/'))).toEqual([]);
    for (const violation of cspViolations) expect(violation.text).toMatch(/blocked|violates/);
  });
});
