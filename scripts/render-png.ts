import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { convertWithLibreOffice } from './libreoffice';

/**
 * npm run render -- <file.xlsx> <outdir> [first-page] [last-page]: renders a workbook as
 * LibreOffice prints it (PDF), then each page as PNG, for the screenshots in docs/.
 */
async function main(): Promise<void> {
  const [input, outDir, first = '1', last = '99'] = process.argv.slice(2);
  if (!input || !outDir) throw new Error('Pemakaian: npm run render -- <file.xlsx> <folder> [halaman-awal] [halaman-akhir]');
  mkdirSync(outDir, { recursive: true });
  const pdf = await convertWithLibreOffice(input, 'pdf', mkdtempSync(join(tmpdir(), 'render-')));
  const prefix = join(outDir, basename(input).replace(/\.[^.]+$/, ''));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', first, '-l', last, pdf, prefix]);
  process.stdout.write(`PNG ditulis ke ${outDir}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
