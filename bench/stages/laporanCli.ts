import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHEETJS_READ_OPTIONS } from '../../src/io/xlsx/readWorkbookBytes';
import { nodeProcessUsage, ProcessUsage } from '../processUsage';
import { BenchStage, CACHE, median, sampleFile, table } from '../stage';

const ROOT = resolve(__dirname, '../..');

/**
 * Issue 13: the whole `imunisasi laporan` command (read, check, status, report, write the file)
 * against a bare SheetJS parse of the same file, each as its own plain node process, the two
 * alternately: CPU time (all threads) and peak RSS as ratios, medians of several runs.
 */
export const laporanCliStage: BenchStage = {
  name: 'laporan-cli',
  title: 'imunisasi laporan (proses utuh) vs. proses yang hanya mem-parse file dengan SheetJS',
  async run({ sizes }) {
    // The command as built from this source tree.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'tsconfig.node.json'], { cwd: ROOT, stdio: 'pipe' });
    const out = join(CACHE, 'keluaran');
    mkdirSync(out, { recursive: true });
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const file = await sampleFile(size);
      const runs = size >= 50_000 ? 5 : 7;
      const bare: ProcessUsage[] = [];
      const laporan: ProcessUsage[] = [];
      for (let i = 0; i < runs; i++) {
        bare.push(nodeProcessUsage([join(__dirname, '..', 'workers', 'bareRead.cjs'), file, JSON.stringify(SHEETJS_READ_OPTIONS)]));
        laporan.push(nodeProcessUsage([join(ROOT, 'bin', 'imunisasi.js'), 'laporan', file, '--bulan', '2025-12', '--tanggal', '2026-01-05', '-o', join(out, `laporan-${size}.xlsx`)]));
      }
      const m = (list: ProcessUsage[], key: keyof ProcessUsage) => median(list.map((u) => u[key]));
      const cpu = m(laporan, 'cpuMs') / m(bare, 'cpuMs');
      const rss = m(laporan, 'peakRssMb') / m(bare, 'peakRssMb');
      lines.push([size, runs, m(bare, 'cpuMs').toFixed(0), m(laporan, 'cpuMs').toFixed(0), `${cpu.toFixed(2)}×`, m(bare, 'peakRssMb').toFixed(0), m(laporan, 'peakRssMb').toFixed(0), `${rss.toFixed(2)}×`, m(laporan, 'wallMs').toFixed(0)]);
    }
    process.stdout.write(`${table(['ukuran', 'putaran', 'SheetJS CPU ms', 'laporan CPU ms', 'rasio CPU', 'SheetJS RSS MB', 'laporan RSS MB', 'rasio RSS', 'laporan ms'], lines)}\n`);
    process.stdout.write('Batas pada 100.000 baris: rasio CPU ≤ 1,3×; rasio RSS puncak ≤ 1,2× (median; proses node tersendiri, bergantian; CPU = semua thread).\n');
  },
};
