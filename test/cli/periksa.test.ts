import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FINDING_CATALOG } from '../../src/domain/findingCatalog';
import { FindingCode } from '../../src/domain/findings';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { runCli } from '../helpers/cli';
import { contohWithNamesakes } from '../helpers/namesakes';
import { notCountedForGap } from '../helpers/notCounted';
import { unreadableCases } from '../helpers/unreadable';

const dir = mkdtempSync(join(tmpdir(), 'periksa-'));

describe('imunisasi periksa', () => {
  it('exits 0 on the contoh, which has no error, and lists its two namesake pairs (test/helpers/namesakes.ts) and the doses status T does not count', async () => {
    const { path } = contohWithNamesakes();
    const { code, out } = await runCli(['periksa', path, '--tanggal', '2026-01-05']);
    expect(code).toBe(0);
    // The contoh's Td/TT Dosis 2 given weeks after Dosis 1 to bumil who were T1: not counted as T3 (6 months), each a DOSE_TOO_CLOSE warning.
    const notCounted = notCountedForGap(readWorkbookBytes(new Uint8Array(readFileSync(path))), '2026-01-05');
    expect(notCounted.length).toBeGreaterThan(0);
    expect(out).toMatch(new RegExp(`0 error, ${2 + notCounted.length} peringatan`));
    expect(out.match(/PERINGATAN\s+Register (Bayi|BIAS)\s+\d+\s+NIK\s+PERSON_LIKELY_DUPLICATE/g)).toHaveLength(2);
    expect(out.match(/PERINGATAN\s+Register Bumil\s+\d+\s+Td\/TT Dosis 2\s+DOSE_TOO_CLOSE/g)).toHaveLength(notCounted.length);
  });

  it('exits 1 with errors, as a readable table or a JSON array', async () => {
    const sample = generateSample({ seed: 2, year: 2025, kelurahan: 2 });
    const expected = injectErrors(sample);
    const file = join(dir, 'salah.xlsx');
    writeFileSync(file, await writeWorkbook(sampleSpecs(sample)));
    const table = await runCli(['periksa', file, '--tanggal', '2025-12-31']);
    expect(table.code).toBe(1);
    expect(table.out).toMatch(/ERROR\s+Register Bayi\s+\d+\s+BCG\s+DATE_INVALID/);
    expect(table.out).toMatch(/PERINGATAN\s+Register Bayi/);
    const json = await runCli(['validate', file, '--tanggal', '2025-12-31', '--json']);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.out) as { sheet: string; row: number; column: string; code: string }[];
    for (const f of findings) expect(Object.keys(f)).toEqual(['sheet', 'row', 'column', 'code', 'severity', 'message']);
    // Each injected problem at its sheet, row and column, and nothing else — besides what the
    // cross-register check concludes from them: the Bumil row whose NIK was removed now looks
    // like a second entry of the woman under another key.
    const key = (f: { sheet: string; row: number; column: string; code: string }) => `${f.sheet}|${f.row}|${f.column}|${f.code}`;
    // DOSE_TOO_CLOSE is the status engine's (stage 'status'): exactly the doses it does not count for their gap, the injected one among them.
    const linking = findings.filter((f) => FINDING_CATALOG[f.code as FindingCode].stage === 'status' && f.code !== 'DOSE_TOO_CLOSE');
    expect(linking.map(key)).toEqual(['Register Bumil|5|Kode KK|PERSON_LIKELY_DUPLICATE']);
    const tooClose = findings.filter((f) => f.code === 'DOSE_TOO_CLOSE');
    expect(tooClose.map((f) => `${f.sheet}|${f.row}|${f.column}`).sort()).toEqual(notCountedForGap(readWorkbookBytes(new Uint8Array(readFileSync(file))), '2025-12-31'));
    const injectedTooClose = expected.filter((e) => e.code === 'DOSE_TOO_CLOSE');
    expect(injectedTooClose).toHaveLength(1);
    expect(tooClose.map(key)).toContain(key(injectedTooClose[0]));
    expect(findings.filter((f) => !linking.includes(f) && !tooClose.includes(f)).map(key).sort()).toEqual(expected.filter((e) => e.code !== 'DOSE_TOO_CLOSE').map(key).sort());
  });

  it('takes today on the puskesmas clock when --tanggal is absent', async () => {
    // 2026-01-15 in WIB: the contoh's 2025 dates are all in the past.
    const { code } = await runCli(['periksa', 'templates/contoh-puskesmas.xlsx'], new Date('2026-01-14T18:00:00Z'));
    expect(code).toBe(0);
  });

  it.each([
    [['periksa', join(dir, 'tidak-ada.xlsx')], /tidak ditemukan/],
    [['periksa', dir], /folder, bukan file/],
    [['periksa', 'templates/contoh-puskesmas.xlsx', '--tanggal', '31-12-2025'], /--tanggal "31-12-2025" tidak sah/],
    [['periksa'], /Pemakaian: imunisasi periksa/],
    [['periksa', 'a.xlsx', '--kilat'], /Argumen tidak dikenal/],
    [['entah'], /Perintah "entah" tidak dikenal/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const { code, err } = await runCli(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message as RegExp);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the reason when the file is not a workbook', async () => {
    const file = join(dir, 'kosong.xlsx');
    writeFileSync(file, '');
    const { code, err } = await runCli(['periksa', file]);
    expect(code).toBe(2);
    expect(err.trim()).toBe('kosong.xlsx: file kosong (0 byte). Pilih file register yang benar.');
  });

  it('exits 2 with one line, never a stack trace, for every unreadable file', async () => {
    for (const c of await unreadableCases()) {
      const file = join(dir, c.file);
      writeFileSync(file, c.bytes);
      const { code, out, err } = await runCli(['periksa', file, '--json']);
      expect([c.what, code, out]).toEqual([c.what, 2, '']);
      expect(err).toMatch(new RegExp(`^${c.file.replace('.', '\\.')}: [^\n]+\n$`));
    }
  });
});
