import { BenchStage, runWorker, sampleFile, table } from '../stage';

interface WriteResult {
  bytes: number;
  written: number;
  bare: number;
  write: number;
  add: number;
  peakRssMb: number;
}

/** The file writer: a whole register workbook, and a report added to a person's file. */
export const writeStage: BenchStage = {
  name: 'write',
  title: 'Tulis file xlsx (vs. parse SheetJS saja dari file yang sama)',
  async run({ sizes }) {
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const file = await sampleFile(size);
      const r = runWorker<WriteResult>('write.ts', [file, String(size), size >= 50_000 ? '2' : '5']);
      const ratio = (ms: number) => `${(ms / r.bare).toFixed(2)}×`;
      lines.push([size, (r.bytes / 1024 / 1024).toFixed(1), r.bare.toFixed(0), r.write.toFixed(0), ratio(r.write), r.add.toFixed(0), ratio(r.add), r.peakRssMb.toFixed(0)]);
    }
    process.stdout.write(`${table(['ukuran', 'MB', 'SheetJS ms', 'tulis semua ms', 'rasio', 'tambah laporan ms', 'rasio', 'RSS puncak MB'], lines)}\n`);
    process.stdout.write('tulis semua = seluruh buku kerja register ditulis penulis file (io/xlsx/sheetml); tambah laporan = satu sheet laporan (60×30) ditambahkan ke file itu tanpa menyentuh sheet lain.\n');
  },
};
