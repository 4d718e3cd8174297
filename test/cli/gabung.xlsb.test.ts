import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { runCli } from '../helpers/cli';

/*
 * A puskesmas that saved its report as Excel Binary (.xlsb) is merged from a folder like one
 * that saved .xlsx: the readers take .xlsb, so a folder scan that passed over it would leave
 * that puskesmas out of the district report without a word about its file.
 */
const dir = mkdtempSync(join(tmpdir(), 'gabung-xlsb-'));
const inbox = join(dir, 'masuk');
mkdirSync(inbox);

beforeAll(async () => {
  writeFileSync(join(inbox, 'p01.xlsx'), await writeWorkbook([dataLaporanSheetSpec(syntheticReport(1, 'P01'), 'x')]));
  const p02 = XLSX.read(await writeWorkbook([dataLaporanSheetSpec(syntheticReport(2, 'P02'), 'x')]), { type: 'array' });
  writeFileSync(join(inbox, 'p02.xlsb'), XLSX.write(p02, { type: 'buffer', bookType: 'xlsb' }) as Buffer);
});

describe('imunisasi gabung on a folder with an .xlsb report', () => {
  it('reads the .xlsb with the others: both puskesmas merged, the same totals as merging the files by name', async () => {
    const folder = await runCli(['gabung', inbox, '--bulan', '2025-12', '--json']);
    const named = await runCli(['gabung', join(inbox, 'p01.xlsx'), join(inbox, 'p02.xlsb'), '--bulan', '2025-12', '--json']);
    expect(folder.code).toBe(named.code);
    const merged = JSON.parse(folder.out);
    expect(merged.puskesmas.map((p: { kode: string }) => p.kode).sort()).toEqual(['P01', 'P02']);
    expect(merged).toEqual(JSON.parse(named.out));
  });
});
