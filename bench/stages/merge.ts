import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { dataLaporanSheetSpec } from '../../src/sheets/dataLaporanSheet';
import { districtSheets } from '../../src/sheets/district/districtSheets';
import { DistrictMerge } from '../../src/domain/merge/districtMerge';
import { syntheticReport } from '../../src/sample/syntheticReport';
import { BenchStage, CACHE, runWorker } from '../stage';

const FILES = 1000;

/**
 * 1,000 puskesmas report files: each a Data Laporan plus report tables of a realistic size
 * (the district sheets of its own data stand in for the monthly report's tables).
 */
async function reportFiles(): Promise<string> {
  const folder = join(CACHE, `laporan-v1-${FILES}`);
  if (existsSync(folder) && readdirSync(folder).length === FILES) return folder;
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const kode = `P${String(i + 1).padStart(4, '0')}`;
    const data = syntheticReport(i + 1, kode);
    const merge = new DistrictMerge({ tahun: 2025, bulan: 12 });
    merge.add({ file: kode, fileDate: null, data });
    const tables = districtSheets(merge.result(), { generatedAt: 'bench' }).slice(0, 4);
    writeFileSync(join(folder, `${kode}.xlsx`), await writeWorkbook([...tables, dataLaporanSheetSpec(data, 'bench')]));
  }
  return folder;
}

/** Issue 6: merging 1,000 report files costs at most 1.3× the sum of their bare parses, under 500 MB. */
export const mergeStage: BenchStage = {
  name: 'merge',
  title: `Gabung ${FILES} laporan puskesmas (vs. jumlah parse SheetJS saja dari file yang sama)`,
  async run() {
    const folder = await reportFiles();
    const paired = runWorker<{ files: number; bare: number; ours: number }>('merge.ts', ['paired', folder]);
    const merged = runWorker<{ files: number; merged: number; findings: number; peakRssMb: number }>('merge.ts', ['memory', folder]);
    process.stdout.write(`file: ${merged.files}, digabung: ${merged.merged}, temuan: ${merged.findings}\n`);
    process.stdout.write(`jumlah parse SheetJS: ${(paired.bare / 1000).toFixed(1)} s; gabung: ${(paired.ours / 1000).toFixed(1)} s; rasio ${(paired.ours / paired.bare).toFixed(2)}× (batas 0,3×, isu 13: hanya sheet Data Laporan yang dibaca; berselang-seling per file)\n`);
    process.stdout.write(`RSS puncak proses gabung: ${merged.peakRssMb.toFixed(0)} MB (batas 500 MB)\n`);
  },
};
