import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { sampleKabupaten } from '../../src/sample/kabupaten';
import { Browser, buildWeb, launchChromium, serveStatic, StaticServer } from '../../scripts/webPage';
import { leaks, personalData, xlsxText } from '../helpers/personalData';

/**
 * The file-mode page as a puskesmas with poor signal uses it: index.html of the production
 * build, served on localhost, visited once; it is installable and its service worker keeps
 * every file. Then the site is gone and the browser offline: the page opens all the same,
 * makes the monthly report, and merges register workbooks into a district file that holds
 * none of their NIK, names or phone numbers.
 */

let dir: string;
/** Charts per sheet of an xlsx file, as openpyxl (test/helpers/openpyxl_charts.py) reads them. */
const chartCounts = (path: string): Record<string, number> =>
  Object.fromEntries(Object.entries(JSON.parse(execFileSync('/usr/bin/python3', ['test/helpers/openpyxl_charts.py', path]).toString()) as Record<string, unknown[]>).map(([sheet, charts]) => [sheet, charts.length]));

let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const online: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'imunisasi-offline-'));
  dist = join(dir, 'dist');
  buildWeb(dist);
  server = await serveStatic(dist);
  browser = await launchChromium({ width: 420, height: 900 });
  page = await browser.context.newPage();
  page.on('request', (request) => online.push(request.url()));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('html[data-offline="siap"]', { state: 'attached', timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** sw.js's list of files, as the build wrote it. */
const precached = (): string[] => JSON.parse(/\)\("[0-9a-f]{16}", (\[[\s\S]*\])\);\s*$/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]);

describe('online, first visit', () => {
  it('is installable: Chromium finds the web app manifest and reports no installability error', async () => {
    const cdp = await browser.context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${server.origin}/app.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
  });

  it('keeps every file of the page in its cache, among them each one the page loaded', async () => {
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
      return { names, paths: lists.flat() };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.paths.sort()).toEqual(precached().map((f) => `/${f}`).sort());
    const loaded = online.map((u) => new URL(u)).filter((u) => u.origin === server.origin).map((u) => (u.pathname === '/' ? '/index.html' : u.pathname));
    expect(loaded.length).toBeGreaterThan(4);
    for (const path of loaded) expect(cached.paths).toContain(path);
    for (const url of online) expect(url.startsWith(server.origin)).toBe(true);
    // The pane for Excel keeps loading Office.js; the page does not need it.
    expect(loaded.some((p) => p.startsWith('/office-js/'))).toBe(false);
  });

  it('keeps its Content-Security-Policy strict', async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
  });
});

describe('offline: the site is gone and the network cut', () => {
  let offline: Page;
  const failed: string[] = [];
  const answered: { url: string; fromServiceWorker: boolean }[] = [];

  beforeAll(async () => {
    await page.close();
    await server.close();
    await browser.context.setOffline(true);
    offline = await browser.context.newPage();
    offline.on('requestfailed', (request) => failed.push(request.url()));
    offline.on('response', (response) => answered.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
    await offline.goto(`${server.origin}/`);
    await offline.waitForSelector('body[data-ready="true"]');
  }, 60_000);

  it('opens the page from its cache in file mode, with nothing failing to load', async () => {
    expect(await offline.getAttribute('body', 'data-mode')).toBe('file');
    expect(await offline.textContent('h1')).toBe('Imunisasi');
    expect(failed).toEqual([]);
    // Every file came from the service worker's cache (the server sends no caching headers).
    expect(answered.length).toBeGreaterThan(4);
    expect(answered.filter((r) => !r.fromServiceWorker)).toEqual([]);
    // Nothing reached the (closed) server since it closed.
    await expect(fetch(`${server.origin}/index.html`)).rejects.toThrow();
  });

  it('makes the monthly report of the contoh and downloads it', async () => {
    await offline.setInputFiles('#file', 'templates/contoh-puskesmas.xlsx');
    await offline.waitForSelector('#status.success');
    await offline.selectOption('#bulan', '12');
    await offline.fill('#tahun', '2025');
    await offline.click('button[data-action="bulanan"]');
    await offline.waitForSelector('body[data-busy="false"] #status.success', { timeout: 90_000 });
    expect(await offline.textContent('#status')).toMatch(/^Laporan imunisasi Desember 2025 — Puskesmas Sidomulyo /);
    const [download] = await Promise.all([offline.waitForEvent('download'), offline.click('#unduh')]);
    const saved = join(dir, 'laporan-offline.xlsx');
    await download.saveAs(saved);
    const data = readDataLaporan(readWorkbookBytes(new Uint8Array(readFileSync(saved))).sheets.find((s) => s.name === 'Data Laporan')!);
    expect(data.ok && [data.data.kodePuskesmas, data.data.tahun, data.data.bulan]).toEqual(['P3373020101', 2025, 12]);
    // The browser's ExcelJS wrote native charts too, as Debian's openpyxl reads them.
    expect(chartCounts(saved)).toMatchObject({ 'Grafik PWS': 8, 'PWS Imunisasi': 7 });
    expect(failed).toEqual([]);
  }, 120_000);

  it('merges register workbooks into a new district file holding none of their NIK, names or phone numbers', async () => {
    const district = await sampleKabupaten({ count: 3, seed: 60, year: 2025, kelurahan: 1 });
    const inbox = join(dir, 'masuk');
    mkdirSync(inbox);
    for (const file of district.registers) writeFileSync(join(inbox, file.name), file.bytes);
    // The contoh's registers are open in the page too (the test above opened it).
    const inputs = [...district.registers.map((f) => f.bytes), new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))];
    const data = inputs.map(personalData);
    const all = { niks: data.flatMap((d) => d.niks), names: data.flatMap((d) => d.names), phones: data.flatMap((d) => d.phones) };
    expect(all.niks.length).toBeGreaterThan(500);
    expect(leaks(await xlsxText(inputs[inputs.length - 1]), data[data.length - 1]).length).toBe(data[data.length - 1].niks.length + data[data.length - 1].names.length + data[data.length - 1].phones.length);

    await offline.click('details.merge > summary');
    await offline.setInputFiles('#file-gabung', district.registers.map((f) => join(inbox, f.name)));
    const [download] = await Promise.all([offline.waitForEvent('download', { timeout: 120_000 }), offline.click('#gabung')]);
    await offline.waitForSelector('body[data-busy="false"] #status.success');
    expect(await offline.textContent('#status')).toMatch(/^3 dari 3 puskesmas digabung .* Hasil diunduh sebagai laporan-kabupaten-2025-12\.xlsx/);
    const saved = join(dir, 'kabupaten-offline.xlsx');
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect(readWorkbookBytes(bytes).sheets.map((s) => s.name)).toContain('PWS Kabupaten');
    expect(chartCounts(saved)).toEqual({ 'Cakupan Puskesmas': 1 });
    expect(leaks(await xlsxText(bytes), all)).toEqual([]);
    expect(failed).toEqual([]);
  }, 180_000);
});
