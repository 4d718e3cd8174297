import { BenchStage, runWorker, sampleFile, table } from '../stage';

interface ParseResult {
  bytes: number;
  rows: number;
  findings: number;
  bare: number;
  ours: number;
  bareCpu: number;
  oursCpu: number;
  peakRssMb: number;
  heldMb: number;
  warmUps: number;
}

/** Issue 2: parse+validate must cost at most 25% of SheetJS's bare parse of the same file. */
export const parseStage: BenchStage = {
  name: 'parse',
  title: 'Baca + validasi register (vs. parse SheetJS saja, file yang sama)',
  async run({ sizes }) {
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const file = await sampleFile(size);
      const runs = size >= 50_000 ? 5 : 9;
      const r = runWorker<ParseResult>('parse.ts', [file, String(runs)]);
      lines.push([size, `${r.warmUps}+${runs}`, r.rows, (r.bytes / 1024 / 1024).toFixed(1), r.bare.toFixed(0), r.ours.toFixed(0), `${((r.ours / r.bare) * 100).toFixed(1)}%`, `${((r.oursCpu / r.bareCpu) * 100).toFixed(1)}%`, r.peakRssMb.toFixed(0), r.heldMb.toFixed(0), r.findings]);
    }
    process.stdout.write(`${table(['ukuran', 'putaran', 'baris', 'MB', 'SheetJS ms', 'kita ms', 'rasio', 'rasio CPU', 'RSS puncak MB', 'heap kita MB', 'temuan'], lines)}\n`);
    process.stdout.write('Batas: rasio ≤ 25% (kita = sheet mentah + parse + validasi; median; putaran = pemanasan + yang diukur; proses tersendiri per ukuran;\nrasio CPU = waktu CPU semua thread, lebih stabil bila mesin sedang sibuk).\nRSS puncak: seluruh proses (SheetJS + kita); heap kita: yang ditahan hasil kita di atas buku kerja SheetJS.\n');
  },
};
