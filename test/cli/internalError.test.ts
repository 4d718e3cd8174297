import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import * as stock from '../../src/sheets/reports/stockSheet';
import { runCli } from '../helpers/cli';
import { handmadeBytes } from '../helpers/handmadeWorkbook';

// Issue 12 item 7 through the CLI: a bug in one report sheet (injected with jest.spyOn) is
// named on stderr, the other sheets are written, and the exit code is 3 (internal error).
afterEach(() => jest.restoreAllMocks());

it('laporan with a broken sheet writes the others, names the broken one and exits 3', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'internal-'));
  const input = join(dir, 'register.xlsx');
  writeFileSync(input, handmadeBytes());
  const out = join(dir, 'laporan.xlsx');
  jest.spyOn(stock, 'stockSheet').mockImplementation(() => {
    throw new Error('injected stock layout bug');
  });
  const { code, err } = await runCli(['laporan', input, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', out, '--terpisah']);
  expect(code).toBe(3);
  expect(err).toMatch(/ERROR INTERNAL_ERROR: kesalahan internal saat menyusun sheet "Pemantauan Vaksin" \(injected stock layout bug\)/);
  expect(err).toMatch(/Laporan dibuat sebagian: kesalahan internal pada Pemantauan Vaksin .*sheet lain dibuat lengkap/);
  const written = readWorkbookBytes(new Uint8Array(readFileSync(out)));
  const names = written.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Laporan Imunisasi', 'PWS Imunisasi', 'Grafik PWS', 'Pemantauan Vaksin', 'Kebutuhan Vaksin', 'Laporan BIAS', 'Kualitas Data', 'Data Laporan']));
  const stub = written.sheets.find((s) => s.name === 'Pemantauan Vaksin')!;
  expect(JSON.stringify(stub.rows)).toContain('injected stock layout bug');
  expect(JSON.stringify(written.sheets.find((s) => s.name === 'Data Laporan')!.rows).length).toBeGreaterThan(1000);
});
