import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { monthlyReportFromRegisters } from '../../src/app/monthlyReport';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readAturan } from '../../src/domain/rules/aturan/readAturan';
import { applyAturan } from '../../src/domain/rules/loadRules';
import { PRESETS } from '../../src/domain/rules/presets';
import { computeStatus } from '../../src/domain/status/computeStatus';
import { SHEETJS_READ_OPTIONS, workbookToRaw } from '../../src/io/xlsx/readWorkbookBytes';
import { median, time } from '../stage';

/**
 * One size, in its own process: SheetJS's bare parse of the file, then the monthly report
 * (every person's status T, every model and every sheet layout, Data Laporan included) from
 * the registers read out of it, alternately, after a warm-up. Reading the registers is the parse stage's figure.
 */
const [file, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const runs = Number(runsArg);
const bare: number[] = [];
const report: number[] = [];
let cells = 0;
let rows = 0;
let kelurahan = 0;
for (let i = 0; i <= runs; i++) {
  let workbook: XLSX.WorkBook | undefined;
  const parse = time(() => {
    workbook = XLSX.read(bytes, SHEETJS_READ_OPTIONS);
  });
  const raw = workbookToRaw(workbook!);
  const { registers, findings } = readRegisters(raw, { today: '2026-01-05' });
  const rules = applyAturan(PRESETS[registers.puskesmas?.skema ?? 'td'], readAturan(raw)).rules;
  workbook = undefined;
  const own = time(() => {
    // The report's Td/TT, IDL and UCI lines need every person's status: part of the report's cost.
    const { persons } = computeStatus(registers, rules, { today: '2026-01-05' });
    const result = monthlyReportFromRegisters(registers, findings, { year: 2025, month: 12, today: '2026-01-05', generatedAt: '2026-01-05T10:15:00+07:00' }, persons);
    cells = result.specs.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
    kelurahan = result.model.immunization.rows.length;
  });
  rows = registers.bayi.length + registers.bias.length + registers.wus.length + registers.caten.length + registers.bumil.length + registers.luar.length + registers.stok.length;
  if (i > 0) {
    bare.push(parse);
    report.push(own);
  }
  global.gc?.();
}
process.stdout.write(`${JSON.stringify({ bytes: bytes.length, rows, kelurahan, cells, bare: median(bare), report: median(report), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
