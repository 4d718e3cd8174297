import { Month } from '../domain/dates/month';
import { districtLastYearText } from '../app/districtQuality';
import { mergeReports, MergeSource } from '../app/mergeReports';
import { Finding } from '../domain/findings';
import { MergeFinding } from '../domain/merge/types';
import { readDaftar } from '../domain/merge/readDaftar';
import { districtTargets, districtTargetText } from '../domain/merge/districtTargets';
import { readTargetSheet } from '../domain/programme/readTargetSheet';
import { stampInZone, todayInZone } from '../io/clock';
import { clockReading } from '../domain/dates/zoneClock';
import { readZone } from '../domain/registers/readZone';
import { holdsPersonRegisters } from '../domain/registers/registerSheets';
import { readMergeInput } from '../io/xlsx/readMergeInput';
import { SheetSpec } from '../sheets/spec';
import { OnProgress, WorkbookHost } from '../app/workbookHost';

/** A puskesmas report file picked in the pane; its bytes are read when its turn comes. */
export interface PickedFile {
  name: string;
  /** File.lastModified: milliseconds since 1970. */
  lastModified: number;
  bytes(): Promise<Uint8Array>;
}

export interface MergeOutcome {
  summary: string;
  /** Problems of the district's own list (Daftar Puskesmas sheet). */
  daftarFindings: Finding[];
  /** One per file that could not be merged as it is. */
  fileFindings: MergeFinding[];
  /** What Kualitas Data Kabupaten did not use and why (a last year's file of another month, …). */
  qualityNotes: string[];
  specs: SheetSpec[];
}

export const STAGE_MERGE = 'Membaca laporan';

/** The report reader, for last year's report in "Buat laporan bulanan": loaded with this chunk. */
export { readMergeInput };

/**
 * "Gabung laporan puskesmas" (Dinkes): the picked report files merged into the district report
 * for the chosen month, by the same use case as `imunisasi gabung`. The district's list of
 * puskesmas comes from the open workbook's Daftar Puskesmas sheet when it has one. A file's
 * date, for timeliness when a report carries no stamp, is its modification time on Dinkes's
 * clock (the open workbook's Zona Waktu, WIB by default), as the CLI dates it.
 */
export async function runMerge(files: readonly PickedFile[], period: Month & { now: Date }, host: WorkbookHost | null, onProgress: OnProgress, lastYear: readonly PickedFile[] = []): Promise<MergeOutcome> {
  const workbook = host ? await host.read(onProgress) : null;
  const daftar = workbook ? readDaftar(workbook) : { expected: null, findings: [] };
  // The district's targets: the open workbook's Target sheet, the Kemenkes defaults without one.
  // A puskesmas register open in the page is not Dinkes's workbook: its Target sheet is its own.
  const targetSheet = workbook ? readTargetSheet(workbook) : null;
  const ownTargets = workbook && targetSheet && holdsPersonRegisters(workbook) ? targetSheet : null;
  const targets = districtTargets(ownTargets ? null : targetSheet, period.year);
  // Dinkes's zone: the open workbook's Zona Waktu, WIB when it names none.
  const zone = readZone(workbook ?? { sheets: [] });
  const source = (file: PickedFile): MergeSource => ({
    name: file.name,
    date: clockReading(file.lastModified, zone).stamp,
    bytes: () => file.bytes(),
  });
  const sources = files.map(source);
  const { result, specs, quality } = await mergeReports(sources, {
    tahun: period.year,
    bulan: period.month,
    expected: daftar.expected ?? undefined,
    generatedAt: stampInZone(zone, period.now).human,
    today: todayInZone(zone, period.now),
    zone,
    read: readMergeInput,
    targets,
    // Last year's reports of the same month, for Kualitas Data Kabupaten's comparison over time (gabung --tahun-lalu).
    lastYear: lastYear.map(source),
    onProgress: (done, total, file) => onProgress({ stage: done < total ? `${STAGE_MERGE} ${file}` : 'Menggabungkan', done, total }),
  });
  const received = result.puskesmas.length;
  const onTime = result.puskesmas.filter((p) => p.onTime).length;
  const list = daftar.expected ? 'menurut sheet Daftar Puskesmas' : 'tanpa sheet Daftar Puskesmas: yang diharapkan = yang diterima';
  return {
    summary: `${received} dari ${result.expected.length} puskesmas digabung (${list}), ${onTime} tepat waktu. ${districtTargetText(result.targets)}${ownTargets ? ` Sheet ${ownTargets.sheet} di buku kerja yang terbuka tidak dipakai: buku kerja itu berisi register puskesmas, bukan buku kerja Dinkes.` : ''} ${districtLastYearText(quality, period.year, period.month)}`,
    daftarFindings: daftar.findings,
    fileFindings: result.findings,
    // A last-year file that could not be compared (unreadable, another month), named and why.
    qualityNotes: quality.notes,
    specs,
  };
}
