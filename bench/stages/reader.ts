import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulRkRows, sampleXls, withLastSheetRecords } from '../../test/helpers/xlsRecords';
import { xlsbCellBomb } from '../../test/helpers/xlsbParts';
import { inflationBomb } from '../../test/helpers/zipParts';
import { BenchStage, CACHE, median, runWorker, sampleFile, table } from '../stage';

const ROOT = join(__dirname, '..', '..');

function bombFile(name: string, declared?: number): string {
  return cachedFile(name, () => inflationBomb(1.2, declared));
}

function cachedFile(name: string, make: () => Uint8Array): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, name);
  if (!existsSync(file)) writeFileSync(file, make());
  return file;
}

/** Wall time of a fresh process, median of `runs`, alternating with the baseline. */
function processMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return performance.now() - start;
}

/**
 * Issue 11 item 1 and issue 13 item 3 (reading): the limits guard against a file that inflates
 * to 1,2 GB; `imunisasi --help` against a bare Node start; every door's complete check against
 * SheetJS's bare parse of the same register. (The merge stage holds gabung ÷ summed parses.)
 */
export const readerStage: BenchStage = {
  name: 'reader',
  title: 'Pembaca: penjaga batas, --help, pemeriksaan lengkap di setiap pintu',
  async run({ sizes }) {
    // 1. A 3 MB xlsx that inflates to 1,2 GB: declared honestly, and with a directory that lies (399 MB);
    //    an .xlsb and an .xls whose records ask SheetJS for millions of cells past the limit.
    const guard = [
      ['ukuran jujur (1,2 GB)', bombFile('bom-1200mb.xlsx')],
      ['ukuran bohong (399 MB dinyatakan)', bombFile('bom-1200mb-bohong.xlsx', 399 * 1024 * 1024)],
      // Before the record counts, SheetJS built these first: 5 s / 715 MB, and 49 s then out of a 3 GB heap.
      ['.xlsb 5,2 juta sel (6 MB)', cachedFile('bom-xlsb-5jt-sel.xlsb', () => xlsbCellBomb())],
      ['.xls 6,6 juta sel MULRK (40 MB)', cachedFile('bom-xls-6jt-sel.xls', () => withLastSheetRecords(sampleXls(), mulRkRows(1000, 25_800)))],
    ].map(([what, file]) => {
      const r = runWorker<{ ms: number; reason: string; rssBeforeMb: number; peakRssMb: number }>('guard.ts', [file]);
      return [what, r.reason, r.ms.toFixed(0), r.rssBeforeMb.toFixed(0), r.peakRssMb.toFixed(0)];
    });
    process.stdout.write(`${table(['file bom', 'alasan', 'ms', 'RSS awal MB', 'RSS puncak MB'], guard)}\n`);
    process.stdout.write('Batas (isu 11): ditolak dalam < 2 s dan < 200 MB (RSS awal = proses tsx sebelum membaca); .xlsb dan .xls: jumlah sel dihitung dari catatannya sebelum SheetJS membacanya.\n\n');

    // 2. --help: the compiled CLI against `node -e 0`, alternating, 15 each.
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.node.json'], { cwd: ROOT });
    const help: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 15; i++) {
      bare.push(processMs(['-e', '0']));
      help.push(processMs([join('bin', 'imunisasi.js'), '--help']));
    }
    process.stdout.write(`imunisasi --help: ${median(help).toFixed(0)} ms; node -e 0: ${median(bare).toFixed(0)} ms; rasio ${(median(help) / median(bare)).toFixed(2)}× (batas 2×, median 15 kali)\n\n`);

    // 3. Every door's complete check, from the file's bytes, against SheetJS's bare parse.
    const size = Math.max(...sizes);
    const file = await sampleFile(size);
    const doors = ['periksa', 'status', 'jadwal', 'laporan', 'gabung', 'halaman'].map((door) => {
      const r = runWorker<{ bare: { cpu: number; wall: number }; ours: { cpu: number; wall: number } }>('doors.ts', [file, door]);
      return [door, r.bare.cpu.toFixed(0), r.ours.cpu.toFixed(0), `${(r.ours.cpu / r.bare.cpu).toFixed(2)}×`, r.bare.wall.toFixed(0), r.ours.wall.toFixed(0)];
    });
    process.stdout.write(`Register ${size} baris:\n${table(['pintu', 'SheetJS CPU ms', 'pintu CPU ms', 'rasio CPU', 'SheetJS ms', 'pintu ms'], doors)}\n`);
    process.stdout.write('Pintu = baca file (pembaca kita) + pemeriksaan lengkap + hitungan pintu itu (laporan/status/jadwal: --json, tanpa menulis file; gabung: buku kerja register; halaman: buka file + Periksa data).\n');
  },
};
