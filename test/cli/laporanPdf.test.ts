import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthlyReport } from '../../src/app/monthlyReport';
import { PDF_UNAVAILABLE } from '../../src/cli/commands/laporan';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { runCli } from '../helpers/cli';
import { expectedPages } from '../helpers/expectedPages';
import { pageTexts } from '../helpers/pdfPixels';

const CONTOH = 'templates/contoh-puskesmas.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'laporan-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('imunisasi laporan --pdf', () => {
  it('prints every report sheet with a print layout to A4 PDF through LibreOffice', async () => {
    const pdf = join(dir, 'cetak', 'laporan.pdf');
    const { code, out } = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '--pdf', pdf]);
    expect(code).toBe(0);
    expect(out).toContain(`PDF untuk dicetak (A4) ditulis ke ${pdf}: Laporan Imunisasi, PWS Imunisasi, Grafik PWS`);
    const specs = monthlyReport(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), { year: 2025, month: 12, today: '2026-01-15', generatedAt: '2026-01-15T10:00:00+07:00' }).specs.filter((s) => s.print);
    const expected = specs.reduce((n, s) => n + expectedPages(s), 0);
    // At least the pages the breaks make (a one-table sheet taller than a page flows on; the page
    // counts themselves are checked sheet by sheet in test/sheets/printPages.libreoffice.test.ts).
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1])).toBeGreaterThanOrEqual(expected);
    const text = pageTexts(pdf).join('\n');
    // Each sheet's title (wrapped where the sheet is split across pages).
    for (const spec of specs) expect(text.replace(/\s+/g, ' ')).toContain(String(spec.values[1][0]));
    expect(text).toContain('GRAFIK PENCAPAIAN IMUNISASI (PWS)');
    expect(text).toContain('Cakupan kumulatif DPT-HB-Hib 1 2025');
    // Data Laporan (read by the district's tools) is not printed.
    expect(text).not.toMatch(/Versi Format/);
  }, 300_000);

  it('says in plain words how to get LibreOffice where it is missing, keeps the xlsx, and exits 4', async () => {
    const before = process.env.IMUNISASI_SOFFICE;
    process.env.IMUNISASI_SOFFICE = join(dir, 'tidak-ada', 'soffice');
    try {
      const xlsx = join(dir, 'laporan.xlsx');
      const pdf = join(dir, 'laporan-tanpa-lo.pdf');
      const { code, out, err } = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '-o', xlsx, '--pdf', pdf]);
      expect(code).toBe(PDF_UNAVAILABLE);
      expect(PDF_UNAVAILABLE).toBe(4);
      expect(err).toMatch(/PDF tidak dapat dibuat: LibreOffice tidak ditemukan di komputer ini \(IMUNISASI_SOFFICE menunjuk .*tidak-ada.*\)\. Pasang LibreOffice/);
      expect(out).toContain(`Ditulis ke ${xlsx}`);
      expect(existsSync(xlsx)).toBe(true);
      expect(existsSync(pdf)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.IMUNISASI_SOFFICE;
      else process.env.IMUNISASI_SOFFICE = before;
    }
  }, 120_000);
});
