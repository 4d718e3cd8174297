import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthlyReport } from '../src/app/monthlyReport';
import { readWorkbookBytes } from '../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { convertAllWithLibreOffice } from './libreoffice';

/**
 * npm run render:laporan — the December 2025 report of templates/contoh-puskesmas.xlsx as
 * LibreOffice prints it: the first page of each report sheet as docs/laporan/<sheet>.png.
 */
async function main(): Promise<void> {
  const out = 'docs/laporan';
  const result = monthlyReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' });
  const dir = mkdtempSync(join(tmpdir(), 'render-laporan-'));
  try {
    const slugs = result.specs.map((s) => s.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    const inputs = await Promise.all(
      result.specs.map(async (spec, i) => {
        const path = join(dir, `${slugs[i]}.xlsx`);
        writeFileSync(path, await writeWorkbook([spec], { created: new Date(Date.UTC(2026, 0, 5)) }));
        return path;
      }),
    );
    const pdfs = await convertAllWithLibreOffice(inputs, 'pdf', dir);
    mkdirSync(out, { recursive: true });
    pdfs.forEach((pdf, i) => execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, slugs[i])]));
    process.stdout.write(`PNG ditulis ke ${out}: ${slugs.map((s) => `${s}.png`).join(', ')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
