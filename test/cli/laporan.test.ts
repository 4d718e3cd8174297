import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { readDataLaporan } from '../../src/domain/dataLaporan/readDataLaporan';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { runCli } from '../helpers/cli';
import { contohWithNamesakes } from '../helpers/namesakes';
import { handmadeBytes } from '../helpers/handmadeWorkbook';
import { notCountedForGap } from '../helpers/notCounted';

const dir = mkdtempSync(join(tmpdir(), 'laporan-'));
const REPORT_SHEETS = ['Laporan Imunisasi', 'PWS Imunisasi', 'Grafik PWS', 'Pemantauan Vaksin', 'Kebutuhan Vaksin', 'Laporan BIAS', 'Kualitas Data', 'Data Laporan'];
// The contoh with a namesake pair in Register Bayi and one in Register BIAS (test/helpers/namesakes.ts).
const { path: CONTOH, rows: NAMESAKES } = contohWithNamesakes();
const names = (path: string) => XLSX.read(readFileSync(path), { type: 'buffer', bookSheets: true }).SheetNames;

describe('imunisasi laporan', () => {
  it('adds the report sheets to a copy of the workbook, registers untouched, and prints a summary', async () => {
    const out = join(dir, 'laporan.xlsx');
    const { code, out: printed, err } = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(0);
    // The status T engine's own findings are listed: the sample's two namesake pairs, and each
    // Td/TT dose status T does not count for its gap (recounted from the engine's persons; runCli's clock: 15-01-2026).
    const tooClose = notCountedForGap(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), '2026-01-15').length;
    expect(tooClose).toBeGreaterThan(0);
    expect(printed).toMatch(new RegExp(`Temuan data: 0 error, ${2 + tooClose} peringatan\\.`));
    const codes = err.trim().split('\n').map((l) => l.split(':')[0]);
    expect(codes.filter((c) => c !== 'PERINGATAN DOSE_TOO_CLOSE')).toEqual(['PERINGATAN PERSON_LIKELY_DUPLICATE', 'PERINGATAN PERSON_LIKELY_DUPLICATE']);
    expect(codes.filter((c) => c === 'PERINGATAN DOSE_TOO_CLOSE')).toHaveLength(tooClose);
    expect(printed).toMatch(/Laporan imunisasi Desember 2025 — Puskesmas Sidomulyo \(P3373020101\), 5 kelurahan\./);
    expect(printed).toMatch(/Cakupan kumulatif puskesmas \(garis target 90%\): HB0 \d+(,\d)?%/);
    expect(printed).toMatch(/sheet register tidak diubah/);
    const input = names(CONTOH);
    expect(names(out)).toEqual([...input, ...REPORT_SHEETS]);
    const before = readWorkbookBytes(new Uint8Array(readFileSync(CONTOH)));
    const after = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    const data = readDataLaporan(after.sheets.find((s) => s.name === 'Data Laporan')!);
    expect(data.ok && data.data.bulan).toBe(12);
  });

  it('--terpisah writes only the report sheets; --json prints the Data Laporan numbers', async () => {
    const out = join(dir, 'terpisah.xlsx');
    const { code, out: printed } = await runCli(['laporan', CONTOH, '--bulan', '2025-06', '-o', out, '--terpisah', '--json']);
    expect(code).toBe(0);
    expect(names(out)).toEqual(REPORT_SHEETS);
    const json = JSON.parse(printed) as { laporan: { bulan: number; periode: string }; data: { kodeKelurahan: string; indikator: string; nilai: number }[]; temuan: unknown[] };
    expect(json.laporan).toMatchObject({ bulan: 6, periode: 'Juni 2025', kodePuskesmas: 'P3373020101' });
    const sheet = readWorkbookBytes(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === 'Data Laporan')!;
    const back = readDataLaporan(sheet);
    expect(back.ok && back.data.rows).toEqual(json.data);
    // With the status T engine: IDL, UCI desa and the Td/TT lines (their values: the recount test).
    const totals = json.data.filter((r) => r.kodeKelurahan === 'TOTAL').map((r) => r.indikator);
    expect(totals).toEqual(expect.arrayContaining(['idl', 'idl_kumulatif', 'desa_uci', 'bumil_t1', 'bumil_t2plus_kumulatif', 'wus_t5_kumulatif', 'caten_t1']));
    // The registers have no error; the status T engine, which the report's Td/TT and IDL lines
    // run on, warns of two pairs of namesakes born the same day (maybe one person each, not
    // merged: they have different NIK) and of each Td/TT dose it does not count for its gap.
    const temuan = json.temuan as { sheet: string; row: number; column: string; code: string; severity: string }[];
    expect(temuan.filter((f) => f.code !== 'DOSE_TOO_CLOSE').map((f) => [f.sheet, f.row, f.code, f.severity])).toEqual([
      ...NAMESAKES.map(([sheet, row]) => [sheet, row, 'PERSON_LIKELY_DUPLICATE', 'warning']),
    ]);
    const tooClose = temuan.filter((f) => f.code === 'DOSE_TOO_CLOSE');
    expect(tooClose.map((f) => `${f.sheet}|${f.row}|${f.column}`).sort()).toEqual(notCountedForGap(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), '2026-01-15'));
    expect(tooClose.every((f) => f.severity === 'warning')).toBe(true);
    expect(NAMESAKES.map(([sheet]) => sheet)).toEqual(['Register Bayi', 'Register BIAS']);
  });

  it('takes the latest month with data when --bulan is left out', async () => {
    const file = join(dir, 'buatan.xlsx');
    writeFileSync(file, handmadeBytes());
    // The hand-made registers hold doses up to April 2025.
    const { code, out } = await runCli(['laporan', file, '--tanggal', '2025-04-30', '--json']);
    // Written, but BELUM FINAL: the hand-made Kelurahan sheet leaves a row's sasaran blank (REQUIRED_EMPTY).
    expect(code).toBe(5);
    expect((JSON.parse(out) as { laporan: { periode: string } }).laporan.periode).toBe('April 2025');
  });

  it.each(['ods', 'xls'] as const)('adds the report to an .%s as a new .xlsx (as the page does), saying the look of the original is not kept', async (bookType) => {
    const input = join(dir, `register.${bookType}`);
    writeFileSync(input, XLSX.write(XLSX.read(readFileSync(CONTOH), { type: 'buffer' }), { type: 'buffer', bookType }) as Buffer);
    const out = join(dir, `dari-${bookType}.xlsx`);
    const { code, err } = await runCli(['laporan', input, '--bulan', '2025-12', '-o', out]);
    expect(code).toBe(0);
    expect(err).toMatch(/File ini bukan \.xlsx, jadi hasilnya disimpan sebagai \.xlsx baru/);
    expect(names(out)).toEqual([...names(CONTOH), ...REPORT_SHEETS]);
    // The registers come through the conversion as they were read from the original.
    const before = readWorkbookBytes(new Uint8Array(readFileSync(input)));
    const after = readWorkbookBytes(new Uint8Array(readFileSync(out)));
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    const separate = await runCli(['laporan', input, '--bulan', '2025-12', '-o', join(dir, `terpisah-${bookType}.xlsx`), '--terpisah']);
    expect(separate.code).toBe(0);
    expect(separate.err).not.toMatch(/bukan \.xlsx/);
    expect(names(join(dir, `terpisah-${bookType}.xlsx`))).toEqual(REPORT_SHEETS);
  });

  it.each([
    [['laporan', CONTOH], /Pemakaian: imunisasi laporan/],
    [['laporan', CONTOH, '--bulan', '2025-13', '--json'], /--bulan "2025-13" tidak sah/],
    [['laporan', join(dir, 'tidak-ada.xlsx'), '--json'], /tidak ditemukan/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const { code, err } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
