import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleKabupaten } from '../../src/sample/kabupaten';
import { runCli } from '../helpers/cli';
import { leaks, personalData, xlsxText } from '../helpers/personalData';

/**
 * The district report carries no person: `gabung` over puskesmas register workbooks (computed
 * on the fly) writes none of their NIK, names or phone numbers, in the file or on the screen.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imunisasi-privasi-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('imunisasi gabung over register workbooks writes no NIK, name or phone number of theirs', async () => {
  const inbox = join(dir, 'masuk');
  mkdirSync(inbox);
  const district = await sampleKabupaten({ count: 3, seed: 40, year: 2025, kelurahan: 1 });
  for (const file of district.registers) writeFileSync(join(inbox, file.name), file.bytes);
  copyFileSync('templates/contoh-puskesmas.xlsx', join(inbox, 'contoh-puskesmas.xlsx'));
  const inputs = [...district.registers.map((f) => f.bytes), new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))];
  const data = inputs.map(personalData);
  const all = { niks: data.flatMap((d) => d.niks), names: data.flatMap((d) => d.names), phones: data.flatMap((d) => d.phones) };
  // The search finds every one of them where they are: in the registers.
  expect(all.niks.length).toBeGreaterThan(500);
  expect(all.names.length).toBeGreaterThan(500);
  expect(all.phones.length).toBeGreaterThan(300);
  for (const [i, bytes] of inputs.entries()) {
    const found = leaks(await xlsxText(bytes), data[i]);
    expect(found.length).toBe(data[i].niks.length + data[i].names.length + data[i].phones.length);
  }

  const out = join(dir, 'kabupaten.xlsx');
  const run = await runCli(['gabung', inbox, '--bulan', '2025-12', '-o', out, '--json']);
  expect(run.out).toMatch(/"kode": "P3373020140"/);
  expect(JSON.parse(run.out).puskesmas).toHaveLength(4);
  expect(leaks(await xlsxText(new Uint8Array(readFileSync(out))), all)).toEqual([]);
  expect(leaks(`>${run.out}<>${run.err}<`, all)).toEqual([]);
}, 120_000);
