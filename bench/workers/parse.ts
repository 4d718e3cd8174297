import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readRegisters, ReadResult } from '../../src/domain/registers/readRegisters';
import { SHEETJS_READ_OPTIONS, workbookToRaw } from '../../src/io/xlsx/readWorkbookBytes';
import { median, time } from '../stage';

/**
 * One size, in its own process: SheetJS's bare parse of the file, then our work on what it
 * parsed (raw sheets + parse + validate), alternately, after a warm-up of at least one round
 * and at least 2 seconds (small files need a dozen rounds before both sides are optimised).
 */
const WARM_UP_MS = 2000;
const [file, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const runs = Number(runsArg);
const bare: number[] = [];
const ours: number[] = [];
// CPU time (all threads, GC helpers included) beside wall time: steadier on a shared machine.
const bareCpu: number[] = [];
const oursCpu: number[] = [];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const heldMb: number[] = [];
let rows = 0;
let findings = 0;
const warmUpStart = performance.now();
let warmUps = 0;
for (let measured = 0; measured < runs; ) {
  const warmingUp = warmUps === 0 || performance.now() - warmUpStart < WARM_UP_MS;
  let workbook: XLSX.WorkBook | undefined;
  let cpu = process.cpuUsage();
  const parse = time(() => {
    workbook = XLSX.read(bytes, SHEETJS_READ_OPTIONS);
  });
  const parseCpu = cpuMs(cpu);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let result: ReadResult | undefined;
  cpu = process.cpuUsage();
  const own = time(() => {
    result = readRegisters(workbookToRaw(workbook!), { today: '2025-12-31' });
  });
  const ownCpu = cpuMs(cpu);
  global.gc?.();
  // What our registers and findings hold on to, on top of SheetJS's parsed workbook.
  const held = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const r = result!.registers;
  rows = r.bayi.length + r.bias.length + r.wus.length + r.caten.length + r.bumil.length + r.kelurahan.length + r.sekolah.length + r.luar.length + r.stok.length + r.vaksin.length;
  findings = result!.findings.length;
  result = undefined;
  if (warmingUp) {
    warmUps++;
  } else {
    measured++;
    bare.push(parse);
    ours.push(own);
    bareCpu.push(parseCpu);
    oursCpu.push(ownCpu);
    heldMb.push(held);
  }
  workbook = undefined;
  global.gc?.();
}
process.stdout.write(`${JSON.stringify({ bytes: bytes.length, rows, warmUps, findings, bare: median(bare), ours: median(ours), bareCpu: median(bareCpu), oursCpu: median(oursCpu), heldMb: median(heldMb), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
