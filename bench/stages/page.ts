import { join } from 'node:path';
import { buildWeb, launchChromium, serveStatic } from '../../scripts/webPage';
import { BenchStage, CACHE, median, sampleFile, table } from '../stage';

/**
 * Issue 13: the page (file mode, production build, headless Chromium) on the generated
 * workbook: "Buat laporan bulanan" against opening the same file, each timed from the click
 * (or the chosen file) until the page reports the result; a fresh page per run; medians.
 * The page is index.html, the one a puskesmas without the add-in opens (README, docs/pasang.md).
 * taskpane.html is the add-in's pane: outside Excel it falls back to file mode too, but it
 * loads Office.js, whose host probe then navigates a frame of its own (blocked: an error
 * page parsed on the page's thread) — work no file-mode user has.
 */
export const pageStage: BenchStage = {
  name: 'page',
  title: 'Halaman (mode file, Chromium headless): Buat laporan bulanan vs. buka file yang sama',
  async run({ sizes }) {
    const web = join(CACHE, 'web');
    buildWeb(web);
    const server = await serveStatic(web);
    const browser = await launchChromium();
    const lines: (string | number)[][] = [];
    try {
      for (const size of sizes.filter((s) => s >= 10_000)) {
        const file = await sampleFile(size);
        const runs = 5;
        const open: number[] = [];
        const report: number[] = [];
        for (let i = 0; i < runs; i++) {
          const page = await browser.context.newPage();
          try {
            await page.goto(`${server.origin}/index.html`);
            await page.waitForSelector('body[data-ready="true"]');
            let start = performance.now();
            await page.setInputFiles('#file', file);
            await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 600_000 });
            open.push(performance.now() - start);
            await page.selectOption('#bulan', '12');
            await page.fill('#tahun', '2025');
            start = performance.now();
            await page.click('button[data-action="bulanan"]');
            await page.waitForSelector('body[data-busy="false"] #status:not(:empty)', { timeout: 600_000 });
            report.push(performance.now() - start);
            const text = (await page.textContent('#status')) ?? '';
            if (!/^Laporan imunisasi Desember 2025/.test(text)) throw new Error(`The page did not make the report: ${text.slice(0, 300)}`);
          } finally {
            await page.close();
          }
        }
        lines.push([size, runs, median(open).toFixed(0), median(report).toFixed(0), `${(median(report) / median(open)).toFixed(2)}×`]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    process.stdout.write(`${table(['ukuran', 'putaran', 'buka ms', 'buat laporan ms', 'rasio'], lines)}\n`);
    process.stdout.write('Batas pada 100.000 baris: rasio ≤ 0,5× (median; buka = memilih file sampai halaman melaporkan file terbuka; buat laporan = klik sampai hasil tampil).\n');
  },
};
