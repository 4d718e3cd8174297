import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { Cell, RawWorkbook } from '../../src/domain/raw';
import { xlsxToPdf } from '../../src/io/pdf/libreOfficePdf';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { runCli } from '../helpers/cli';

/*
 * "tidak dapat dihitung" printed whole: in narrow report columns it wraps (a smaller font, the
 * row made tall enough) instead of being cut to "pat dihitung". Checked on paper: LibreOffice
 * prints the puskesmas report (laporan --pdf) and the district report, pdftotext reads the
 * pages, and no cut piece of the three words is left while every marked cell's words are there.
 */
const PHRASE = 'tidak dapat dihitung';
const WORDS = PHRASE.split(' ');
/** Pieces a cell cut at its border leaves: a word's start or end of 3 letters or more ("hitung" is a word of its own). */
const PIECES = new Set(WORDS.flatMap((w) => Array.from({ length: w.length - 3 }, (_, i) => [w.slice(0, i + 3), w.slice(-(i + 3))]).flat()).filter((p) => !WORDS.includes(p) && p !== 'hitung'));
const dir = mkdtempSync(join(tmpdir(), 'cetak-tdd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Times the phrase stands in the printed sheets: marked cells, and inside notes and banners. */
function phrases(book: RawWorkbook, printed: (name: string) => boolean): number {
  let n = 0;
  for (const sheet of book.sheets.filter((s) => printed(s.name))) for (const row of sheet.rows) for (const c of row) if (typeof c === 'string') n += c.split(PHRASE).length - 1;
  return n;
}

function printedWords(pdf: string): { pieces: string[]; count: (word: string) => number } {
  const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString().match(/\p{L}+/gu) ?? [];
  return { pieces: words.filter((w) => PIECES.has(w)), count: (word) => words.filter((w) => w === word).length };
}

describe('"tidak dapat dihitung" is legible in print (LibreOffice → PDF → text)', () => {
  it('the puskesmas report: every marked cell reads whole', async () => {
    const wb = XLSX.read(readFileSync('templates/contoh-puskesmas.xlsx'), { type: 'buffer' });
    // A broken sasaran (coverage, PWS, need) and a broken stock cell (Pemantauan Vaksin).
    wb.Sheets.Kelurahan.E5 = { t: 's', v: 'belum tahu' };
    const stok = wb.Sheets['Stok Vaksin'];
    const rows = XLSX.utils.sheet_to_json<Cell[]>(stok, { header: 1 });
    stok[`F${rows.findIndex((r) => r[0] === 2025 && r[1] === 12 && r[2] === 'BCG') + 1}`] = { t: 's', v: 'dua belas' };
    const input = join(dir, 'rusak.xlsx');
    writeFileSync(input, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [xlsx, pdf] = [join(dir, 'laporan.xlsx'), join(dir, 'laporan.pdf')];
    const { code } = await runCli(['laporan', input, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', xlsx, '--terpisah', '--pdf', pdf]);
    expect(code).toBe(5);

    const expected = phrases(readWorkbookBytes(new Uint8Array(readFileSync(xlsx))), (name) => name !== 'Data Laporan');
    expect(expected).toBeGreaterThan(100);
    const { pieces, count } = printedWords(pdf);
    expect(pieces).toEqual([]);
    for (const word of WORDS) expect([word, count(word) >= expected]).toEqual([word, true]);
  }, 300_000);

  it('the district report: an empty month\'s and a not-final puskesmas\'s marks read whole', async () => {
    const empty = join(dir, 'kosong.xlsx');
    expect((await runCli(['laporan', 'templates/contoh-puskesmas.xlsx', '--bulan', '2027-03', '--tanggal', '2027-04-05', '-o', empty, '--terpisah'])).code).toBe(0);
    const other = join(dir, 'p09.xlsx');
    writeFileSync(other, await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P09', { tahun: 2027, bulan: 3, dibuat: '2027-04-05T09:00:00+07:00' }), 'x')]));
    const kab = join(dir, 'kab.xlsx');
    expect((await runCli(['gabung', empty, other, '--bulan', '2027-03', '-o', kab])).code).toBe(5);
    const pdf = join(dir, 'kab.pdf');
    const bytes = new Uint8Array(readFileSync(kab));
    await xlsxToPdf(bytes, pdf);

    const expected = phrases(readWorkbookBytes(bytes), () => true);
    expect(expected).toBeGreaterThan(50);
    const { pieces, count } = printedWords(pdf);
    expect(pieces).toEqual([]);
    for (const word of WORDS) expect([word, count(word) >= expected]).toEqual([word, true]);
  }, 300_000);
});
