import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { Registers } from '../../src/domain/registers/types';
import { Cell, RawWorkbook } from '../../src/domain/raw';
import { PRESETS } from '../../src/domain/rules/presets';
import { computeStatus } from '../../src/domain/status/computeStatus';
import { dueList } from '../../src/domain/status/dueList';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { BenchStage, median, table, time } from '../stage';

/** Person rows per kelurahan in the sample (bayi, BIAS, WUS, caten, bumil), measured once below. */
function personRows(r: Registers): number {
  return r.bayi.length + r.bias.length + r.wus.length + r.caten.length + r.bumil.length;
}

/** A full GC before each timing, so one run's garbage is not collected during the next. */
function collectGarbage(): void {
  if (!global.gc) {
    // npm run bench starts node without --expose-gc; the flag can still be set at run time.
    setFlagsFromString('--expose-gc');
    global.gc = runInNewContext('gc') as typeof global.gc;
  }
  global.gc!();
}

/** Milliseconds of CPU this process spent in fn: unlike wall time, it leaves out waiting for a
 * core on a shared machine (other engineers' jobs), though not their effect on caches. */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The sample's sheets as the readers would deliver them, without writing a file. */
function rawSample(kelurahan: number): RawWorkbook {
  const specs = sampleSpecs(generateSample({ seed: 11, year: 2025, kelurahan }));
  return { sheets: specs.map((s) => ({ name: s.name, rows: s.values as Cell[][], firstRow: 1, firstCol: 1 })) };
}

/**
 * Issue 3: status T for 100k persons "well under a second". Baseline in the same run: a
 * structuredClone of the same person records (the cost of merely touching every record and
 * every dose once), and for context the register reading that comes before.
 */
export const statusStage: BenchStage = {
  name: 'status',
  title: 'Status T + jadwal (vs. structuredClone dari catatan orang yang sama)',
  async run({ sizes }) {
    const probe = readRegisters(rawSample(2), { today: '2025-12-31' }).registers;
    const perKelurahan = personRows(probe) / 2;
    const lines: (string | number)[][] = [];
    for (const size of sizes) {
      const kelurahan = Math.max(1, Math.round(size / perKelurahan));
      let raw: RawWorkbook | null = rawSample(kelurahan);
      let registers!: Registers;
      const read = time(() => {
        registers = readRegisters(raw!, { today: '2025-12-31' }).registers;
      });
      // The raw cells are not part of what is measured; left alive they would make every major
      // GC during the timings mark them too.
      raw = null;
      const records = { bayi: registers.bayi, bias: registers.bias, wus: registers.wus, caten: registers.caten, bumil: registers.bumil };
      const runs = size >= 50_000 ? 5 : 9;
      const clone: number[] = [];
      const status: number[] = [];
      const statusCpu: number[] = [];
      const due: number[] = [];
      let persons = 0;
      for (let i = 0; i <= runs; i++) {
        collectGarbage();
        const c = time(() => structuredClone(records));
        let result!: ReturnType<typeof computeStatus>;
        let sc = 0;
        const s = time(() => {
          sc = cpuTime(() => {
            result = computeStatus(registers, PRESETS.td, { today: '2025-12-31' });
          });
        });
        const d = time(() => dueList(result.persons, PRESETS.td, { year: 2025, month: 12 }));
        persons = result.persons.length;
        if (i === 0) continue; // warm-up
        clone.push(c);
        status.push(s);
        statusCpu.push(sc);
        due.push(d);
      }
      const [c, s, d] = [median(clone), median(status), median(due)];
      lines.push([size, persons, personRows(registers), read.toFixed(0), c.toFixed(0), s.toFixed(0), median(statusCpu).toFixed(0), `${(s / c).toFixed(2)}×`, d.toFixed(0), ((s / persons) * 1000).toFixed(1)]);
    }
    process.stdout.write(`${table(['ukuran', 'orang', 'baris', 'baca register ms', 'clone ms', 'status ms', 'status ms CPU', 'rasio', 'jadwal ms', 'µs/orang'], lines)}\n`);
    process.stdout.write('Target: status 100 ribu orang jauh di bawah 1 detik. Rasio = status / structuredClone catatan orang yang sama (median, setelah pemanasan).\n');
  },
};
