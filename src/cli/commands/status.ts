import { parseArgs } from 'node:util';
import { statusReport } from '../../app/statusReport';
import { formatDateId } from '../../domain/dates/formatId';
import { Registers } from '../../domain/registers/types';
import { PersonStatus } from '../../domain/status/types';
import { sheetSchema } from '../../domain/schema/registers';
import { CliUsageError } from '../cliError';
import { scheduleOption } from '../scheduleOption';
import { findingsNotice } from '../findingsNotice';
import { CliIo, readWorkbookFile, referenceDate } from '../io';
import { monthOption, stampFor, writeSheets } from './statusOptions';

export const usage = 'imunisasi status <file> [--tanggal YYYY-MM-DD] [--json] [--bulan YYYY-MM] [-o hasil.xlsx [--terpisah]] [--kartu NIK|KodeKK/NoUrut …] [--jadwal "Kemenkes terkini"|"Permenkes 12/2017"]';

/** One person as `imunisasi status --json` prints it (issue 3). */
export interface StatusJson {
  id: string | null;
  nama: string;
  kelurahan: string | null;
  status: number;
  terlindungSampai: string | null;
  berikutnya: string | null;
  lengkap: boolean;
  dosis: { tanggal: string; sumber: string; valid: boolean; alasan: string | null }[];
}

/** Status T of every woman, pupil and person with a T dose; -o writes the four sheets. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      tanggal: { type: 'string' },
      bulan: { type: 'string' },
      out: { type: 'string', short: 'o' },
      terpisah: { type: 'boolean' },
      kartu: { type: 'string', multiple: true },
      jadwal: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new CliUsageError(`Pemakaian: ${usage}`);
  const workbook = readWorkbookFile(positionals[0]);
  const today = referenceDate(values.tanggal, workbook, io);
  const report = statusReport(workbook, { today, month: monthOption(values.bulan, today), generatedAt: stampFor(workbook, io), kartuFor: values.kartu ?? [], schedule: scheduleOption(values.jadwal) });
  if (report.summary.kartuTidakDitemukan.length > 0) throw new CliUsageError(`--kartu: tidak ada orang dengan NIK atau Kode KK/No Urut ${report.summary.kartuTidakDitemukan.map((k) => `"${k}"`).join(', ')}.`);
  const { registers } = report.computation;
  if (values.json) io.out(JSON.stringify(report.persons.map((p) => toJson(p, registers)), null, 2));
  else io.out(formatStatus(positionals[0], today, report.persons, report.summary.perStatus));
  findingsNotice(report.findings, io);
  if (values.out) await writeSheets(positionals[0], values.out, report.specs, values.terpisah ?? false, io);
  return 0;
}

export function toJson(p: PersonStatus, registers: Registers): StatusJson {
  const sheetName = (s: PersonStatus['rows'][number]['sheet']) => registers.sheetNames[s] ?? sheetSchema(s).name;
  return {
    id: p.id === null ? null : p.id.startsWith('KK:') ? p.id.slice(3) : p.id,
    nama: p.nama,
    kelurahan: p.kelurahan,
    status: p.status,
    terlindungSampai: p.protectedUntil,
    berikutnya: p.lengkap ? null : p.next,
    lengkap: p.lengkap,
    dosis: p.doses.map((d) => ({ tanggal: d.date, sumber: `${sheetName(d.sheet)} baris ${d.row}, kolom ${d.column}`, valid: d.valid, alasan: d.reason })),
  };
}

function formatStatus(file: string, today: string, persons: readonly PersonStatus[], perStatus: number[]): string {
  const lines = [`Status T ${file}, keadaan ${formatDateId(today)}: ${persons.length} orang — ${perStatus.map((n, i) => `T${i} ${n}`).join(', ')}.`, ''];
  const header = ['NIK / Kode KK', 'Nama', 'Kel.', 'Status', 'Terlindung s.d.', 'Berikutnya', 'Dosis sah/semua'];
  const rows = persons.map((p) => [
    p.id ? (p.id.startsWith('KK:') ? p.id.slice(3) : p.id) : '-',
    p.nama,
    p.kelurahan ?? '-',
    p.lengkap ? 'T5 lengkap' : `T${p.status}`,
    p.lengkap ? 'seumur hidup' : p.protectedUntil ? formatDateId(p.protectedUntil) : '-',
    p.lengkap ? '-' : p.nextKind === 'segera' ? 'segera' : formatDateId(p.next!),
    `${p.doses.filter((d) => d.valid).length}/${p.doses.length}`,
  ]);
  const widths = header.map((h, i) => Math.min(26, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const pad = (cells: string[]) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  lines.push(pad(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad));
  return lines.join('\n');
}
