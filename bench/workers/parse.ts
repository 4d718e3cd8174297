import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { SHEETJS_READ_OPTIONS, workbookToRaw } from '../../src/io/xlsx/readWorkbookBytes';
import { median, time } from '../stage';

/**
 * One size, in its own process: SheetJS's bare parse of the file, then our work on what it
 * parsed (raw sheets + parse + validate), alternately, after a warm-up.
 */
const [file, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const runs = Number(runsArg);
const bare: number[] = [];
const ours: number[] = [];
let rows = 0;
let findings = 0;
for (let i = 0; i <= runs; i++) {
  let workbook: XLSX.WorkBook | undefined;
  const parse = time(() => {
    workbook = XLSX.read(bytes, SHEETJS_READ_OPTIONS);
  });
  const own = time(() => {
    const result = readRegisters(workbookToRaw(workbook!), { today: '2025-12-31' });
    const r = result.registers;
    rows = r.bayi.length + r.bias.length + r.wus.length + r.caten.length + r.bumil.length + r.kelurahan.length + r.sekolah.length + r.luar.length + r.stok.length + r.vaksin.length;
    findings = result.findings.length;
  });
  if (i > 0) {
    bare.push(parse);
    ours.push(own);
  }
  workbook = undefined;
  global.gc?.();
}
process.stdout.write(`${JSON.stringify({ bytes: bytes.length, rows, findings, bare: median(bare), ours: median(ours), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
