import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { convertWithLibreOffice } from './libreoffice';

const USAGE = `Pemakaian: npm run render -- <file.xlsx> <folder> [halaman-awal] [halaman-akhir]
    [--sheet "Nama Sheet"] [--dpi 70] [--potong 1400x700]
  --sheet   hanya sheet itu yang dicetak (dari salinan sementara yang hanya berisi sheet itu)
  --dpi     resolusi PNG (bawaan 70)
  --potong  ambil bagian kiri atas selebar x setinggi piksel itu`;

/**
 * npm run render: renders a workbook as LibreOffice prints it (PDF), then each page as PNG,
 * for the screenshots in docs/. What people see on paper is what the PNGs show: page setup,
 * fit to width, repeated title rows.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sheet: { type: 'string' }, dpi: { type: 'string', default: '70' }, potong: { type: 'string' } },
  });
  const [input, outDir, first = '1', last = '99'] = positionals;
  if (!input || !outDir) throw new Error(USAGE);
  const crop = values.potong ? /^(\d+)x(\d+)$/.exec(values.potong) : null;
  if (values.potong && !crop) throw new Error(`--potong "${values.potong}" tidak sah: tulis lebar x tinggi, mis. 1400x700.\n${USAGE}`);

  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'render-'));
  try {
    const stem = basename(input).replace(/\.[^.]+$/, '') + (values.sheet ? `-${slug(values.sheet)}` : '');
    const source = join(work, `${stem}.xlsx`);
    writeFileSync(source, values.sheet ? await onlySheet(readFileSync(input), values.sheet) : readFileSync(input));
    const pdf = await convertWithLibreOffice(source, 'pdf', work);
    const cropArgs = crop ? ['-x', '0', '-y', '0', '-W', crop[1], '-H', crop[2]] : [];
    execFileSync('pdftoppm', ['-png', '-r', values.dpi!, '-f', first, '-l', last, ...cropArgs, pdf, join(work, 'page')]);
    // pdftoppm pads page numbers to the page count's width; name them plainly: <stem>-1.png.
    const pages = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f));
    for (const page of pages) renameSync(join(work, page), join(outDir, `${stem}-${Number(/\d+/.exec(page)![0])}.png`));
    process.stdout.write(`${pages.length} PNG ditulis ke ${outDir}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A copy of the workbook that lists only this sheet (LibreOffice prints hidden sheets too);
 * the other sheets' parts stay in the package, unused, and their sheet-local names go.
 */
async function onlySheet(bytes: Buffer, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/workbook.xml';
  const xml = await zip.file(path)!.async('string');
  const tags = xml.match(/<sheet\s[^>]*?\/>/g) ?? [];
  const index = tags.findIndex((tag) => /\sname="([^"]*)"/.exec(tag)?.[1].replace(/&amp;/g, '&') === sheet);
  if (index < 0) throw new Error(`Sheet "${sheet}" tidak ada di file itu.`);
  const edited = xml
    .replace(/<sheet\s[^>]*?\/>/g, (tag) => (tag === tags[index] ? tag : ''))
    .replace(/<definedName\s[^>]*localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (name, id: string) => (Number(id) === index ? name.replace(/localSheetId="\d+"/, 'localSheetId="0"') : ''))
    .replace(/\s(activeTab|firstSheet)="\d+"/g, '');
  zip.file(path, edited);
  return zip.generateAsync({ type: 'uint8array' });
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
