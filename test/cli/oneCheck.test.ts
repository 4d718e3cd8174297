import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { ACTIONS, ActionRequest } from '../../src/ui/actions';
import { runCli } from '../helpers/cli';
import { contohWithNamesakes } from '../helpers/namesakes';
import { MemoryHost } from '../helpers/memoryHost';
import { notCountedForGap } from '../helpers/notCounted';

/**
 * Issue 11 item 2: one check, every door. On the sample, periksa used to say "Tidak ada
 * masalah" while laporan and status printed two PERSON_LIKELY_DUPLICATE warnings (that check
 * ran only in the status stage); the pane's Periksa data said nothing either.
 */
// The contoh with a namesake pair in Register Bayi and one in Register BIAS (test/helpers/namesakes.ts).
const CONTOH = contohWithNamesakes().path;
type Json = { sheet: string; row: number; column: string; code: string; severity: string; message: string };
const key = (f: Json) => `${f.severity} ${f.code} ${f.sheet}!${f.row} ${f.column}: ${f.message}`;
// Recounted from the status engine's persons: the doses it does not count for their gap.
const TOO_CLOSE = notCountedForGap(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))), '2026-01-05').length;

describe('one check in every door', () => {
  let periksa: Json[];

  beforeAll(async () => {
    const run = await runCli(['periksa', CONTOH, '--tanggal', '2026-01-05', '--json']);
    expect(run.code).toBe(0);
    periksa = JSON.parse(run.out) as Json[];
  });

  it('periksa lists the cross-register findings laporan and status show', async () => {
    // The two namesake pairs, and the Td/TT doses status T does not count for their gap (DOSE_TOO_CLOSE, the status engine's).
    expect(periksa.filter((f) => f.code !== 'DOSE_TOO_CLOSE').map((f) => f.code)).toEqual(['PERSON_LIKELY_DUPLICATE', 'PERSON_LIKELY_DUPLICATE']);
    expect(periksa.filter((f) => f.code === 'DOSE_TOO_CLOSE')).toHaveLength(TOO_CLOSE);
    const table = await runCli(['periksa', CONTOH, '--tanggal', '2026-01-05']);
    expect(table.out).toMatch(new RegExp(`0 error, ${2 + TOO_CLOSE} peringatan`));
    expect(table.out).not.toMatch(/Tidak ada masalah/);

    const laporan = await runCli(['laporan', CONTOH, '--bulan', '2025-12', '--tanggal', '2026-01-05', '--json']);
    expect((JSON.parse(laporan.out) as { temuan: Json[] }).temuan.map(key)).toEqual(periksa.map(key));
    // periksa --bulan adds what the month's report finds, so it equals laporan's list for that month.
    const withMonth = await runCli(['periksa', CONTOH, '--bulan', '2025-12', '--tanggal', '2026-01-05', '--json']);
    expect((JSON.parse(withMonth.out) as Json[]).map(key)).toEqual(periksa.map(key));

    const status = await runCli(['status', CONTOH, '--tanggal', '2026-01-05', '--json']);
    const jadwal = await runCli(['jadwal', CONTOH, '--bulan', '2025-12', '--tanggal', '2026-01-05', '--json']);
    const printed = (err: string) => err.trim().split('\n').filter(Boolean);
    const expected = periksa.map((f) => `PERINGATAN ${f.code}: ${f.message}`);
    expect(printed(status.err)).toEqual(expected);
    expect(printed(jadwal.err)).toEqual(expected);
  });

  it("the pane's Periksa data gives the same findings", async () => {
    const host = new MemoryHost(readWorkbookBytes(new Uint8Array(readFileSync(CONTOH))));
    const request: ActionRequest = { year: 2025, month: 12, scheme: 'sheet', now: new Date('2026-01-05T03:00:00Z') };
    const outcome = await ACTIONS.find((a) => a.id === 'periksa')!.run(request, { host, onProgress: () => undefined, confirmRenames: async () => true });
    expect(outcome.findings.map(({ sheet, row, column, code, severity, message }) => key({ sheet, row, column, code, severity, message }))).toEqual(periksa.map(key));
    expect(outcome.summary).toBe(`Pemeriksaan selesai: 0 error, ${2 + TOO_CLOSE} peringatan.`);
  });

  it('a register with errors: periksa --bulan and laporan list the same findings', async () => {
    const sample = generateSample({ seed: 2, year: 2025, kelurahan: 2 });
    injectErrors(sample);
    const file = join(mkdtempSync(join(tmpdir(), 'one-check-')), 'salah.xlsx');
    writeFileSync(file, await writeWorkbook(sampleSpecs(sample)));
    const a = await runCli(['periksa', file, '--bulan', '2025-06', '--tanggal', '2026-01-05', '--json']);
    const b = await runCli(['laporan', file, '--bulan', '2025-06', '--tanggal', '2026-01-05', '--json']);
    expect(a.code).toBe(1);
    // The report is written, but BELUM FINAL.
    expect(b.code).toBe(5);
    const found = JSON.parse(a.out) as Json[];
    expect(found.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect((JSON.parse(a.out) as Json[]).map(key)).toEqual((JSON.parse(b.out) as { temuan: Json[] }).temuan.map(key));
  });
});
