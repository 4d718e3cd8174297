import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { mergeReports, MergeSource } from '../../src/app/mergeReports';
import { monthlyReport } from '../../src/app/monthlyReport';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { DISTRICT_PRINT_SCALE } from '../../src/sheets/district/districtSheets';
import { printScale, PRINTABLE, READABLE_SCALE, widestPrintScale } from '../../src/sheets/pageBreaks';
import { statusReport } from '../../src/app/statusReport';
import { TABLE_HEADER_ROW } from '../../src/sheets/reportTable';
import { SheetSpec } from '../../src/sheets/spec';
import { convertAllWithLibreOffice } from '../../scripts/libreoffice';
import { pageTexts, textReach, wordHeight } from '../helpers/pdfPixels';
import { cutWords } from '../helpers/cutText';
import { linesHeight } from '../../src/sheets/textRows';
import { expectedPages } from '../helpers/expectedPages';

/*
 * The sample's puskesmas and district reports, printed by LibreOffice to A4: our page breaks
 * are the only ones inside a sheet (LibreOffice added none, so none falls inside a table or a
 * chart, which the breaks keep whole), every chart is printed whole on one page, and the wide
 * district tables print at a readable scale across pages instead of shrinking.
 */
const dir = mkdtempSync(join(tmpdir(), 'print-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Which report a printed sheet belongs to: the monthly, the district or the status report. */
type Origin = 'puskesmas' | 'kabupaten' | 'status';
const printed: { spec: SheetSpec; pages: string[]; pdf: string; origin: Origin }[] = [];
let cutPdf = '';

beforeAll(async () => {
  const puskesmas = monthlyReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
  const sources: MergeSource[] = await Promise.all(
    [0, 1, 2, 3, 4, 5].map(async (i) => {
      const sample = generateSample({ seed: 300 + i, year: 2025, kelurahan: 3 + (i % 3) });
      sample.fields = { ...sample.fields, kode: `P33730${i + 1}`, nama: `Puskesmas ${i + 1}` };
      const bytes = await writeWorkbook(sampleSpecs(sample));
      return { name: `register-${i}.xlsx`, date: `2026-01-0${3 + i}T16:00:00+07:00`, bytes: async () => bytes };
    }),
  );
  const district = await mergeReports(sources, { tahun: 2025, bulan: 12, today: '2026-01-15', generatedAt: '15-01-2026 09:00 WIB', read: readMergeInput });
  // The status report's lists (Kartu TT and Sertifikat IDL: test/sheets/status/cardPages.libreoffice.test.ts).
  const status = statusReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { today: '2026-01-05', month: { year: 2025, month: 12 }, generatedAt: '05-01-2026 10:15 WIB' });
  // Data Laporan is read by the district's tools, not printed: it has no print layout.
  const sheets = [
    ...puskesmas.specs.map((spec) => ({ spec, origin: 'puskesmas' as const })),
    ...district.specs.map((spec) => ({ spec, origin: 'kabupaten' as const })),
    ...status.specs.filter((s) => ['Status T', 'Jadwal Bulan Ini'].includes(s.name)).map((spec) => ({ spec, origin: 'status' as const })),
  ].filter((s) => s.spec.print);
  const specs = sheets.map((s) => s.spec);
  const paths = await Promise.all(
    specs.map(async (spec, i) => {
      const path = join(dir, `lembar-${i}.xlsx`);
      writeFileSync(path, await writeWorkbook([spec]));
      return path;
    }),
  );
  // A text cut by the filled cell beside it, as a split sheet's title was on its right-hand pages: the check must see it.
  const cut: SheetSpec = { name: 'Terpotong', role: 'report', values: [['Judul laporan yang terlalu panjang untuk selnya', 'X']], columnWidths: [10, 10], print: { orientation: 'landscape', fitToWidth: false } };
  const cutPath = join(dir, 'terpotong.xlsx');
  writeFileSync(cutPath, await writeWorkbook([cut]));
  const pdfs = await convertAllWithLibreOffice([...paths, cutPath], 'pdf', dir, 300_000);
  sheets.forEach(({ spec, origin }, i) => printed.push({ spec, origin, pages: pageTexts(pdfs[i]), pdf: pdfs[i] }));
  cutPdf = pdfs[specs.length];
}, 400_000);

/** Points the sheet's rows take at its print scale, against a page: does it all fit on one? */
const rowsFitOnePage = (spec: SheetSpec) => {
  let points = 0;
  for (let r = 1; r <= spec.values.length; r++) points += spec.rowHeights?.[r] ?? 15;
  return points * printScale(spec) <= PRINTABLE[spec.print!.orientation].height;
};

describe('printed reports (LibreOffice, A4)', () => {
  it('prints every sheet on exactly the pages our breaks make: no break of its own inside a table or chart', () => {
    expect(printed.length).toBeGreaterThan(10);
    for (const { spec, pages } of printed) {
      const expected = expectedPages(spec);
      // A one-table sheet taller than a page (stock: puskesmas × vaccines; many findings) continues
      // under its header, which every page repeats.
      const longTable = !spec.rowBreaks && !spec.columnBreaks && !spec.charts && !rowsFitOnePage(spec) && spec.print?.titleRows === `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`;
      if (longTable) {
        const header = new RegExp(spec.values[TABLE_HEADER_ROW - 1].filter((c): c is string => typeof c === 'string').slice(0, 3).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('\\s+'));
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) expect({ sheet: spec.name, header: header.test(page) }).toEqual({ sheet: spec.name, header: true });
      } else expect({ sheet: spec.name, pages: pages.length }).toEqual({ sheet: spec.name, pages: expected });
    }
  });

  it('prints every word whole: no text runs out of its cell, a repeated column or the page', () => {
    // Split sheets repeat their first columns on every page: the title block and the notes wrap
    // within them, so the pages to the right print them whole too.
    const split = printed.filter((p) => p.spec.columnBreaks?.length);
    expect(split.map((p) => p.spec.name)).toEqual(expect.arrayContaining(['Pemantauan Vaksin', 'Laporan BIAS', 'Laporan Imunisasi', 'PWS Kabupaten', 'BIAS Kabupaten']));
    // Status T too (16 columns, about 300 characters wide, histories of several lines): across pages, every text wrapped in its column.
    expect(printed.map((p) => p.spec.name)).toContain('Status T');
    for (const { spec, pdf } of printed) expect({ sheet: spec.name, cut: cutWords(pdf) }).toEqual({ sheet: spec.name, cut: [] });
    // The check sees a cut where there is one.
    expect(cutWords(cutPdf).map((c) => c.line)).toEqual(expect.arrayContaining([expect.stringMatching(/^Judul laporan/)]));
  });

  it('prints each chart whole: its title and its legend on the same page', () => {
    const grafik = printed.find((p) => p.spec.name === 'Grafik PWS')!;
    // A long title wraps in the chart: its first words name it.
    const titles = grafik.spec.charts!.map((c) => c.title.slice(0, 30));
    let seen = 0;
    for (const page of grafik.pages) {
      const onPage = titles.filter((t) => page.includes(t)).length;
      // Every chart's legend names the target line ("Garis target"); the tables say "Target".
      expect((page.match(/Garis target/g) ?? []).length).toBe(onPage);
      seen += onPage;
    }
    expect(seen).toBe(titles.length);
    // The PWS sheet: under each antigen's table its chart, title and legend on one page.
    const pws = printed.find((p) => p.spec.name === 'PWS Imunisasi')!;
    const pwsTitles = pws.spec.charts!.map((c) => c.title.slice(0, 25));
    expect(pwsTitles.length).toBeGreaterThan(5);
    let pwsSeen = 0;
    for (const page of pws.pages) {
      const onPage = pwsTitles.filter((t) => page.includes(t)).length;
      expect((page.match(/Cakupan kumulatif\s+Garis target/g) ?? []).length).toBe(onPage);
      pwsSeen += onPage;
    }
    expect(pwsSeen).toBe(pwsTitles.length);
    const cakupan = printed.find((p) => p.spec.name === 'Cakupan Puskesmas')!;
    const chartPage = cakupan.pages.find((p) => p.includes(cakupan.spec.charts![0].title))!;
    expect(chartPage).toMatch(/IDL kumulatif\s+Garis target/);
  });

  it('prints every district sheet at a readable scale: the wide tables across pages, the puskesmas column on every page, the others one page wide', () => {
    for (const name of ['PWS Kabupaten', 'BIAS Kabupaten']) {
      const { spec, pages } = printed.find((p) => p.spec.name === name)!;
      expect(spec.print!.scale).toBe(DISTRICT_PRINT_SCALE);
      expect(DISTRICT_PRINT_SCALE).toBe(READABLE_SCALE * 100);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page).toMatch(/Puskesmas 1[\s\S]*JUMLAH KABUPATEN\/KOTA/);
    }
    // Every other district sheet fits one page wide at READABLE_SCALE or larger, where its columns
    // print widest (LibreOffice measuring them in DejaVu Sans digits)...
    const district = printed.filter((p) => p.origin === 'kabupaten');
    const fitted = district.filter((p) => !p.spec.print!.scale);
    expect(fitted.length).toBeGreaterThan(6);
    for (const { spec } of fitted) expect({ sheet: spec.name, readable: widestPrintScale(spec) >= READABLE_SCALE }).toEqual({ sheet: spec.name, readable: true });
    // ...and LibreOffice prints it so: its 14-point title is at least as large as the title of a
    // sheet printed at that fixed scale (PWS Kabupaten).
    const firstWord = (spec: SheetSpec) => String(spec.values[1][0]).split(' ')[0];
    const reference = district.find((p) => p.spec.name === 'PWS Kabupaten')!;
    const atReadable = wordHeight(reference.pdf, firstWord(reference.spec)) / (DISTRICT_PRINT_SCALE / 100);
    for (const { spec, pdf } of fitted) {
      const scale = Math.round((wordHeight(pdf, firstWord(spec)) / atReadable) * 1000) / 1000;
      expect({ sheet: spec.name, readable: scale >= READABLE_SCALE, scale }).toEqual({ sheet: spec.name, readable: true, scale });
    }
  });

  it('prints Laporan Imunisasi, Status T and Jadwal Bulan Ini across pages at a readable scale, as LibreOffice measures it: its 14-point title as large as at that fixed scale', () => {
    const firstWord = (spec: SheetSpec) => String(spec.values[1][0]).split(' ')[0];
    const reference = printed.find((p) => p.spec.name === 'PWS Kabupaten')!;
    const atReadable = wordHeight(reference.pdf, firstWord(reference.spec)) / (DISTRICT_PRINT_SCALE / 100);
    // Laporan Imunisasi printed at about 62% shrunk to one page wide, Status T at about a third:
    // now across pages, their identity columns on each (No/Kode/Kelurahan; No/Nama; No/Nama).
    for (const [name, part, identity] of [
      ['Laporan Imunisasi', /Jumlah puskesmas/, /Kelurahan[\s\S]*Jumlah puskesmas/],
      // Every page of Status T holds part of its table: the header's No and Nama, a person's number beside her name.
      ['Status T', /./, /No\s+Nama\s[\s\S]*\n\s*\d+ \S/],
      // Jadwal Bulan Ini (about 74%): No and Nama beside the person's and the dose's columns.
      ['Jadwal Bulan Ini', /./, /No\s+Nama\s/],
    ] as const) {
      const { spec, pdf, pages } = printed.find((p) => p.spec.name === name)!;
      expect({ name, scale: spec.print!.scale, fitToWidth: spec.print!.fitToWidth, titleColumns: spec.print!.titleColumns }).toEqual({ name, scale: 90, fitToWidth: false, titleColumns: name === 'Laporan Imunisasi' ? 'A:C' : 'A:B' });
      expect(spec.columnBreaks!.length).toBeGreaterThan(0);
      const scale = Math.round((wordHeight(pdf, firstWord(spec)) / atReadable) * 1000) / 1000;
      expect({ name, readable: scale >= READABLE_SCALE, scale }).toEqual({ name, readable: true, scale });
      const parts = pages.filter((p) => part.test(p));
      expect(parts.length).toBeGreaterThan(spec.columnBreaks!.length);
      for (const page of parts) expect({ name, identity: identity.test(page) }).toEqual({ name, identity: true });
    }
  });

  it('prints Status T in two bands of columns, at least five persons a page: the person and her status, then her protection, next dose and history', async () => {
    // Every row is as tall as its history (a line a dose), and every band of columns prints every
    // row: its 2 417 persons printed on 896 pages, four bands of about 11 persons a page, three
    // of them mostly blank beside the history's lines.
    const { spec, pages } = printed.find((p) => p.spec.name === 'Status T')!;
    const persons = spec.values.filter((r) => typeof r[0] === 'number').length;
    expect(persons).toBeGreaterThan(2000);
    expect({ personsPerPage: persons / pages.length >= 5 }).toEqual({ personsPerPage: true });
    // The header row (on every page) holds two lines, no more.
    const header = spec.values.findIndex((r) => r[0] === 'No') + 1;
    expect(spec.rowHeights![header]).toBeLessThanOrEqual(linesHeight(2, { size: 11, bold: true }));
    // Two bands: No and Nama on both; NIK, birth date, kelurahan, phone, kelompok and status on the
    // first, the dates and the history on the second (its first history line beside its person).
    expect(spec.columnBreaks).toHaveLength(1);
    const bands = [pages.filter((p) => /NIK \/ Kode KK/.test(p)), pages.filter((p) => /Riwayat T/.test(p))];
    expect(bands.map((b) => b.length)).toEqual([pages.length / 2, pages.length / 2]);
    // (Two-line headers print their lines above and below the others': "Tanggal / Lahir", "Terlindung / s.d.".)
    for (const page of bands[0]) expect(page).toMatch(/No\s+Nama\s+NIK \/ Kode KK\s+Kelurahan\s+No HP\s+Kelompok\s+Status T\n.*Lahir\n\s*\d+ \S/);
    for (const page of bands[1]) expect(page).toMatch(/Terlindung\s+Dosis\nNo\s+Nama\s+Riwayat T\n.*s\.d\.\s+Berikutnya\n\s*\d+ .*\d\d-\d\d-\d{4} .* \(Register/);
    // The details after the history (Tanggal Status … Baris Sumber) show on screen only: the file's print area ends at the history.
    // Only the note above the table names them, on the first page of each band, saying so.
    const noted = pages.filter((p) => /tampil\s+di\s+layar,\s+tidak\s+ikut\s+dicetak/.test(p));
    expect(noted).toEqual([bands[0][0], bands[1][0]]);
    expect(pages.filter((p) => !noted.includes(p)).some((p) => /Alasan Tidak Dihitung|Baris Sumber/.test(p))).toBe(false);
    const zip = await JSZip.loadAsync(await writeWorkbook([spec]));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/_xlnm\.Print_Area[^>]*>&apos;Status T&apos;!\$A:\$K</);
  });

  it("prints Laporan Imunisasi's first page across its width: the column groups of its tables end where the page can break", () => {
    // The first page held the columns up to Polio 3 (about 61% of the page's width), because
    // section E's IDL and UCI, IBL and IRL groups overlapped section F's WUS T1–T5 and caten
    // T1–T5 and so tied columns 11–21 together; it printed in three bands of columns.
    const { spec, pdf } = printed.find((p) => p.spec.name === 'Laporan Imunisasi')!;
    const { right, width } = textReach(pdf, 1);
    expect({ reach: right / width > 0.85 }).toEqual({ reach: true });
    expect(spec.columnBreaks).toHaveLength(1);
  });

  it('prints Pemantauan Vaksin and Laporan BIAS at a readable scale across pages: their first columns beside every part of the table, each note whole on a page', async () => {
    for (const [name, titles, part, first] of [
      // A page holding part of the table (its column groups' headers) shows the vaccines beside it.
      ['Pemantauan Vaksin', 'A:C', /Stok bulan|Bulan ini|Ketersediaan/, /Hepatitis B Uniject[\s\S]*HPV/],
      // The schools beside each class's doses (Jml); the lower sections (C, D) are as wide as the first page.
      ['Laporan BIAS', 'A:D', /Jml/, /SD Negeri[\s\S]*Jumlah puskesmas/],
    ] as const) {
      const { spec, pages } = printed.find((p) => p.spec.name === name)!;
      // Not shrunk to fit the width (they printed at about 75% and 82%): 90%, split by column groups.
      expect({ name, scale: spec.print!.scale, fitToWidth: spec.print!.fitToWidth, titleColumns: spec.print!.titleColumns }).toEqual({ name, scale: 90, fitToWidth: false, titleColumns: titles });
      expect(spec.columnBreaks!.length).toBeGreaterThan(0);
      expect(pages.length).toBe(expectedPages(spec));
      const parts = pages.filter((p) => part.test(p));
      expect(parts.length).toBeGreaterThan(spec.columnBreaks!.length);
      for (const page of parts) expect({ name, first: first.test(page) }).toEqual({ name, first: true });
      // Every note prints whole on one page (wrapped: its words in order, however the lines fall).
      const bare = (text: string) => text.replace(/\s+/g, '');
      const notes = spec.values.filter((r) => typeof r[0] === 'string' && r.length === 1 && (r[0] as string).length > 120).map((r) => bare(r[0] as string));
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect({ name, note: pages.some((p) => bare(p).includes(note)) }).toEqual({ name, note: true });
      const zip = await JSZip.loadAsync(await writeWorkbook([spec]));
      expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<pageSetup[^>]*scale="90"/);
    }
  });

  it("writes the split's column breaks, scale and repeated columns into the file", async () => {
    const { spec } = printed.find((p) => p.spec.name === 'PWS Kabupaten')!;
    expect(spec.columnBreaks!.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(await writeWorkbook([spec]));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect([...sheet.matchAll(/<colBreaks[^>]*>(.*?)<\/colBreaks>/g)].flatMap((m) => [...m[1].matchAll(/<brk id="(\d+)"/g)].map((b) => Number(b[1])))).toEqual(spec.columnBreaks);
    expect(sheet).toMatch(/<pageSetup[^>]*scale="90"/);
    // The table's right-hand part is printed right after its left-hand part, before what lies below.
    expect(sheet).toMatch(/<pageSetup[^>]*pageOrder="overThenDown"/);
    expect(sheet).not.toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/_xlnm\.Print_Titles[^>]*>&apos;PWS Kabupaten&apos;!\$A:\$B,/);
  });
});
