import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readDaftar } from '../../src/domain/merge/readDaftar';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { generateSample } from '../../src/sample/generateSample';
import { runCli } from '../helpers/cli';

/**
 * Samples merge as different puskesmas: each seed its own code; `npm run sample -- --kabupaten 8`
 * writes a district (registers, monthly reports, Daftar Puskesmas) that `gabung` merges as printed.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imunisasi-kabupaten-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives every seed its own puskesmas code, seed 1 the contoh one', () => {
  const codes = [0, 1, 2, 3, 17, 250].map((seed) => generateSample({ seed, year: 2025, kelurahan: 1, rows: { bayi: 2, bias: 2, wus: 1, caten: 1, bumil: 1 } }).fields.kode);
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes[1]).toBe('P3373020101');
  const contoh = readRegisters(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { today: '2026-01-15' });
  expect(contoh.registers.puskesmas?.kode).toBe(codes[1]);
});

it('npm run sample -- --kabupaten 8 writes eight puskesmas with distinct codes and their reports, which gabung merges', async () => {
  const out = join(dir, 'kabupaten');
  const tsx = require.resolve('tsx/cli');
  const sample = spawnSync(process.execPath, [tsx, 'scripts/sample.ts', '--kabupaten', '8', '--kelurahan', '1', '-o', out], { encoding: 'utf8' });
  expect(sample.status).toBe(0);
  const registers = readdirSync(join(out, 'register')).sort();
  const reports = readdirSync(join(out, 'laporan')).sort();
  expect(registers).toHaveLength(8);
  expect(reports).toHaveLength(8);
  const registerCodes = registers.map((f) => readRegisters(readWorkbookBytes(new Uint8Array(readFileSync(join(out, 'register', f)))), { today: '2026-01-15' }).registers.puskesmas!.kode);
  expect(new Set(registerCodes).size).toBe(8);
  const reportCodes = reports.map((f) => {
    const sheet = readWorkbookBytes(new Uint8Array(readFileSync(join(out, 'laporan', f)))).sheets.find((s) => s.name === 'Data Laporan')!;
    const data = readDataLaporan(sheet);
    if (!data.ok) throw new Error(`${f}: Data Laporan tidak terbaca`);
    expect([data.data.tahun, data.data.bulan]).toEqual([2025, 12]);
    return data.data.kodePuskesmas;
  });
  expect(new Set(reportCodes)).toEqual(new Set(registerCodes));
  const daftar = readDaftar(readWorkbookBytes(new Uint8Array(readFileSync(join(out, 'daftar-puskesmas.xlsx')))));
  expect(new Set(daftar.expected!.map((p) => p.kode))).toEqual(new Set(registerCodes));

  // The gabung command the script prints, run as printed.
  const suggested = /Coba gabung:\n\s+npm run imunisasi -- (gabung .*)\n/.exec(sample.stderr)![1].split(' ');
  const { code, out: merged } = await runCli(suggested);
  expect(code).toBe(0);
  expect(merged).toMatch(/Gabungan Desember 2025: 8 dari 8 puskesmas digabung, 8 tepat waktu/);
  const district = readWorkbookBytes(new Uint8Array(readFileSync(suggested[suggested.indexOf('-o') + 1])));
  expect(district.sheets.map((s) => s.name)).toContain('PWS Kabupaten');
}, 240_000);
