import { RawWorkbook } from '../../src/domain/raw';
import { ALL_CAPABILITIES } from '../../src/io/office/capabilities';
import { MAX_REQUEST_BYTES, READ_BLOCK_CELLS, SYNC_BUDGET_BYTES } from '../../src/io/office/limits';
import { readWorkbook } from '../../src/io/office/readWorkbook';
import { writeSheets } from '../../src/io/office/writeSheets';
import { generateSample, ROWS_PER_KELURAHAN } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { FakeExcel } from '../../test/helpers/fakeExcel';
import { BenchStage, table } from '../stage';

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/**
 * Issue 5: the Office.js adapter on a generated puskesmas workbook, through office-addin-mock
 * (test/helpers/fakeExcel.ts measures each sync's request and response as JSON). The whole
 * workbook is written through the adapter into an empty Excel, then read back. The smallest
 * sample (one kelurahan) is the baseline: beyond it, syncs may grow by one per block of data only.
 */
export const officeStage: BenchStage = {
  name: 'office',
  title: 'Adapter Office.js: jumlah sync dan ukuran permintaan terbesar (lewat office-addin-mock)',
  async run({ sizes }) {
    const lines: (string | number)[][] = [];
    let baseline: { read: number; write: number } | null = null;
    for (const rows of [ROWS_PER_KELURAHAN, ...new Set([20_000, ...sizes.filter((s) => s <= 100_000)])].sort((a, b) => a - b)) {
      const sample = generateSample({ seed: 11, year: 2025, kelurahan: Math.max(1, Math.round(rows / ROWS_PER_KELURAHAN)) });
      const specs = sampleSpecs(sample);
      const registerRows = Object.values(sample.tables).reduce((n, t) => n + t.length, 0);
      const excel = new FakeExcel([{ name: 'Sheet1', rows: [] }]);
      await writeSheets(excel.run, specs, { capabilities: ALL_CAPABILITIES });
      const write = { syncs: excel.syncCount, request: excel.largestRequest, bytes: excel.syncs.reduce((n, s) => n + s.requestBytes, 0) };
      const reader = new FakeExcel(excel.sheets.map((s) => ({ name: s.name, rows: excel.grid(s.name) })));
      const raw: RawWorkbook = await readWorkbook(reader.run, { capabilities: ALL_CAPABILITIES });
      const cells = raw.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
      const read = { syncs: reader.syncCount, response: reader.largestResponse, request: reader.largestRequest };
      baseline ??= { read: read.syncs, write: write.syncs };
      const readBlocks = Math.ceil(cells / READ_BLOCK_CELLS);
      const writeBlocks = Math.ceil(write.bytes / SYNC_BUDGET_BYTES);
      lines.push([
        registerRows, cells,
        read.syncs, `${baseline.read}+${read.syncs - baseline.read} (blok ${readBlocks})`, MB(read.response), MB(read.request),
        write.syncs, `${baseline.write}+${write.syncs - baseline.write} (blok ${writeBlocks})`, MB(write.request),
        read.request < MAX_REQUEST_BYTES && read.response < MAX_REQUEST_BYTES && write.request < MAX_REQUEST_BYTES ? 'ya' : 'TIDAK',
      ]);
    }
    process.stdout.write(`${table(['baris', 'sel', 'baca sync', 'dasar+tambah', 'respons MB', 'minta MB', 'tulis sync', 'dasar+tambah', 'minta MB', '< 4 MB'], lines)}\n`);
    process.stdout.write(`Batas: setiap permintaan dan respons < ${MB(MAX_REQUEST_BYTES)} MB; sync bertambah paling banyak satu per blok (baca: ${READ_BLOCK_CELLS.toLocaleString('id-ID')} sel, tulis: ${MB(SYNC_BUDGET_BYTES)} MB data), tidak per baris. Dasar = sampel terkecil (1 kelurahan).\n`);
  },
};
