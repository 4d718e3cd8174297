import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeWorkbook } from '../src/io/xlsx/writeWorkbook';
import { templateSpecs } from '../src/sheets/template/templateSpecs';

/** npm run templates: the blank register workbook, reproducible to the byte. */
export const TEMPLATE_PATH = 'templates/register-imunisasi.xlsx';
export const TEMPLATE_DATE = new Date(Date.UTC(2025, 0, 1));

/** The template's bytes: fixed file properties and fixed dates on the zip entries too. */
export async function templateBytes(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeWorkbook(templateSpecs({ year: TEMPLATE_DATE.getUTCFullYear() }), { created: TEMPLATE_DATE }));
  for (const file of Object.values(zip.files)) file.date = TEMPLATE_DATE;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function main(): Promise<void> {
  mkdirSync('templates', { recursive: true });
  writeFileSync(TEMPLATE_PATH, await templateBytes());
  process.stdout.write(`Templat ditulis: ${TEMPLATE_PATH}\n`);
}

if (require.main === module) void main();
