import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/app/checkWorkbook';
import { mergeReports } from '../../src/app/mergeReports';
import { monthlyReport } from '../../src/app/monthlyReport';
import { missingTemplateSpecs } from '../../src/app/prepareTemplate';
import { readTargetSheet } from '../../src/domain/programme/readTargetSheet';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { Cell, RawSheet, RawWorkbook } from '../../src/domain/raw';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readZone } from '../../src/domain/registers/readZone';
import { SHEETS } from '../../src/domain/schema/registers';
import { stampInZone, todayInZone } from '../../src/io/clock';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { notCountedForGap } from '../helpers/notCounted';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { isGeneratedMark } from '../../src/sheets/reportFrame';
import { templateSpecs } from '../../src/sheets/template/templateSpecs';
import { privateMergeRefusal, privateSheets } from '../../src/ui/privateSheets';
import { repeatedCellBomb } from '../helpers/odsContent';
import { staleDimensions } from '../helpers/staleDimensions';
import { inflationBomb } from '../helpers/zipParts';
import { Browser, buildWeb, launchChromium, serveStatic, StaticServer } from '../../scripts/webPage';
import { readLastYearReport } from '../../src/app/lastYearReport';
import { lastYearFiles } from '../helpers/lastYearReport';

/**
 * The built pane (`npm run build`, production) in headless Chromium. Opened as a normal web
 * page it has no Office host: file mode. Nothing may be requested from anywhere but the
 * page's own server, and after the page reports ready nothing at all — opening, checking,
 * generating and downloading all happen in the page. Then the same build with an in-page
 * stand-in for Excel (test/e2e/fakeOffice.js served as office.js): the Excel mode.
 */

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'imunisasi-web-'));
  buildWeb(join(dir, 'web'));
  server = await serveStatic(join(dir, 'web'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A sample puskesmas workbook with one of every data problem, as the readers see it. */
async function sampleWithErrors(): Promise<{ bytes: Uint8Array; workbook: RawWorkbook }> {
  const sample = generateSample({ seed: 1, year: 2025, kelurahan: 3 });
  injectErrors(sample);
  const bytes = await writeWorkbook(sampleSpecs(sample));
  return { bytes, workbook: readWorkbookBytes(bytes) };
}

describe('file mode (a normal browser)', () => {
  let page: Page;
  const pageRequests: string[] = [];
  const cspViolations: { text: string; from: string }[] = [];
  let requestsAtReady = -1;

  beforeAll(async () => {
    page = await browser.context.newPage();
    page.on('request', (request) => pageRequests.push(request.url()));
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && cspViolations.push({ text: message.text(), from: message.location().url }));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector('body[data-ready="true"]');
    requestsAtReady = pageRequests.length;
  });

  afterAll(() => page?.close());

  it('starts in file mode when Office.onReady reports no host, loading only its own files', async () => {
    expect(await page.getAttribute('body', 'data-mode')).toBe('file');
    expect(pageRequests.length).toBeGreaterThan(0);
    for (const url of pageRequests) expect(url.startsWith(server.origin)).toBe(true);
    expect(server.requests.some((p) => p.startsWith('/office-js/office.js'))).toBe(true);
    expect(await page.isDisabled('button[data-action="periksa"]')).toBe(true);
  });

  it('offers the blank register template as a download', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unduh-templat')]);
    expect(download.suggestedFilename()).toBe('register-imunisasi.xlsx');
    const saved = join(dir, 'templat.xlsx');
    await download.saveAs(saved);
    const year = Number(await page.inputValue('#tahun'));
    const names = readWorkbookBytes(new Uint8Array(readFileSync(saved))).sheets.map((s) => s.name);
    expect(names).toEqual(templateSpecs({ year }).map((s) => s.name));
    expect(names).toContain('Target');
  });

  it.each([
    ['a text file renamed .xlsx', 'catatan.xlsx', () => new TextEncoder().encode('Catatan rapat, bukan register.\n'), /^catatan\.xlsx: file tidak dapat dibuka: bukan file spreadsheet \(isinya teks biasa/],
    ['a 3 MB xlsx that inflates to 1,2 GB', 'bom.xlsx', () => inflationBomb(1.2), /^bom\.xlsx: file terlalu besar untuk dibuka: isinya 1\.229 MB setelah diekstrak/],
    [
      'a 54 kB .ods whose repeated cells would make 27 million cells',
      'bom.ods',
      () => repeatedCellBomb(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'templat-libreoffice.ods')))),
      /^bom\.ods: file terlalu besar untuk dibuka: di sheet "Register Bayi", isi sel A\d+ diulang ke 1\.04\d\.\d{3} baris × \d+ kolom .* hapus baris\/kolom yang tidak dipakai di akhir sheet itu/,
    ],
  ])('refuses %s in red with one plain line, and opens nothing', async (_what, name, make, message) => {
    const file = join(dir, name);
    writeFileSync(file, make());
    await page.setInputFiles('#file', file);
    await page.waitForSelector('body[data-busy="false"] #status.error');
    expect(await page.textContent('#status p')).toMatch(message);
    expect(await page.textContent('#nama-file')).toBe('Belum ada file yang dibuka.');
    expect(await page.isDisabled('button[data-action="periksa"]')).toBe(true);
  });

  it('opens the sample workbook templates/contoh-puskesmas.xlsx from disk and checks it', async () => {
    await page.setInputFiles('#file', 'templates/contoh-puskesmas.xlsx');
    await page.waitForSelector('#status.success');
    expect(await page.textContent('#nama-file')).toBe('contoh-puskesmas.xlsx');
    // The sample's data ends in December 2025, before the month the pane offers today: the
    // period follows the file, and the pane says so.
    expect(await page.textContent('#status')).toMatch(/Data terakhir di file ini: Desember 2025, jadi periode diisi bulan itu\./);
    expect([await page.inputValue('#bulan'), await page.inputValue('#tahun')]).toEqual(['12', '2025']);
    await page.click('button[data-action="periksa"]');
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)');
    const workbook = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const today = todayInZone(readZone(workbook));
    const { findings } = checkWorkbook(workbook, { today });
    // The same complete check as laporan and status finds no error in the clean sample (its namesake
    // pairs went with the RV and IPV 2 draws; the findings list is tested on a damaged copy below),
    // only a warning on each Td/TT dose status T does not count for its gap (bumil dose 2 weeks
    // after dose 1 that made them T2: T3 needs 6 months), recounted from the engine's persons.
    const notCounted = notCountedForGap(workbook, today);
    expect(notCounted.length).toBeGreaterThan(0);
    expect(findings.map((f) => `${f.code}|${f.sheet}|${f.row}|${f.column}`).sort()).toEqual(notCounted.map((at) => `DOSE_TOO_CLOSE|${at}`).sort());
    expect(await page.textContent('#status')).toContain(`Pemeriksaan selesai: 0 error, ${notCounted.length} peringatan.`);
    expect(await page.locator('#temuan li.finding').count()).toBe(findings.length);
    expect(await page.locator('#temuan li.finding .message').allTextContents()).toEqual(findings.map((f) => f.message));
  });

  it('makes the monthly report of the sample (Buat laporan bulanan) and downloads it with the registers untouched', async () => {
    await page.selectOption('#bulan', '12');
    await page.fill('#tahun', '2025');
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 60_000 });
    expect(await page.textContent('#status')).toMatch(/^Laporan imunisasi Desember 2025 — Puskesmas Sidomulyo .* Sheet: Laporan Imunisasi, /);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unduh')]);
    expect(download.suggestedFilename()).toBe('contoh-puskesmas-hasil.xlsx');
    const saved = join(dir, 'laporan.xlsx');
    await download.saveAs(saved);
    const input = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const output = readWorkbookBytes(new Uint8Array(readFileSync(saved)));
    const reportNames = monthlyReport(input, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' }).specs.map((s) => s.name);
    expect(output.sheets.map((s) => s.name)).toEqual([...input.sheets.map((s) => s.name), ...reportNames]);
    expect(output.sheets.slice(0, input.sheets.length)).toEqual(input.sheets);
    // The machine-readable sheet Dinkes merges is there and readable.
    const data = readDataLaporan(output.sheets.find((s) => s.name === 'Data Laporan')!);
    expect(data.ok && data.data.kodePuskesmas).toBe(readRegisters(input, { today: '2026-01-05' }).registers.puskesmas!.kode);
    // The page's report sheets, cell by cell, are what the writer in Node (as laporan) makes of the
    // same registers for the same day; only the moment of making (the stamp) is the page's own.
    const now = new Date();
    const zone = readZone(input);
    const cli = await addSheetsToWorkbook(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')), monthlyReport(input, { year: 2025, month: 12, today: todayInZone(zone, now), generatedAt: stampInZone(zone, now).iso }).specs);
    const stamp = /\d{2}-\d{2}-\d{4} \d{2}:\d{2} WI[BTA]|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2}/g;
    const cells = (sheet: RawSheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.map((c) => (typeof c === 'string' ? c.replace(stamp, '<dibuat>') : c))), merges: sheet.merges });
    const expected = readWorkbookBytes(cli.bytes).sheets.slice(input.sheets.length);
    expect(expected.map((s) => s.name)).toEqual(reportNames);
    expect(output.sheets.slice(input.sheets.length).map(cells)).toEqual(expected.map(cells));
  });

  it('made for a month without data, twice: says so, replaces its own sheets in place, and the style table stays the same', async () => {
    const cellXfs = async (file: string) => Number(/<cellXfs[^>]*count="(\d+)"/.exec(await (await JSZip.loadAsync(readFileSync(file))).file('xl/styles.xml')!.async('string'))![1]);
    const saved: string[] = [];
    for (const run of [1, 2]) {
      await page.selectOption('#bulan', '3');
      await page.fill('#tahun', '2026');
      await page.click('button[data-action="bulanan"]');
      await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 60_000 });
      expect(await page.textContent('#status')).toMatch(/^Laporan imunisasi Maret 2026 — Puskesmas Sidomulyo .* Belum ada data Maret 2026: /);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unduh')]);
      saved.push(join(dir, `laporan-maret-${run}.xlsx`));
      await download.saveAs(saved[saved.length - 1]);
    }
    const december = readWorkbookBytes(new Uint8Array(readFileSync(join(dir, 'laporan.xlsx'))));
    const [first, second] = saved.map((f) => readWorkbookBytes(new Uint8Array(readFileSync(f))));
    // The December report's sheets replaced in place by March's, then March's by March's: no "(2)".
    expect(first.sheets.map((s) => s.name)).toEqual(december.sheets.map((s) => s.name));
    expect(second.sheets.map((s) => s.name)).toEqual(december.sheets.map((s) => s.name));
    expect(second.sheets.find((s) => s.name === 'Laporan Imunisasi')!.rows[4]).toEqual([expect.stringMatching(/^BELUM ADA DATA MARET 2026: /)]);
    expect(await cellXfs(saved[1])).toBe(await cellXfs(saved[0]));
  });

  it('checks a workbook opened from disk and lists every finding the checker reports', async () => {
    const { bytes, workbook } = await sampleWithErrors();
    const file = join(dir, 'sampel.xlsx');
    writeFileSync(file, bytes);
    await page.setInputFiles('#file', file);
    await page.waitForSelector('#status.success');
    expect(await page.textContent('#nama-file')).toBe('sampel.xlsx');
    await page.click('button[data-action="periksa"]');
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)');
    const { findings } = checkWorkbook(workbook, { today: todayInZone(readZone(workbook)) });
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(await page.textContent('#status')).toBe(`Pemeriksaan selesai: ${errors} error, ${findings.length - errors} peringatan. Perbaiki error agar laporan lengkap.`);
    expect(await page.locator('#temuan li.finding').count()).toBe(Math.min(200, findings.length));
    expect(await page.locator('#temuan li.finding .message').first().textContent()).toBe(findings[0].message);
  });

  it('reads every row of a workbook whose sheets declare a stale size (A1:K10): the same findings as the honest file', async () => {
    const { bytes } = await sampleWithErrors();
    const findingsOf = async (name: string, data: Uint8Array) => {
      const file = join(dir, name);
      writeFileSync(file, data);
      await page.setInputFiles('#file', file);
      await page.waitForSelector(`#status.success >> text=${name}`);
      await page.click('button[data-action="periksa"]');
      await page.waitForSelector('body[data-busy="false"] #status:not(:empty)');
      return { status: await page.textContent('#status'), findings: await page.locator('#temuan li.finding .message').allTextContents() };
    };
    const honest = await findingsOf('jujur.xlsx', bytes);
    expect(honest.findings.length).toBeGreaterThan(5);
    expect(await findingsOf('basi.xlsx', await staleDimensions(bytes))).toEqual(honest);
  });

  it('adds only the missing register sheets and downloads the result', async () => {
    const keep = ['puskesmas', 'kelurahan'] as const;
    const file = join(dir, 'sebagian.xlsx');
    writeFileSync(file, await writeWorkbook(templateSpecs({ only: [...keep] })));
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
    const kept = SHEETS.filter((s) => (keep as readonly string[]).includes(s.key));
    // The registers it lacked, then the Target sheet of the pane's year with the Kemenkes defaults.
    expect(result.sheets.map((s) => s.name)).toEqual([...[...kept, ...SHEETS.filter((s) => !kept.includes(s))].map((s) => s.name), 'Target']);
    expect(result.sheets.slice(0, 2)).toEqual(readWorkbookBytes(new Uint8Array(readFileSync(file))).sheets);
    const year = Number(await page.inputValue('#tahun'));
    expect(readTargetSheet(result)?.years.get(year)?.get('dpt3')?.value).toBe(DEFAULT_TARGETS.annual.dpt3);
  });

  it('merges puskesmas reports into a new workbook of the district report only, naming the files it could not use', async () => {
    const files = [
      ['p01.xlsx', await writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P01'), 'x')])],
      ['p02.xlsx', await writeWorkbook([dataLaporanSheetSpec(syntheticReport(2, 'P02'), 'x')])],
      ['acak.xlsx', new Uint8Array(4000).fill(7)],
    ] as const;
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    await page.click('details.merge > summary');
    await page.setInputFiles('#file-gabung', files.map(([name]) => join(dir, name)));
    expect(await page.textContent('#jumlah-gabung')).toBe('3 file laporan dipilih.');
    // Last December's report of P01, for Kualitas Data Kabupaten's comparison over time.
    writeFileSync(join(dir, 'p01-2024-12.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(5, 'P01', { tahun: 2024, bulan: 12 }), 'x')]));
    await page.setInputFiles('#tahun-lalu-gabung', join(dir, 'p01-2024-12.xlsx'));
    expect(await page.textContent('#jumlah-tahun-lalu-gabung')).toBe('1 file laporan tahun lalu dipilih.');
    await page.selectOption('#bulan', '12');
    await page.fill('#tahun', '2025');
    // A register workbook is open (sebagian.xlsx, above): the district report does not go into it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#gabung')]);
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)');
    expect(await page.textContent('#status')).toMatch(/^2 dari 2 puskesmas digabung .*, 2 tepat waktu\. Target yang dipakai: target bawaan Kemenkes \([^)]*\)\.( Sheet Target di buku kerja yang terbuka tidak dipakai: buku kerja itu berisi register puskesmas, bukan buku kerja Dinkes\.)? Kualitas Data Kabupaten dibandingkan dengan tahun lalu \(1 puskesmas dengan laporan Desember 2024, batas ±33%\): (tidak ada angka yang|\d+ angka) jauh berbeda\. Hasil diunduh sebagai laporan-kabupaten-2025-12\.xlsx, buku kerja baru /);
    expect(await page.textContent('#temuan')).toMatch(/acak\.xlsx.*bukan file spreadsheet/);
    expect(download.suggestedFilename()).toBe('laporan-kabupaten-2025-12.xlsx');
    const saved = join(dir, 'gabungan.xlsx');
    await download.saveAs(saved);
    const names = readWorkbookBytes(new Uint8Array(readFileSync(saved))).sheets.map((s) => s.name);
    // Exactly the district sheets the same merge makes, none of the open workbook's.
    const sources = files.map(([name, bytes]) => ({ name, date: '2026-01-05T09:00:00+07:00', bytes: async () => bytes }));
    const { specs } = await mergeReports(sources, { tahun: 2025, bulan: 12, today: '2026-01-05', generatedAt: '05-01-2026 09:00 WIB', read: readMergeInput });
    expect(names).toEqual(specs.map((s) => s.name));
    expect(names).toContain('PWS Kabupaten');
  });

  it('compares Kualitas Data with last year\'s report picked in "Laporan bulan yang sama tahun lalu (opsional)", and refuses another month\'s in plain words', async () => {
    const { report } = await lastYearFiles();
    const november = (await lastYearFiles(11)).report;
    writeFileSync(join(dir, 'laporan-2024-12.xlsx'), report);
    writeFileSync(join(dir, 'laporan-2024-11.xlsx'), november);
    await page.setInputFiles('#file', 'templates/contoh-puskesmas.xlsx');
    await page.waitForSelector('body[data-busy="false"] #status.success');
    expect(await page.textContent('#nama-tahun-lalu')).toBe('Belum dipilih: Kualitas Data tidak membandingkan dengan tahun lalu.');
    expect(await page.textContent('label[for="tahun-lalu"]')).toBe('Laporan bulan yang sama tahun lalu (opsional)');
    await page.setInputFiles('#tahun-lalu', join(dir, 'laporan-2024-12.xlsx'));
    expect(await page.textContent('#nama-tahun-lalu')).toBe('laporan-2024-12.xlsx');
    await page.selectOption('#bulan', '12');
    await page.fill('#tahun', '2025');
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 60_000 });
    const status = await page.textContent('#status');
    expect(status).toMatch(/Kualitas Data dibandingkan dengan laporan Desember 2024: \d+ angka jauh berbeda dari tahun lalu\. Sheet: /);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unduh')]);
    const saved = join(dir, 'laporan-tahun-lalu.xlsx');
    await download.saveAs(saved);
    // The page's Kualitas Data is, cell by cell, what the same use case makes in Node with the same file.
    const input = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const now = new Date();
    const zone = readZone(input);
    const today = todayInZone(zone, now);
    const lastYear = readLastYearReport({ name: 'laporan-2024-12.xlsx', bytes: report, read: readMergeInput }, { tahun: 2024, bulan: 12, today });
    const expected = monthlyReport(input, { year: 2025, month: 12, today, generatedAt: stampInZone(zone, now).iso, lastYear });
    const compared = expected.model.quality.findings.filter((f) => f.kind === 'beda_tahun_lalu');
    expect(compared.length).toBeGreaterThan(0);
    expect(status).toContain(`Kualitas Data dibandingkan dengan laporan Desember 2024: ${compared.length} angka jauh berbeda`);
    const stamp = /\d{2}-\d{2}-\d{4} \d{2}:\d{2} WI[BTA]/g;
    const text = (sheet: RawSheet) => sheet.rows.map((row) => row.map((c) => (typeof c === 'string' ? c.replace(stamp, '<dibuat>') : c)));
    const quality = readWorkbookBytes(new Uint8Array(readFileSync(saved))).sheets.find((s) => s.name === 'Kualitas Data')!;
    const node = readWorkbookBytes(await writeWorkbook(expected.specs.filter((s) => s.name === 'Kualitas Data'))).sheets[0];
    expect(text(quality)).toEqual(text(node));
    expect(text(quality).flat()).toContainEqual(expect.stringMatching(/^• Jauh berbeda dari tahun lalu: \d+ temuan \(dibandingkan dengan laporan Desember 2024, batas ±33%\)\.$/));

    // Another month's report: refused in red, naming the file and what to pick; nothing made.
    await page.setInputFiles('#tahun-lalu', join(dir, 'laporan-2024-11.xlsx'));
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status.error', { timeout: 60_000 });
    expect(await page.textContent('#status p')).toBe(
      'Laporan belum dibuat: file "Laporan bulan yang sama tahun lalu" tidak dapat dipakai. laporan-2024-11.xlsx berisi laporan November 2024, bukan Desember 2024. Pakai laporan Desember 2024 puskesmas ini (bulan yang sama tahun lalu), atau buat laporan tanpa file itu (tanpa perbandingan dengan tahun lalu).',
    );
    expect(await page.locator('#status details').count()).toBe(0);
    // Removed again: the report is made without the comparison, and says so.
    await page.click('#hapus-tahun-lalu');
    expect(await page.textContent('#nama-tahun-lalu')).toBe('Belum dipilih: Kualitas Data tidak membandingkan dengan tahun lalu.');
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status.success', { timeout: 60_000 });
    expect(await page.textContent('#status')).toContain('Kualitas Data tanpa perbandingan dengan tahun lalu: pilih laporan Desember 2024 di "Laporan bulan yang sama tahun lalu (opsional)" untuk membandingkannya.');
  });

  it('made no network request after the page was ready; the policy blocked Office.js telemetry', async () => {
    // Office.js, loaded outside Office, tries to frame Microsoft's telemetry page 3 s after loading.
    await page.waitForTimeout(3500);
    expect(requestsAtReady).toBeGreaterThan(0);
    expect(pageRequests.slice(requestsAtReady)).toEqual([]);
    expect(server.requests.length).toBe(requestsAtReady);
    // Only Office.js's own files attempt what the policy forbids, and those attempts are blocked.
    expect(cspViolations.filter((v) => !new URL(v.from).pathname.startsWith('/office-js/'))).toEqual([]);
    for (const violation of cspViolations) expect(violation.text).toMatch(/blocked|violates/);
  });
});

describe('Excel mode (Office.onReady reports Excel)', () => {
  let page: Page;
  let workbook: RawWorkbook;

  /** Rows from A1, as a sheet holds them. */
  const fromA1 = (rows: Cell[][], firstRow: number, firstCol: number) => [...Array.from({ length: firstRow - 1 }, () => []), ...rows.map((r) => [...Array.from({ length: firstCol - 1 }, () => null), ...r])];

  beforeAll(async () => {
    workbook = (await sampleWithErrors()).workbook;
    const sheets = workbook.sheets.filter((s) => s.name !== 'Vaksin').map((s) => ({ name: s.name, rows: fromA1(s.rows, s.firstRow, s.firstCol) }));
    page = await browser.context.newPage();
    await page.addInitScript(`window.__fakeSheets = ${JSON.stringify(sheets)};`);
    const fakeOffice = readFileSync(join(__dirname, 'fakeOffice.js'), 'utf8');
    await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOffice }));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(() => page?.close());

  it('works on the open workbook: the findings come from its sheets, and clicking one selects its cell', async () => {
    expect(await page.getAttribute('body', 'data-mode')).toBe('excel');
    expect(await page.locator('#file').count()).toBe(0);
    await page.click('button[data-action="periksa"]');
    await page.waitForSelector('body[data-busy="false"] #temuan li.finding');
    // What this Excel shows the add-in: no Vaksin sheet, and no merged areas (ExcelApi 1.13).
    const seen = { sheets: workbook.sheets.filter((s) => s.name !== 'Vaksin').map(({ merges: _merges, ...sheet }) => sheet) };
    const { findings } = checkWorkbook(seen, { today: todayInZone(readZone(seen)) });
    expect(await page.locator('#temuan li.finding').count()).toBe(Math.min(200, findings.length));
    const index = findings.findIndex((f) => f.cell);
    await page.locator('#temuan li.finding button').nth(index).click();
    await page.waitForFunction(() => (window as unknown as { __excel: { selected: unknown } }).__excel.selected !== null);
    const selected = await page.evaluate(() => (window as unknown as { __excel: { selected: unknown } }).__excel.selected);
    expect(selected).toEqual({ sheet: findings[index].sheet, address: findings[index].cell });
  });

  it("adds the missing register sheets through Office.js and leaves the other sheets' cells as they were", async () => {
    const before = await page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string; rows: unknown[][] }[] } }).__excel.sheets.map((s) => ({ name: s.name, rows: s.rows })));
    await page.click('button[data-action="templat"]');
    await page.waitForSelector('body[data-busy="false"] #status.success');
    const missing = missingTemplateSpecs(before.map((s) => s.name), Number(await page.inputValue('#tahun'))).map((s) => s.name);
    expect(missing).toContain('Vaksin');
    expect(await page.textContent('#status')).toBe(`Ditambahkan: ${missing.join(', ')}. Sheet yang sudah ada tidak diubah.`);
    const after = await page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string; rows: unknown[][] }[] } }).__excel.sheets.map((s) => ({ name: s.name, rows: s.rows })));
    expect(after.filter((s) => !missing.includes(s.name))).toEqual(before);
    expect(after.find((s) => s.name === 'Vaksin')!.rows[2]).toEqual(SHEETS.find((s) => s.key === 'vaksin')!.columns.map((c) => c.header));
  });

  it('refuses to merge the district report into this workbook of registers and says to open an empty one', async () => {
    const sheetsNow = () => page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string; rows: unknown[][] }[] } }).__excel.sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const before = await sheetsNow();
    const report = join(dir, 'p09.xlsx');
    writeFileSync(report, await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P09'), 'x')]));
    await page.click('details.merge > summary');
    await page.setInputFiles('#file-gabung', report);
    await page.click('#gabung');
    await page.waitForSelector('body[data-busy="false"] #status.error');
    expect(await page.textContent('#status')).toBe(privateMergeRefusal(privateSheets(before.map((s) => s.name))));
    expect(await page.textContent('#status')).toMatch(/"Register Bayi".*Buka buku kerja kosong/);
    expect(await sheetsNow()).toEqual(before);
  });

  it('writes the monthly report sheets through Office.js next to the registers, which keep their cells', async () => {
    const sheetsNow = () => page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string; rows: unknown[][] }[] } }).__excel.sheets.map((s) => ({ name: s.name, rows: s.rows })));
    const before = await sheetsNow();
    await page.selectOption('#bulan', '12');
    await page.fill('#tahun', '2025');
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)', { timeout: 60_000 });
    const names = monthlyReport(workbook, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T09:00:00+07:00' }).specs.map((s) => s.name);
    // The registers hold injected errors: the outcome says BELUM FINAL before the report's line.
    expect(await page.textContent('#status')).toMatch(new RegExp(`^BELUM FINAL: \\d+ error di register .* Laporan imunisasi Desember 2025 .* Sheet: ${names.join(', ')}\\.$`));
    const after = await sheetsNow();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((s) => s.name)).toEqual(names);
    for (const sheet of after.slice(before.length)) expect(isGeneratedMark(sheet.rows[0][0])).toBe(true);
  });

  it("reads last year's report with the reader loaded on first use, and writes Kualitas Data compared with it", async () => {
    const report = join(dir, 'excel-laporan-2024-12.xlsx');
    writeFileSync(report, (await lastYearFiles()).report);
    const requestsBefore = server.requests.length;
    await page.setInputFiles('#tahun-lalu', report);
    await page.click('button[data-action="bulanan"]');
    await page.waitForSelector('body[data-busy="false"] #status:not(:empty)', { timeout: 60_000 });
    expect(await page.textContent('#status')).toMatch(/Kualitas Data dibandingkan dengan laporan Desember 2024: \d+ angka jauh berbeda dari tahun lalu\. Sheet: /);
    // The spreadsheet reader came as its own chunk when needed, not with the pane.
    expect(server.requests.slice(requestsBefore).some((path) => /\/merge\.[0-9a-f]+\.js$/.test(path))).toBe(true);
    const quality = await page.evaluate(() => (window as unknown as { __excel: { sheets: { name: string; rows: unknown[][] }[] } }).__excel.sheets.find((s) => s.name === 'Kualitas Data')!.rows.flat());
    expect(quality).toContainEqual(expect.stringMatching(/^• Jauh berbeda dari tahun lalu: \d+ temuan \(dibandingkan dengan laporan Desember 2024, batas ±33%\)\.$/));
  });
});
