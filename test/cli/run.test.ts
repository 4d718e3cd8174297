import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs the process entry as bin/imunisasi.js does, piped into `head -1` as a user would, and
 * returns the first line, what the process wrote to stderr and its own exit code.
 */
function pipedIntoHead(args: string[]): { first: string; err: string; code: number } {
  const entry = `require('./src/cli/run').run(${JSON.stringify(args)})`;
  const script = `"$NODE" --import tsx -e "$ENTRY" 2>"$ERR" | head -1; echo "exit=\${PIPESTATUS[0]}"; cat "$ERR"`;
  const err = join(tmpdir(), `imunisasi-run-${process.pid}.txt`);
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, ENTRY: entry, ERR: err } });
  const [first, exit, ...rest] = result.stdout.split('\n');
  return { first, code: Number(exit.replace('exit=', '')), err: rest.join('\n') };
}

describe('the imunisasi process', () => {
  it('stops quietly when the reader of its output closes the pipe early (imunisasi status … | head -1)', () => {
    const { first, err, code } = pipedIntoHead(['status', 'templates/contoh-puskesmas.xlsx', '--tanggal', '2025-12-31']);
    expect(first).toMatch(/^Status T templates\/contoh-puskesmas\.xlsx, keadaan 31-12-2025/);
    expect(err).not.toMatch(/EPIPE|Error|    at /);
    expect(code).toBe(0);
  });

  it('also when its warnings go into the same closed pipe (2>&1 | head -1)', () => {
    const entry = `require('./src/cli/run').run(${JSON.stringify(['jadwal', 'templates/contoh-puskesmas.xlsx', '--bulan', '2025-12'])})`;
    const result = spawnSync('bash', ['-c', '"$NODE" --import tsx -e "$ENTRY" 2>&1 | head -1; echo "exit=${PIPESTATUS[0]}"'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, ENTRY: entry } });
    expect(result.stdout).toMatch(/^Jadwal imunisasi Desember 2025: .*\nexit=0\n$/);
  });
});
