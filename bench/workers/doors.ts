import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from 'xlsx';
import { main } from '../../src/cli/main';
import { SHEETJS_READ_OPTIONS } from '../../src/io/xlsx/readWorkbookBytes';
import { ACTIONS } from '../../src/ui/actions';
import { FileWorkbook } from '../../src/web/fileWorkbook';

/**
 * One door at one size, in its own process: SheetJS's bare parse of the file, then the door
 * run on it from its bytes (reading included) with its complete check — CPU time of each.
 */
const [file, door] = process.argv.slice(2);
const quiet = { out: () => undefined, err: () => undefined, now: () => new Date('2026-01-05T03:00:00Z') };
const DOORS: Record<string, () => Promise<unknown>> = {
  periksa: () => main(['periksa', file, '--tanggal', '2026-01-05'], quiet),
  status: () => main(['status', file, '--json', '--tanggal', '2026-01-05'], quiet),
  jadwal: () => main(['jadwal', file, '--bulan', '2025-12', '--json', '--tanggal', '2026-01-05'], quiet),
  laporan: () => main(['laporan', file, '--bulan', '2025-12', '--json', '--tanggal', '2026-01-05'], quiet),
  gabung: () => main(['gabung', file, '--bulan', '2025-12', '--json'], quiet),
  halaman: async () => {
    const opened = new FileWorkbook(basename(file), new Uint8Array(readFileSync(file)));
    const periksa = ACTIONS.find((a) => a.id === 'periksa')!;
    return periksa.run({ year: 2025, month: 12, scheme: 'sheet', now: new Date('2026-01-05T03:00:00Z') }, { host: opened, onProgress: () => undefined, confirmRenames: async () => true });
  },
};

async function run(): Promise<void> {
  const cpu = async (fn: () => unknown) => {
    global.gc?.();
    const start = process.cpuUsage();
    const wall = performance.now();
    await fn();
    const d = process.cpuUsage(start);
    return { cpu: (d.user + d.system) / 1000, wall: performance.now() - wall };
  };
  const bytes = new Uint8Array(readFileSync(file));
  const bare = await cpu(() => XLSX.read(bytes, SHEETJS_READ_OPTIONS));
  const ours = await cpu(DOORS[door]);
  process.stdout.write(`${JSON.stringify({ bare, ours })}\n`);
}

void run();
