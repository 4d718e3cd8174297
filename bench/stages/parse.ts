import { BenchStage, runWorker, sampleFile, table } from '../stage';

interface ParseResult {
  bytes: number;
  rows: number;
  findings: number;
  bare: number;
  ours: number;
  peakRssMb: number;
}

/** Issue 2: parse+validate must cost at most 25% of SheetJS's bare parse of the same file. */
export const parseStage: BenchStage = {
  name: 'parse',
  title: 'Baca + validasi register (vs. parse SheetJS saja, file yang sama)',
  async run({ sizes }) {
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const file = await sampleFile(size);
      const r = runWorker<ParseResult>('parse.ts', [file, size >= 50_000 ? '3' : '7']);
      lines.push([size, r.rows, (r.bytes / 1024 / 1024).toFixed(1), r.bare.toFixed(0), r.ours.toFixed(0), `${((r.ours / r.bare) * 100).toFixed(1)}%`, r.peakRssMb.toFixed(0), r.findings]);
    }
    process.stdout.write(`${table(['ukuran', 'baris', 'MB', 'SheetJS ms', 'kita ms', 'rasio', 'RSS puncak MB', 'temuan'], lines)}\n`);
    process.stdout.write('Batas: rasio ≤ 25% (kita = sheet mentah + parse + validasi; median, setelah pemanasan; proses tersendiri per ukuran).\n');
  },
};
