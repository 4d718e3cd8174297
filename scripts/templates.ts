import { mkdirSync, writeFileSync } from 'node:fs';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { templateSpecs } from '../src/sheets/template/templateSpecs';

/** npm run templates: the blank register workbook, reproducible (fixed file dates). */
export const TEMPLATE_PATH = 'templates/register-imunisasi.xlsx';
export const TEMPLATE_DATE = new Date(Date.UTC(2025, 0, 1));

async function main(): Promise<void> {
  mkdirSync('templates', { recursive: true });
  writeFileSync(TEMPLATE_PATH, await writeWorkbook(templateSpecs(), { created: TEMPLATE_DATE }));
  process.stdout.write(`Templat ditulis: ${TEMPLATE_PATH}\n`);
}

if (require.main === module) void main();
