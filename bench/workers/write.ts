import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { SHEETJS_READ_OPTIONS } from '../../src/io/xlsx/readWorkbookBytes';
import { addSheetsToWorkbook, writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample, sizeForRows } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';
import { median } from '../stage';

/**
 * One size, in its own process: SheetJS's bare parse of the sample file (the baseline), then
 * writing that whole workbook with our writer (registers laid out as the template), then adding
 * a report-sized sheet to the file (what `laporan -o` does), alternately, after a warm-up.
 */
const [file, rowsArg, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const runs = Number(runsArg);
const specs = sampleSpecs(generateSample({ seed: 11, year: 2025, ...sizeForRows(Number(rowsArg)) }));

/** A monthly-report-sized sheet: 60 rows × 30 columns of numbers and percentages, styled by block. */
const report: SheetSpec = {
  name: 'Laporan Bulanan',
  role: 'report',
  values: [[`${GENERATED_MARK} (bench)`], ['Laporan'], Array.from({ length: 30 }, (_, c) => `Kolom ${c + 1}`), ...Array.from({ length: 60 }, (_, r) => Array.from({ length: 30 }, (_, c) => (c % 2 ? (r * c) / 1000 : r * c)))],
  styles: [
    { range: 'A3:AD3', style: { bold: true, fill: '#DDEBF7', border: 'thin', wrap: true } },
    { range: 'A4:AD63', style: { border: 'thin' } },
    { range: 'B4:B63', style: { numberFormat: '0.0%' } },
  ],
  conditionalFormats: [{ range: 'B4:B63', rule: { kind: 'cellValue', operator: 'lessThan', values: [0.8] }, style: { fill: '#FFC7CE' } }],
  freeze: { rows: 3, columns: 1 },
  print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:3' },
};

async function main(): Promise<void> {
  const bare: number[] = [];
  const write: number[] = [];
  const add: number[] = [];
  let written = 0;
  for (let i = 0; i <= runs; i++) {
    let start = process.hrtime.bigint();
    XLSX.read(bytes, SHEETJS_READ_OPTIONS);
    const parse = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    written = (await writeWorkbook(specs)).length;
    const whole = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    await addSheetsToWorkbook(bytes, [report]);
    const added = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) {
      bare.push(parse);
      write.push(whole);
      add.push(added);
    }
    global.gc?.();
  }
  process.stdout.write(`${JSON.stringify({ bytes: bytes.length, written, bare: median(bare), write: median(write), add: median(add), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

void main();
