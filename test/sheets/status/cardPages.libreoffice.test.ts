import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { statusReport } from '../../../src/app/statusReport';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../../src/io/xlsx/writeWorkbook';
import { SheetSpec } from '../../../src/sheets/spec';
import { PAGE_POINTS } from '../../../src/sheets/status/blocks';
import { convertAllWithLibreOffice } from '../../../scripts/libreoffice';

/*
 * Kartu TT and Sertifikat IDL are printed and handed out: a card must never be cut across two
 * pages. The sheets carry page breaks between cards; LibreOffice prints them (PDF), and every
 * printed page holds whole cards: as many titles as signature blocks.
 */
const contoh = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
const report = statusReport(readWorkbookBytes(contoh), { today: '2026-01-05', month: { year: 2025, month: 12 }, generatedAt: '05-01-2026 10:15 WIB' });
const spec = (name: string): SheetSpec => report.specs.find((s) => s.name === name)!;
const cards = [
  // Capitals: only card titles, not the sheet's own heading ("Kartu Imunisasi Td").
  { sheet: 'Kartu TT', title: /KARTU (STATUS )?IMUNISASI/ },
  { sheet: 'Sertifikat IDL', title: /SERTIFIKAT IMUNISASI DASAR LENGKAP/ },
];

describe('printed cards and certificates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kartu-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cards)('$sheet breaks pages only between cards, each page within an A4 page', ({ sheet, title }) => {
    const s = spec(sheet);
    const titles = s.values.flatMap((r, i) => (typeof r[0] === 'string' && title.test(r[0]) ? [i + 1] : []));
    expect(titles.length).toBeGreaterThan(5);
    expect(s.rowBreaks!.length).toBeGreaterThan(1);
    // A break falls right before a card's title, after the gap that ends the previous card.
    for (const row of s.rowBreaks!) expect(titles).toContain(row + 1);
    // Rows at Excel's default 15 pt, titles taller: a page between breaks fits on A4.
    const rowsPerPage = [...s.rowBreaks!, s.values.length].map((end, i, all) => end - (i === 0 ? 0 : all[i - 1]));
    for (const rows of rowsPerPage) expect(rows * 15).toBeLessThanOrEqual(PAGE_POINTS + 2 * 10);
  });

  it('keeps the breaks when the sheets are added to the register workbook (the CLI and file mode)', async () => {
    const bytes = (await addSheetsToWorkbook(contoh, report.specs)).bytes;
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const rid = new RegExp('<sheet [^>]*name="Kartu TT"[^>]*r:id="(rId\\d+)"').exec(workbook)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target}`)!.async('string');
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(spec('Kartu TT').rowBreaks);
  });

  it('LibreOffice prints whole cards on every page', async () => {
    const paths = cards.map((_, i) => join(dir, `kartu-${i}.xlsx`));
    for (const [i, { sheet }] of cards.entries()) writeFileSync(paths[i], await writeWorkbook([spec(sheet)]));
    const pdfs = await convertAllWithLibreOffice(paths, 'pdf', dir);
    pdfs.forEach((pdf, i) => {
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').filter((p) => p.trim() !== '');
      const { title } = cards[i];
      const count = (page: string, re: RegExp) => page.split('\n').filter((line) => re.test(line.trim())).length;
      const perPage = pages.map((page) => [count(page, title), count(page, /Kepala Puskesmas$/)]);
      // Every card printed, and each page as many card titles as signature blocks.
      expect(perPage.reduce((n, [t]) => n + t, 0)).toBe(spec(cards[i].sheet).values.filter((r) => typeof r[0] === 'string' && title.test(r[0])).length);
      for (const [titles, signatures] of perPage) expect(titles).toBe(signatures);
      expect(pages.length).toBe(spec(cards[i].sheet).rowBreaks!.length + 1);
    });
  }, 120_000);
});
