import { parseArgs } from 'node:util';
import { jadwalReport } from '../../app/statusReport';
import { formatDateId, formatMonthId } from '../../domain/dates/formatId';
import { Registers } from '../../domain/registers/types';
import { DueEntry, dueGroups, Month } from '../../domain/status/dueList';
import { sheetSchema } from '../../domain/schema/registers';
import { dueGroupLabel, KELOMPOK_LABEL, kelurahanNamer } from '../../sheets/status/common';
import { waLink } from '../../sheets/status/whatsapp';
import { CliUsageError } from '../cliError';
import { scheduleOption } from '../scheduleOption';
import { CliIo, readWorkbookFile, referenceDate } from '../io';
import { findingsNotice } from '../findingsNotice';
import { monthOption, stampFor, writeSheets } from './statusOptions';

export const usage = 'imunisasi jadwal <file> --bulan YYYY-MM [--tanggal YYYY-MM-DD] [--json] [-o hasil.xlsx [--terpisah]] [--jadwal "Kemenkes terkini"|"Permenkes 12/2017"]';

/** The month's due and overdue list, by posyandu where filled and by kelurahan otherwise; -o writes the "Jadwal Bulan Ini" sheet. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, tanggal: { type: 'string' }, bulan: { type: 'string' }, out: { type: 'string', short: 'o' }, terpisah: { type: 'boolean' }, jadwal: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new CliUsageError(`Pemakaian: ${usage}`);
  const workbook = readWorkbookFile(positionals[0]);
  const today = referenceDate(values.tanggal, workbook, io);
  const month = monthOption(values.bulan, today);
  const report = jadwalReport(workbook, { today, month, generatedAt: stampFor(workbook, io), schedule: scheduleOption(values.jadwal) });
  const { registers } = report.computation;
  if (values.json) io.out(JSON.stringify(report.due.map((e) => toJson(e, month, registers)), null, 2));
  else io.out(formatJadwal(report.due, month, registers));
  findingsNotice(report.findings, io);
  if (values.out) await writeSheets(positionals[0], values.out, report.specs, values.terpisah ?? false, io);
  return 0;
}

const keterangan = (e: DueEntry) => (e.overdue ? 'terlambat' : e.dueKind === 'segera' ? 'segera' : 'jatuh tempo');

function toJson(e: DueEntry, month: Month, registers: Registers) {
  return {
    kelurahan: e.kelurahan,
    posyandu: e.posyandu,
    nama: e.nama,
    id: e.id === null ? null : e.id.startsWith('KK:') ? e.id.slice(3) : e.id,
    kelompok: KELOMPOK_LABEL[e.kelompok],
    dosis: e.dose,
    jatuhTempo: e.due,
    keterangan: keterangan(e),
    noHp: e.noHp,
    whatsapp: waLink(e, month, registers.puskesmas?.nama || null)?.url ?? null,
    sumber: `${registers.sheetNames[e.source.sheet] ?? sheetSchema(e.source.sheet).name} baris ${e.source.row}`,
  };
}

function formatJadwal(due: readonly DueEntry[], month: Month, registers: Registers): string {
  const kelurahan = kelurahanNamer(registers.kelurahan);
  const late = due.filter((e) => e.overdue).length;
  const lines = [`Jadwal imunisasi ${formatMonthId(month.year, month.month)}: ${due.length} dosis untuk ${new Set(due.map((e) => e.personKey)).size} orang, ${late} terlambat.`];
  for (const g of dueGroups(due)) {
    lines.push('', dueGroupLabel(g, kelurahan));
    for (const e of g.entries) {
      const when = e.dueKind === 'segera' ? 'segera' : formatDateId(e.due);
      lines.push(`  ${e.nama.padEnd(24).slice(0, 24)}  ${KELOMPOK_LABEL[e.kelompok].padEnd(5)}  ${e.dose.padEnd(13)}  ${when.padEnd(10)}  ${keterangan(e).padEnd(11)}  ${e.noHp ?? '-'}`);
    }
  }
  if (due.length === 0) lines.push('Tidak ada sasaran yang jatuh tempo atau terlambat.');
  return lines.join('\n');
}
