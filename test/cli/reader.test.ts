import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookBytes, SHEETJS_READ_OPTIONS } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { runCli } from '../helpers/cli';
import { repeatedCellBomb } from '../helpers/odsContent';
import { xlsbCellBomb } from '../helpers/xlsbParts';
import { staleDimensions } from '../helpers/staleDimensions';
import { inflationBomb } from '../helpers/zipParts';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'pembaca-'));

describe('the CLI reads every row a file holds', () => {
  it('a register whose sheets declare A1:K10 but hold hundreds of rows: periksa and laporan count every row', async () => {
    const honest = await writeWorkbook(sampleSpecs(generateSample({ seed: 3, year: 2025, kelurahan: 2 })));
    const stale = await staleDimensions(honest);
    // The case is real: a reader that trusts the stored size sees ten rows of Register Bayi.
    const trusted = XLSX.read(stale, SHEETJS_READ_OPTIONS).Sheets['Register Bayi']['!ref'];
    expect(trusted).toBe('A1:K10');
    expect(readWorkbookBytes(stale).sheets.find((s) => s.name === 'Register Bayi')!.rows.length).toBeGreaterThan(100);
    const files = { honest: join(dir, 'jujur.xlsx'), stale: join(dir, 'basi.xlsx') };
    writeFileSync(files.honest, honest);
    writeFileSync(files.stale, stale);
    const laporan = async (file: string) => runCli(['laporan', file, '--bulan', '2025-12', '--json', '--tanggal', '2025-12-31']);
    const [a, b] = [await laporan(files.honest), await laporan(files.stale)];
    expect(b.code).toBe(0);
    expect(b.out).toBe(a.out);
    const json = JSON.parse(b.out) as { data: { indikator: string; nilai: number }[] };
    const bcgBabies = json.data.filter((d) => /BCG/.test(d.indikator)).reduce((sum, d) => sum + (typeof d.nilai === 'number' ? d.nilai : 0), 0);
    expect(bcgBabies).toBeGreaterThan(10);
    const periksa = async (file: string) => (await runCli(['periksa', file, '--json', '--tanggal', '2025-12-31'])).out;
    expect(await periksa(files.stale)).toBe(await periksa(files.honest));
  });
});

describe('the CLI refuses what is no workbook or too large, exit 2', () => {
  it('a text file renamed .xlsx: "tidak dapat dibuka", exit 2 from periksa, status and laporan', async () => {
    const file = join(dir, 'catatan.xlsx');
    writeFileSync(file, 'Catatan rapat bulan Desember\nBukan register.\n');
    for (const args of [['periksa', file], ['status', file], ['laporan', file, '-o', join(dir, 'x.xlsx')]]) {
      const { code, err, out } = await runCli(args);
      expect([code, out, err.trim()]).toEqual([2, '', 'catatan.xlsx: file tidak dapat dibuka: bukan file spreadsheet (isinya teks biasa, bukan buku kerja .xlsx). Buka file aslinya di Excel lalu simpan sebagai .xlsx.']);
    }
  });

  it('a 3 MB xlsx that inflates to 1,2 GB: refused with a clear line by the real process, exit 2', () => {
    const file = join(dir, 'bom.xlsx');
    writeFileSync(file, inflationBomb(1.2));
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'imunisasi.js'), 'periksa', file], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^bom\.xlsx: file terlalu besar untuk dibuka: isinya 1\.229 MB setelah diekstrak \(batas 1\.000 MB\)\. [^\n]+\n$/);
  });

  it('an .ods whose repeated cells would make 32 million cells: refused by the real process before SheetJS reads it, exit 2', () => {
    // The blank template as LibreOffice saves it, with 0 typed down Register Bayi to the last row.
    const file = join(dir, 'bom.ods');
    writeFileSync(file, repeatedCellBomb(new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'templat-libreoffice.ods')))));
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'imunisasi.js'), 'periksa', file], { encoding: 'utf8' });
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(/^bom\.ods: file terlalu besar untuk dibuka: di sheet "Register Bayi", isi sel A\d+ diulang ke 1\.04\d\.\d{3} baris × \d+ kolom \(A\d+:[A-Z]+1048575\), sehingga buku kerja berisi lebih dari 5\.000\.000 sel berisi \(batas seluruh buku kerja\)\. Buka file di LibreOffice, hapus baris\/kolom yang tidak dipakai di akhir sheet itu \(A\d+:[A-Z]+1048575\), lalu simpan ulang\.\n$/);
  });

  it('an .xlsb of over 5 million cells: periksa refuses it before SheetJS reads it, and gabung names it and merges the other files', async () => {
    const inbox = join(dir, 'masuk-xlsb');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'bom.xlsb'), xlsbCellBomb());
    writeFileSync(join(inbox, 'p01.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P01'), 'x')]));
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'imunisasi.js'), ...args], { encoding: 'utf8' });
    const message = /bom\.xlsb: file terlalu besar untuk dibuka: sheet "Register Bayi" membuat jumlah sel berisi melebihi 5\.000\.000 \(batas seluruh buku kerja; terlewati di sel [A-Z]+\d+\)\. Buka file di Excel, hapus baris dan kolom yang tidak dipakai atau pisahkan register per tahun, lalu simpan ulang sebagai \.xlsx\./;
    const periksa = cli('periksa', join(inbox, 'bom.xlsb'));
    expect([periksa.status, periksa.stdout]).toEqual([2, '']);
    expect(periksa.stderr).toMatch(new RegExp(`^${message.source}\n$`));
    // Named one by one: a folder's scan takes .xlsx, .xlsm, .xls and .ods only.
    const gabung = cli('gabung', join(inbox, 'bom.xlsb'), join(inbox, 'p01.xlsx'), '--bulan', '2025-12', '-o', join(dir, 'kab-xlsb.xlsx'));
    expect(gabung.status).toBe(1);
    expect(gabung.stdout).toMatch(/Gabungan Desember 2025: 1 dari 1 puskesmas digabung/);
    expect(gabung.stdout).toMatch(message);
  });
});
