import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { runCli } from '../helpers/cli';

/*
 * A puskesmas report of a month with no data says "BELUM ADA DATA" on its sheets, but its Data
 * Laporan carries only zeros. At Dinkes those zeros must not pass as a month without activity:
 * gabung names the file in an EMPTY_MONTH warning (and only that file).
 */
describe('gabung: a report of a month without data is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gabung-kosong-'));

  it('warns about the empty report, not about a report with data', async () => {
    const empty = join(dir, 'sidomulyo-maret.xlsx');
    const made = await runCli(['laporan', 'templates/contoh-puskesmas.xlsx', '--bulan', '2027-03', '--tanggal', '2027-04-05', '-o', empty, '--terpisah']);
    expect(made.code).toBe(0);
    const other = join(dir, 'p09.xlsx');
    writeFileSync(other, await writeWorkbook([dataLaporanSheetSpec(syntheticReport(9, 'P09', { tahun: 2027, bulan: 3, dibuat: '2027-04-05T09:00:00+07:00' }), 'x')]));

    const { out } = await runCli(['gabung', empty, other, '--bulan', '2027-03', '--json']);
    const json = JSON.parse(out);
    expect(json.diterima).toBe(2);
    const warned = json.temuan.filter((f: { code: string }) => f.code === 'EMPTY_MONTH');
    expect(warned.map((f: { file: string }) => f.file)).toEqual(['sidomulyo-maret.xlsx']);
    expect(warned[0].message).toMatch(/sidomulyo-maret\.xlsx: laporan Sidomulyo \(P3373020101\) untuk Maret 2027 tidak berisi satu pun dosis maupun baris stok vaksin/);
  });
});
