import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeReports, MergeSource } from '../src/app/mergeReports';
import { monthlyReport } from '../src/app/monthlyReport';
import { readMergeInput } from '../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { generateSample } from '../src/sample/generateSample';
import { sampleAsOf } from '../src/sample/asOf';
import { sampleSpecs } from '../src/sample/sampleSpecs';
import { parseRange } from '../src/sheets/a1';
import { SheetSpec } from '../src/sheets/spec';
import { convertAllWithLibreOffice } from './libreoffice';

/**
 * npm run render:laporan — as LibreOffice prints them, the first page of each sheet of
 * - the December 2025 report of templates/contoh-puskesmas.xlsx: docs/laporan/<sheet>.png;
 * - the December 2025 district report of eight generated puskesmas, as Dinkes merges their
 *   register workbooks (and one report of the wrong month, and one puskesmas's report made on
 *   20-12-2025 beside its register workbook, for Faktor Verifikasi): docs/laporan/kabupaten/<sheet>.png.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'render-laporan-'));
  try {
    const puskesmas = monthlyReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
    await render(puskesmas.specs, 'docs/laporan', dir);
    const district = await mergeReports(await districtSources(), { tahun: 2025, bulan: 12, today: '2026-01-15', generatedAt: '15-01-2026 09:00 WIB', read: readMergeInput });
    await render(district.specs, 'docs/laporan/kabupaten', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NAMES = ['Sidorejo Lor', 'Cebongan', 'Kalicacing', 'Mangunsari', 'Tegalrejo', 'Kauman Kidul', 'Tingkir', 'Argomulyo'];

/** Eight puskesmas's register workbooks, received 03-01 … 17-01-2026 (two after the 10th). */
async function districtSources(): Promise<MergeSource[]> {
  const sources: MergeSource[] = await Promise.all(
    NAMES.map(async (nama, i) => {
      const sample = generateSample({ seed: 200 + i, year: 2025, kelurahan: 3 + (i % 3) });
      sample.fields = { ...sample.fields, kode: `P33730${String(i + 1).padStart(2, '0')}`, nama };
      const bytes = await writeWorkbook(sampleSpecs(sample));
      return { name: `register-${nama.toLowerCase().replace(/ /g, '-')}.xlsx`, date: `2026-01-${String(3 + 2 * i).padStart(2, '0')}T16:00:00+07:00`, bytes: async () => bytes };
    }),
  );
  // One puskesmas also sends last month's report by mistake: the merge names it and goes on.
  const november = monthlyReport(readWorkbookBytes(await sources[1].bytes()), { year: 2025, month: 11, today: '2025-12-05', generatedAt: '2025-12-05T08:30:00+07:00' });
  const bytes = await writeWorkbook(november.specs);
  // Sidorejo Lor sent its December report early (registers as of 20-12-2025) besides its register
  // workbook: the report is merged and the registers verify it (Faktor Verifikasi).
  const first = generateSample({ seed: 200, year: 2025, kelurahan: 3 });
  first.fields = { ...first.fields, kode: 'P3373001', nama: NAMES[0] };
  const early = monthlyReport(readWorkbookBytes(await writeWorkbook(sampleSpecs(sampleAsOf(first, '2025-12-20')))), { year: 2025, month: 12, today: '2025-12-20', generatedAt: '2025-12-20T10:00:00+07:00' });
  const earlyBytes = await writeWorkbook(early.specs);
  return [...sources, { name: 'laporan-cebongan-nov.xlsx', date: '2026-01-06T10:00:00+07:00', bytes: async () => bytes }, { name: 'laporan-sidorejo-lor.xlsx', date: '2025-12-20T10:05:00+07:00', bytes: async () => earlyBytes }];
}

async function render(specs: readonly SheetSpec[], out: string, dir: string): Promise<void> {
  const slugs = specs.map((s) => s.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  const inputs = await Promise.all(
    specs.map(async (spec, i) => {
      const path = join(dir, `${slugs[i]}.xlsx`);
      writeFileSync(path, await writeWorkbook([spec], { created: new Date(Date.UTC(2026, 0, 5)) }));
      return path;
    }),
  );
  const pdfs = await convertAllWithLibreOffice(inputs, 'pdf', dir);
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  pdfs.forEach((pdf, i) => {
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, slugs[i])]);
    written.push(`${slugs[i]}.png`);
    // A sheet whose charts begin on a later page: that page too, so the docs show the charts.
    const page = firstChartPage(specs[i]);
    if (page > 1) {
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(out, `${slugs[i]}-grafik`)]);
      written.push(`${slugs[i]}-grafik.png`);
    }
  });
  process.stdout.write(`PNG ditulis ke ${out}: ${written.join(', ')}\n`);
}

/** The printed page (1-based) holding the sheet's first chart, by its page breaks; 0 without charts. */
function firstChartPage(spec: SheetSpec): number {
  const tops = (spec.charts ?? []).map((c) => parseRange(`${c.anchor.from}:${c.anchor.to}`).top);
  if (tops.length === 0) return 0;
  return 1 + (spec.rowBreaks ?? []).filter((row) => row < Math.min(...tops)).length;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
