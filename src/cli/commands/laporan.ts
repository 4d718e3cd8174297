import { Month } from '../../domain/dates/month';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { monthlyReportFromRegisters, MonthlyReportResult } from '../../app/monthlyReport';
import { reportSummary } from '../../app/reportSummary';
import { formatMonthId } from '../../domain/dates/formatId';
import { checkWorkbookForReport } from '../../app/checkWorkbook';
import { readZone } from '../../domain/registers/readZone';
import { latestDataMonth } from '../../domain/reports/period';
import { stampInZone } from '../../io/clock';
import { PdfUnavailableError, xlsxToPdf } from '../../io/pdf/libreOfficePdf';
import { readWorkbookBytes } from '../../io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../../io/xlsx/sheetSelection';
import { CONVERTED_NOTICE, isXlsx, toXlsxBytes } from '../../io/xlsx/toXlsxBytes';
import { addSheetsToWorkbook, UnsupportedInputError, writeWorkbook } from '../../io/xlsx/writeWorkbook';
import { CliUsageError } from '../cliError';
import { scheduleOption } from '../scheduleOption';
import { EXIT } from '../exitCodes';
import { collectGarbage } from '../collectGarbage';
import { findingsNotice } from '../findingsNotice';
import { lastYearFile, withLastYearOption } from '../lastYearReport';
import { readLastYearReport } from '../../app/lastYearReport';
import { CliIo, readFileBytes, referenceDate } from '../io';
import { parseMonth } from '../month';

export const usage = 'imunisasi laporan <file> [--bulan YYYY-MM] -o <keluaran.xlsx> [--pdf <keluaran.pdf>] [--terpisah] [--json] [--tanggal YYYY-MM-DD] [--tahun-lalu <laporan bulan yang sama tahun lalu>] [--jadwal "Kemenkes terkini"|"Permenkes 12/2017"]';

/** Exit code when the report was made but its PDF could not be (no LibreOffice). */
export const PDF_UNAVAILABLE = EXIT.pdfUnavailable;

/**
 * The monthly report. Without --terpisah the output holds the input's sheets untouched plus
 * the report sheets; with it, only the report sheets. --json prints the report's numbers (its
 * Data Laporan), the findings and Kualitas Data's findings. Without --bulan: the latest month with data. --tahun-lalu:
 * last year's report of the same month, compared in Kualitas Data.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { bulan: { type: 'string' }, out: { type: 'string', short: 'o' }, pdf: { type: 'string' }, terpisah: { type: 'boolean' }, json: { type: 'boolean' }, tanggal: { type: 'string' }, 'tahun-lalu': { type: 'string' }, jadwal: { type: 'string' } },
  });
  if (positionals.length !== 1 || (!values.out && !values.json && !values.pdf)) throw new CliUsageError(`Pemakaian: ${usage}`);
  const file = positionals[0];
  const bytes = readFileBytes(file);
  const result = report(bytes, file, values, io);
  // The raw sheets, registers and statuses are garbage now: freed before the writer's peak.
  collectGarbage();

  let written = '';
  if (values.out) {
    const out = values.out;
    let renamed: { wanted: string; used: string }[] = [];
    let output: Uint8Array;
    if (values.terpisah) {
      output = await writeWorkbook(result.specs);
    } else {
      try {
        ({ bytes: output, renamed } = await addSheetsToWorkbook(toXlsxBytes(bytes), result.specs));
      } catch (error) {
        // .xlsb, Strict Open XML: read fine, but the file writer cannot add to them.
        if (error instanceof UnsupportedInputError) throw new CliUsageError(error.message);
        throw error;
      }
      if (!isXlsx(bytes)) io.err(CONVERTED_NOTICE);
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, output);
    written = describeOutput(out, result, Boolean(values.terpisah), renamed);
  }
  if (values.json) io.out(JSON.stringify(toJson(result), null, 2));
  else {
    io.out([...reportSummary(result), qualityLine(result), written].filter(Boolean).join('\n'));
    findingsNotice(result.findings, io);
  }
  const pdf = values.pdf ? await writePdf(values.pdf, result, io) : 0;
  return internalErrorExit(result.findings.filter((f) => f.code === 'INTERNAL_ERROR').map((f) => f.sheet), io) || pdf || notFinalExit(result, io);
}

/**
 * Exit code 5 when the report was written but is not final (errors in the registers, figures
 * marked "tidak dapat dihitung"): one line on stderr says so, whatever --json prints on stdout.
 */
function notFinalExit(result: MonthlyReportResult, io: CliIo): number {
  const c = result.model.computability;
  if (c.final) return EXIT.ok;
  const blocked = c.indicators().length;
  io.err(`BELUM FINAL (kode keluar ${EXIT.notFinal}): laporan ditulis, tetapi register berisi ${c.errorCount} error${blocked > 0 ? ` dan ${blocked} indikator ditandai "tidak dapat dihitung"` : ''}. Perbaiki register (imunisasi periksa) lalu buat ulang laporan sebelum dikirim.`);
  return EXIT.notFinal;
}

/**
 * Exit code 3 when a bug kept some sheets from being made (their INTERNAL_ERROR findings are
 * printed above by findingsNotice): the other sheets were written and are whole.
 */
function internalErrorExit(broken: readonly string[], io: CliIo): number {
  if (broken.length === 0) return EXIT.ok;
  io.err(`Laporan dibuat sebagian: kesalahan internal pada ${[...new Set(broken)].join(', ')} (lihat pesan di atas); sheet lain dibuat lengkap. Laporkan ke pengembang.`);
  return EXIT.internal;
}

/**
 * The print version: the report sheets that have a print layout (not Data Laporan, which is
 * read by the district's tools), printed to PDF by LibreOffice with their page breaks.
 */
async function writePdf(out: string, result: MonthlyReportResult, io: CliIo): Promise<number> {
  const printed = result.specs.filter((s) => s.print);
  mkdirSync(dirname(out), { recursive: true });
  try {
    await xlsxToPdf(await writeWorkbook(printed), out);
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    io.err(error.message);
    return PDF_UNAVAILABLE;
  }
  io.out(`PDF untuk dicetak (A4) ditulis ke ${out}: ${printed.map((s) => s.name).join(', ')}.`);
  return 0;
}

/**
 * Read, check and compute the report. Its own function so that the raw sheets, the registers
 * and every person's status are out of reach once it returns: only the report is kept.
 */
function report(bytes: Uint8Array, file: string, values: { bulan?: string; tanggal?: string; 'tahun-lalu'?: string; jadwal?: string }, io: CliIo): MonthlyReportResult {
  const named = values.bulan ? parseMonth(values.bulan) : null;
  const workbook = readWorkbookBytes(bytes, basename(file), REGISTER_SHEETS);
  const today = referenceDate(values.tanggal, workbook, io);
  const { findings, computation } = checkWorkbookForReport(workbook, { today, schedule: scheduleOption(values.jadwal) });
  const { registers, persons } = computation;
  const period = named ?? fromData(latestDataMonth(registers, today), file);
  const generatedAt = stampInZone(readZone(workbook), io.now()).iso;
  const lastYearPath = values['tahun-lalu'];
  return withLastYearOption(() => {
    const lastYear = lastYearPath ? readLastYearReport(lastYearFile(lastYearPath), { tahun: period.year - 1, bulan: period.month, today }) : null;
    return monthlyReportFromRegisters(registers, findings, { year: period.year, month: period.month, today, generatedAt, lastYear, rules: computation.rules.rules }, persons);
  });
}

/** Kualitas Data in one line: how many findings, and where to read them. */
function qualityLine(result: MonthlyReportResult): string {
  const n = result.model.quality.findings.length;
  return n === 0 ? 'Kualitas data: tidak ada temuan.' : `Kualitas data: ${n} temuan untuk diperiksa (sheet Kualitas Data).`;
}

function fromData(month: Month | null, file: string): Month {
  if (!month) throw new CliUsageError(`${file} belum berisi tanggal imunisasi, Imunisasi Luar atau stok vaksin. Sebutkan bulannya dengan --bulan YYYY-MM.`);
  return month;
}

function describeOutput(out: string, result: MonthlyReportResult, separate: boolean, renamed: { wanted: string; used: string }[]): string {
  const names = result.specs.map((s) => renamed.find((r) => r.wanted === s.name)?.used ?? s.name);
  const lines = [`Ditulis ke ${out}: ${names.length} sheet laporan (${names.join(', ')})${separate ? '.' : ', ditambahkan ke salinan buku kerja; sheet register tidak diubah.'}`];
  for (const r of renamed) lines.push(`Sheet "${r.wanted}" sudah dipakai sheet isian petugas; laporan ditulis sebagai "${r.used}".`);
  return lines.join('\n');
}

/** The report's numbers: Data Laporan (identity and rows) and the findings. */
function toJson(result: MonthlyReportResult) {
  const { rows, ...identity } = result.model.dataLaporan;
  return {
    laporan: { ...identity, periode: formatMonthId(identity.tahun, identity.bulan) },
    data: rows,
    temuan: result.findings.map(({ sheet, row, column, code, severity, message }) => ({ sheet, row, column, code, severity, message })),
    kualitasData: result.model.quality.findings,
  };
}
