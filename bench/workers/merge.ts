import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { mergeReports } from '../../src/app/mergeReports';
import { DistrictMerge } from '../../src/domain/merge/districtMerge';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { SHEETJS_READ_OPTIONS } from '../../src/io/xlsx/readWorkbookBytes';
import { districtSheets } from '../../src/sheets/district/districtSheets';
import { time } from '../stage';

/**
 * paired: file by file, SheetJS's bare parse and then our merge step on the same bytes, so
 * that a busy machine slows both alike; memory: the whole merge alone, for its peak memory.
 */
async function main(): Promise<void> {
  const [mode, folder] = process.argv.slice(2);
  const files = readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(folder, f));
  if (mode === 'paired') {
    const merge = new DistrictMerge({ tahun: 2025, bulan: 12 });
    let bare = 0;
    let ours = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      bare += time(() => XLSX.read(bytes, SHEETJS_READ_OPTIONS));
      ours += time(() => {
        const input = readMergeInput(bytes, file, null);
        if ('report' in input) merge.add(input.report);
        else merge.reject(input.finding);
      });
    }
    ours += time(() => districtSheets(merge.result(), { generatedAt: 'bench' }));
    process.stdout.write(`${JSON.stringify({ files: files.length, bare, ours })}\n`);
    return;
  }
  const { result } = await mergeReports(
    files.map((file) => ({ name: file, date: null, bytes: async () => new Uint8Array(readFileSync(file)) })),
    { tahun: 2025, bulan: 12, generatedAt: 'bench', today: '2026-01-05', read: readMergeInput },
  );
  process.stdout.write(`${JSON.stringify({ files: files.length, merged: result.puskesmas.length, findings: result.findings.length, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

void main();
