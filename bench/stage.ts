import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { generateSample, sizeForRows } from '../src/sample/generateSample';
import { sampleSpecs } from '../src/sample/sampleSpecs';

export interface BenchOptions {
  /** Register rows of the generated workbooks. */
  sizes: number[];
}

export interface BenchStage {
  name: string;
  title: string;
  run(options: BenchOptions): Promise<void>;
}

export const CACHE = '.bench-cache';

/** A generated puskesmas workbook of about `rows` register rows, cached between runs. */
export async function sampleFile(rows: number): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  // The name carries a digest of what shapes the sample (its generator and the dose records): a
  // changed generator or programme must not reuse old files (a cache from before RV 1–3 was refused
  // by the report as BELUM FINAL).
  const file = join(CACHE, `sampel-${generatorDigest()}-${rows}.xlsx`);
  if (!existsSync(file)) {
    writeFileSync(file, await writeWorkbook(sampleSpecs(generateSample({ seed: 11, year: 2025, ...sizeForRows(rows) }))));
  }
  return file;
}

let digest: string | undefined;

function generatorDigest(): string {
  if (digest) return digest;
  const hash = createHash('sha256');
  for (const dir of ['src/sample', 'src/domain/programme']) {
    for (const name of readdirSync(join(__dirname, '..', dir)).sort()) hash.update(name).update(readFileSync(join(__dirname, '..', dir, name)));
  }
  digest = hash.digest('hex').slice(0, 12);
  return digest;
}

/** Runs a bench worker in a fresh Node process (clean memory figures) and returns its JSON. */
export function runWorker<T>(worker: string, args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(__dirname, 'workers', worker), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds taken by fn. */
export function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padStart(widths[i])).join('  ')).join('\n');
}

export { execFileSync };
