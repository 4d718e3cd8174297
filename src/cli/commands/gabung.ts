import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeReports, MergeSource } from '../../app/mergeReports';
import { formatMonthId } from '../../domain/dates/formatId';
import { isDistrictFinal } from '../../domain/merge/districtMerge';
import { readDaftar } from '../../domain/merge/readDaftar';
import { districtTargets, DistrictTargets, districtTargetText } from '../../domain/merge/districtTargets';
import { readTargetSheet, TARGET_SHEET } from '../../domain/programme/readTargetSheet';
import { RawWorkbook } from '../../domain/raw';
import { DistrictResult, IndicatorValue } from '../../domain/merge/types';
import { DistrictQuality } from '../../domain/quality/types';
import { stampInZone, todayInZone } from '../../io/clock';
import { clockReading, DEFAULT_ZONE, ZONE_OFFSET } from '../../domain/dates/zoneClock';
import { Zone } from '../../domain/read/cellValue';
import { readZone } from '../../domain/registers/readZone';
import { readMergeInput } from '../../io/xlsx/readMergeInput';
import { writeWorkbook } from '../../io/xlsx/writeWorkbook';
import { CliUsageError } from '../cliError';
import { EXIT } from '../exitCodes';
import { CliIo, readWorkbookFile } from '../io';
import { parseMonth } from '../month';

export const usage = 'imunisasi gabung <file atau folder>… --bulan YYYY-MM -o <kab.xlsx> [--daftar <file dengan sheet Daftar Puskesmas (dan sheet Target)>] [--target <file dengan sheet Target kabupaten/kota>] [--zona WIB|WITA|WIT] [--tahun-lalu <file atau folder laporan bulan yang sama tahun lalu>]… [--json]';

/** Every format the readers take: a report saved in one of them is never passed over in a folder. */
const SPREADSHEET = new Set(['.xlsx', '.xlsm', '.xlsb', '.xls', '.ods']);

/**
 * Merges puskesmas reports into the district report. Exit 0: merged, final; 1: some files could
 * not be merged (or their totals disagree); 5: merged, but BELUM FINAL (a puskesmas report not
 * final or of an empty month: district totals marked "tidak dapat dihitung"); 3: a sheet failed.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { bulan: { type: 'string' }, out: { type: 'string', short: 'o' }, daftar: { type: 'string' }, target: { type: 'string' }, zona: { type: 'string' }, json: { type: 'boolean' }, 'tahun-lalu': { type: 'string', multiple: true } } });
  if (positionals.length === 0 || !values.bulan || (!values.out && !values.json)) throw new CliUsageError(`Pemakaian: ${usage}`);
  const { year: tahun, month: bulan } = parseMonth(values.bulan);
  const files = positionals.flatMap(listFiles);
  if (files.length === 0) throw new CliUsageError('Tidak ada file .xlsx/.xlsm/.xlsb/.xls/.ods di folder atau daftar file yang diberikan.');
  const daftarBook = values.daftar ? readWorkbookFile(values.daftar) : null;
  const daftar = daftarBook ? readDaftar(daftarBook) : null;
  if (values.daftar && daftar?.expected === null) throw new CliUsageError(`${values.daftar} tidak punya sheet "Daftar Puskesmas" (kolom Kode Puskesmas, Nama Puskesmas).`);
  const targets = districtTargetsOf(values.target, values.daftar, daftarBook, tahun);
  const zone = zoneOf(values.zona, daftarBook);
  const toSource = (path: string): MergeSource => ({
    name: basename(path),
    date: clockReading(statSync(path).mtimeMs, zone).stamp,
    bytes: async () => new Uint8Array(readFileSync(path)),
  });
  const sources = files.map(toSource);
  const lastYear = (values['tahun-lalu'] ?? []).flatMap(listFiles).map(toSource);
  // Dinkes's clock, in its zone like the file dates: the stamp of the district report and the
  // reference date of register workbooks merged on the fly.
  const now = io.now();
  const progress = progressLine(io);
  const { result, specs, quality } = await mergeReports(sources, { tahun, bulan, expected: daftar?.expected ?? undefined, generatedAt: stampInZone(zone, now).human, today: todayInZone(zone, now), zone, read: readMergeInput, onProgress: progress, lastYear, targets });
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, await writeWorkbook(specs));
  }
  if (values.json) io.out(JSON.stringify(toJson(result, quality), null, 2));
  else io.out(summary(result, quality, values.out!));
  // 3: a bug kept a district sheet from being made (named in Temuan Penggabungan); the others are whole.
  if (result.findings.some((f) => f.code === 'INTERNAL_ERROR')) return EXIT.internal;
  // A report that is not final is merged (marked); the files that could not be are errors of their own.
  if (result.findings.some((f) => f.severity === 'error' && f.code !== 'REPORT_NOT_FINAL')) return EXIT.errors;
  if (!isDistrictFinal(result)) {
    io.err(`BELUM FINAL (kode keluar ${EXIT.notFinal}): laporan kabupaten/kota ditulis, tetapi ${notFinalWhy(result)}; total yang memerlukannya ditandai "tidak dapat dihitung".`);
    return EXIT.notFinal;
  }
  return EXIT.ok;
}

/** Which puskesmas keep the district report from being final, in one clause. */
function notFinalWhy(result: DistrictResult): string {
  const notFinal = result.puskesmas.filter((p) => p.notFinal).map((p) => p.nama);
  const empty = result.puskesmas.filter((p) => p.emptyMonth).map((p) => p.nama);
  return [...(notFinal.length > 0 ? [`laporan ${notFinal.join(', ')} belum final`] : []), ...(empty.length > 0 ? [`laporan ${empty.join(', ')} bulan kosong`] : [])].join(' dan ');
}

/**
 * The district's targets: the Target sheet of `--target`'s file, else of the Daftar Puskesmas
 * workbook when it has one, else the Kemenkes defaults (the district sheets say which).
 */
function districtTargetsOf(targetFile: string | undefined, daftarFile: string | undefined, daftarBook: RawWorkbook | null, tahun: number): DistrictTargets {
  if (targetFile) {
    const sheet = readTargetSheet(readWorkbookFile(targetFile));
    if (!sheet) throw new CliUsageError(`${targetFile} tidak punya sheet "${TARGET_SHEET.name}" (kolom Indikator dan satu kolom per tahun, seperti sheet Target templat register).`);
    return districtTargets(sheet, tahun, basename(targetFile));
  }
  const sheet = daftarBook ? readTargetSheet(daftarBook) : null;
  return districtTargets(sheet, tahun, sheet && daftarFile ? basename(daftarFile) : null);
}

/**
 * Dinkes's zone, for the district report's stamp, the reference date of register workbooks and
 * the file dates that time a report without a stamp: `--zona`, else the Zona Waktu of the
 * Daftar Puskesmas workbook's Puskesmas sheet (as the pane reads the open workbook), else WIB.
 */
function zoneOf(arg: string | undefined, daftarBook: RawWorkbook | null): Zone {
  if (arg === undefined) return daftarBook ? readZone(daftarBook) : DEFAULT_ZONE;
  const zone = arg.trim().toUpperCase();
  if (!Object.prototype.hasOwnProperty.call(ZONE_OFFSET, zone)) throw new CliUsageError(`--zona "${arg}" tidak dikenal: tulis WIB, WITA atau WIT (zona waktu Dinkes).`);
  return zone as Zone;
}

function listFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliUsageError(`${path} tidak ditemukan.`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => SPREADSHEET.has(extname(f).toLowerCase()) && !basename(f).startsWith('~$'))
    .sort()
    .map((f) => join(path, f));
}

/** One line rewritten in place on a terminal; a line per tenth of the files otherwise. */
function progressLine(io: CliIo) {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done: number, total: number, file: string) => {
    if (tty) {
      process.stderr.write(`\r${done === total ? `Selesai: ${total} file dibaca.`.padEnd(70) : `Membaca ${done + 1}/${total}: ${file}`.slice(0, 70).padEnd(70)}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      io.err(done === total ? `Selesai: ${total} file dibaca.` : `Membaca ${done + 1}/${total}: ${file}`);
    }
  };
}

function summary(result: DistrictResult, quality: DistrictQuality, out: string): string {
  const received = result.puskesmas.length;
  const onTime = result.puskesmas.filter((p) => p.onTime).length;
  const notFinal = result.puskesmas.filter((p) => p.notFinal).map((p) => p.nama);
  const empty = result.puskesmas.filter((p) => p.emptyMonth).map((p) => p.nama);
  const lines = [
    `Gabungan ${formatMonthId(result.tahun, result.bulan)}: ${received} dari ${result.expected.length} puskesmas digabung, ${onTime} tepat waktu.`,
    ...(notFinal.length > 0 ? [`BELUM FINAL: ${notFinal.length} laporan (${notFinal.join(', ')}); angka yang tidak dapat dihitung tidak dijumlahkan ke total kabupaten/kota.`] : []),
    ...(empty.length > 0 ? [`BULAN KOSONG: ${empty.length} laporan (${empty.join(', ')}) tanpa dosis maupun stok vaksin bulan ini; angkanya tidak dijumlahkan ke total kabupaten/kota.`] : []),
    districtTargetText(result.targets),
    `Laporan kabupaten/kota ditulis ke ${out}.`,
    `Kualitas data: ${quality.findings.length} temuan (sheet Kualitas Data Kabupaten)${quality.verifications.length > 0 ? `; faktor verifikasi untuk ${quality.verifications.map((v) => v.nama).join(', ')} (sheet Faktor Verifikasi)` : ''}.`,
  ];
  if (result.findings.length > 0) lines.push('', `Temuan (${result.findings.length}):`, ...result.findings.map((f) => `  ${f.severity === 'error' ? 'ERROR' : 'PERINGATAN'} ${f.message}`));
  return lines.join('\n');
}

function toJson(result: DistrictResult, quality: DistrictQuality) {
  const values = (totals: Map<string, IndicatorValue>) => Object.fromEntries([...totals.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    tahun: result.tahun,
    bulan: result.bulan,
    batasTepatWaktu: result.deadline,
    puskesmas: result.puskesmas.map((p) => ({ kode: p.kode, nama: p.nama, file: p.file, dibuat: p.dated, tepatWaktu: p.onTime, belumFinal: p.notFinal !== null, bulanKosong: p.emptyMonth, jumlahError: p.notFinal?.errors ?? 0, indikator: values(p.totals), tidakDapatDihitung: Object.fromEntries(p.blocked) })),
    total: values(result.totals),
    totalTidakDapatDihitung: Object.fromEntries(result.blocked),
    belumFinal: !isDistrictFinal(result),
    diharapkan: result.expected.length,
    diterima: result.puskesmas.length,
    tepatWaktu: result.puskesmas.filter((p) => p.onTime).length,
    temuan: result.findings,
    kualitasData: quality.findings,
    faktorVerifikasi: quality.verifications,
  };
}
