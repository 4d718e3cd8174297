import { BenchStage, runWorker, sampleFile, table } from '../stage';

interface ReportResult {
  bytes: number;
  rows: number;
  kelurahan: number;
  cells: number;
  bare: number;
  report: number;
  peakRssMb: number;
}

/** Issue 4: the monthly report must cost at most 25% of SheetJS's bare parse of the same file. */
export const reportStage: BenchStage = {
  name: 'report',
  title: 'Laporan bulanan: semua model + tata letak sheet (vs. parse SheetJS saja, file yang sama)',
  async run({ sizes }) {
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const file = await sampleFile(size);
      const r = runWorker<ReportResult>('report.ts', [file, size >= 50_000 ? '3' : '7']);
      lines.push([size, r.rows, r.kelurahan, (r.bytes / 1024 / 1024).toFixed(1), r.bare.toFixed(0), r.report.toFixed(0), `${((r.report / r.bare) * 100).toFixed(1)}%`, r.cells, r.peakRssMb.toFixed(0)]);
    }
    process.stdout.write(`${table(['ukuran', 'baris', 'kelurahan', 'MB', 'SheetJS ms', 'laporan ms', 'rasio', 'sel laporan', 'RSS puncak MB'], lines)}\n`);
    process.stdout.write('Batas: rasio ≤ 25% (laporan = dari register terbaca sampai SheetSpec semua sheet; median, setelah pemanasan; proses tersendiri per ukuran).\n');
  },
};
