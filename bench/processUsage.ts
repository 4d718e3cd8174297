import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessUsage {
  /** CPU time of the whole process, all threads (user + system), ms. */
  cpuMs: number;
  peakRssMb: number;
  wallMs: number;
}

const USAGE = join(__dirname, 'workers', 'usage.cjs');

/** Runs `node <args>` as its own process (plain node, no TypeScript loader) and returns what it used. */
export function nodeProcessUsage(args: string[]): ProcessUsage {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const file = join(dir, 'usage.json');
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['-r', USAGE, ...args], { env: { ...process.env, BENCH_USAGE: file }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}: ${child.stderr.toString().slice(-2000)}`);
    return { ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<ProcessUsage, 'wallMs'>), wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
