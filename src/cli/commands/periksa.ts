import { parseArgs } from 'node:util';
import { Finding, hasErrors } from '../../domain/findings';
import { checkWorkbook } from '../../app/checkWorkbook';
import { startOfDayStamp } from '../../domain/dates/zoneClock';
import { readZone } from '../../domain/registers/readZone';
import { monthlyReportFromRegisters } from '../../app/monthlyReport';
import { CliUsageError } from '../cliError';
import { CliIo, readWorkbookFile, referenceDate } from '../io';
import { parseMonth } from '../month';
import { scheduleOption } from '../scheduleOption';

export const usage = 'imunisasi periksa <file> [--bulan YYYY-MM] [--tanggal YYYY-MM-DD] [--json] [--jadwal "Kemenkes terkini"|"Permenkes 12/2017"]';

/**
 * Validates a register workbook: the same complete check as every other door (checkWorkbook).
 * With --bulan, also what the month's report would find (sasaran, stock rows), so the list
 * equals `laporan --bulan`'s. Exit 0: no errors; 1: errors found; 2: file unreadable.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, tanggal: { type: 'string' }, bulan: { type: 'string' }, jadwal: { type: 'string' } } });
  if (positionals.length !== 1) throw new CliUsageError(`Pemakaian: ${usage}`);
  const workbook = readWorkbookFile(positionals[0]);
  const month = values.bulan ? parseMonth(values.bulan) : null;
  const today = referenceDate(values.tanggal, workbook, io);
  const check = checkWorkbook(workbook, { today, schedule: scheduleOption(values.jadwal) });
  const { registers, persons } = check.computation;
  // The stamp only dates sheets that are not kept.
  const findings = month ? monthlyReportFromRegisters(registers, check.findings, { year: month.year, month: month.month, today, generatedAt: startOfDayStamp(today, readZone(workbook)) }, persons).findings : check.findings;
  if (values.json) {
    io.out(JSON.stringify(findings.map(({ sheet, row, column, code, severity, message }) => ({ sheet, row, column, code, severity, message })), null, 2));
  } else {
    io.out(formatFindings(positionals[0], findings));
  }
  return hasErrors(findings) ? 1 : 0;
}

export function formatFindings(file: string, findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = [`Pemeriksaan ${file}: ${errors} error, ${warnings} peringatan.`];
  if (findings.length === 0) {
    lines.push('Tidak ada masalah: semua sheet sesuai format standar.');
    return lines.join('\n');
  }
  lines.push('');
  const header = ['Jenis', 'Sheet', 'Baris', 'Kolom', 'Kode'];
  const table = findings.map((f) => [f.severity === 'error' ? 'ERROR' : 'PERINGATAN', f.sheet, f.row > 0 ? String(f.row) : '-', f.column || '-', f.code]);
  const widths = header.map((h, i) => Math.min(28, Math.max(h.length, ...table.map((r) => r[i].length))));
  const pad = (cells: string[]) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ');
  lines.push(pad(header), widths.map((w) => '-'.repeat(w)).join('  '));
  findings.forEach((f, i) => lines.push(pad(table[i]), `    ${f.message}`));
  return lines.join('\n');
}
