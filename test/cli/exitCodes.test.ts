import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

/*
 * Through the built command (bin/imunisasi.js, compiled by npm run build:node): a report that is
 * written but BELUM FINAL has its own exit code, 5, and one clear line on stderr; a final one
 * exits 0; --help lists every exit code.
 */
const ROOT = join(__dirname, '..', '..');
const CONTOH = join(ROOT, 'templates', 'contoh-puskesmas.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'kode-keluar-'));

function imunisasi(args: string[]) {
  if (!existsSync(join(ROOT, 'dist', 'node', 'cli', 'run.js'))) throw new Error('Run npm run build:node first: this test runs the compiled CLI');
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'imunisasi.js'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('exit codes of the built CLI', () => {
  it('--help lists the exit codes, 5 = written but BELUM FINAL', () => {
    const help = imunisasi(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Kode keluar:$/m);
    for (const code of [0, 1, 2, 3, 4]) expect(help.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect(help.stdout).toMatch(/^  5  laporan ditulis tetapi BELUM FINAL/m);
  });

  it('laporan: 0 on the clean sample; 5 with one BELUM FINAL line when a register holds an error, the file still written', () => {
    const clean = imunisasi(['laporan', CONTOH, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', join(dir, 'bersih.xlsx'), '--terpisah']);
    expect(clean.status).toBe(0);
    expect(clean.stderr).not.toMatch(/BELUM FINAL/);

    const wb = XLSX.read(readFileSync(CONTOH), { type: 'buffer' });
    const ws = wb.Sheets['Register Bayi'];
    const header = Object.keys(ws).find((a) => !a.startsWith('!') && ws[a].v === 'BCG')!;
    ws[header.replace(/\d+$/, '5')] = { t: 's', v: 'belum tahu' };
    const broken = join(dir, 'rusak.xlsx');
    writeFileSync(broken, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const out = join(dir, 'laporan-rusak.xlsx');
    const run = imunisasi(['laporan', broken, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', out, '--terpisah']);
    expect(run.status).toBe(5);
    expect(existsSync(out)).toBe(true);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('BELUM FINAL'));
    expect(lines).toEqual([expect.stringMatching(/^BELUM FINAL \(kode keluar 5\): laporan ditulis, tetapi register berisi 1 error dan \d+ indikator ditandai "tidak dapat dihitung"\. Perbaiki register/)]);
    expect(run.stdout).toMatch(/^BELUM FINAL: 1 error di register/);
  });
});
