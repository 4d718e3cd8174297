import { yearlyBiasReport } from '../app/biasReport';
import { LastYearRefusedError } from '../app/lastYearCheck';
import { LastYearFile, readLastYearReport } from '../app/lastYearReport';
import { ReadMergeInput } from '../app/mergeRun';
import { checkWorkbook } from '../app/checkWorkbook';
import { monthlyReport } from '../app/monthlyReport';
import { missingTemplateSpecs } from '../app/prepareTemplate';
import { lastYearHeadline, reportHeadline } from '../app/reportSummary';
import { statusReport } from '../app/statusReport';
import { Finding, hasErrors } from '../domain/findings';
import { ScheduleKey, SchemeKey } from '../domain/read/cellValue';
import { RawWorkbook } from '../domain/raw';
import { readZone } from '../domain/registers/readZone';
import { stampInZone, todayInZone } from '../io/clock';
import { SheetSpec } from '../sheets/spec';
import { Rename } from '../sheets/writePlan';
import { OnProgress, WorkbookHost, WriteResult } from '../app/workbookHost';

/** "Sesuai sheet Puskesmas", or one scheme for this run. */
export type SchemeChoice = 'sheet' | SchemeKey;
/** "Sesuai sheet Puskesmas", or one immunization schedule for this run. */
export type ScheduleChoice = 'sheet' | ScheduleKey;

/** What the person chose in the pane. */
export interface ActionRequest {
  year: number;
  month: number;
  scheme: SchemeChoice;
  /** Absent: as the sheet says. */
  schedule?: ScheduleChoice;
  /** Persons (NIK, or Kode KK/No Urut) who get a Kartu TT besides everyone at T5. */
  kartu?: readonly string[];
  /** The clock, read by the pane when the button is pressed. */
  now: Date;
  /** "Laporan bulan yang sama tahun lalu (opsional)": the file picked, read when a report needs it. */
  lastYear?: PickedLastYear;
}

/** Last year's report as picked in the pane or the page. */
export interface PickedLastYear {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface ActionDeps {
  host: WorkbookHost;
  onProgress: OnProgress;
  confirmRenames: (renames: readonly Rename[]) => Promise<boolean>;
  /**
   * The reader of report files (io/xlsx's readMergeInput), loaded on first use: SheetJS stays
   * out of the Excel pane's first bundle. Needed only when last year's report was picked.
   */
  reportReader?: () => Promise<ReadMergeInput>;
}

export interface ActionOutcome {
  /** One sentence for the status line. */
  summary: string;
  findings: Finding[];
  write?: WriteResult;
}

export type ActionId = 'periksa' | 'bulanan' | 'statusT' | 'bias' | 'templat';

export interface PaneAction {
  id: ActionId;
  label: string;
  hint: string;
  run(request: ActionRequest, deps: ActionDeps): Promise<ActionOutcome>;
}

/** What a report use case in src/app gets: the period, today and the stamp, never the clock. */
export interface ReportInput {
  year: number;
  month: number;
  today: string;
  /** When the report is made, for people ("05-11-2025 09:30 WIB") and machines (ISO with offset). */
  stamp: { human: string; iso: string };
  kartu: readonly string[];
  /** The scheme picked for this run; absent: the Puskesmas sheet's Skema cell. */
  scheme?: SchemeKey;
  /** The immunization schedule picked for this run; absent: the Puskesmas sheet's Jadwal Imunisasi cell. */
  schedule?: ScheduleKey;
  /**
   * Last year's report of the same month as picked (undefined: none), read only when a use case
   * asks: the monthly report compares with it, the other buttons never read the file.
   */
  lastYear(): Promise<LastYearFile | undefined>;
}

export interface ReportOutput {
  specs: SheetSpec[];
  findings: Finding[];
  summary?: string;
}

export type ReportUseCase = (workbook: RawWorkbook, input: ReportInput) => ReportOutput | Promise<ReportOutput>;

export const STAGE_CHECK = 'Memeriksa data';
export const STAGE_COMPUTE = 'Menyusun laporan';

const periksa: PaneAction = {
  id: 'periksa',
  label: 'Periksa data',
  hint: 'Memeriksa semua sheet register dan master, juga antarregister (orang yang sama tercatat dua kali); tidak ada yang diubah.',
  async run(request, { host, onProgress }) {
    const workbook = await host.read(onProgress);
    onProgress({ stage: STAGE_CHECK, done: 0, total: 1 });
    const today = todayInZone(readZone(workbook), request.now);
    const { findings } = checkWorkbook(workbook, { today });
    onProgress({ stage: STAGE_CHECK, done: 1, total: 1 });
    return { summary: checkSummary(findings), findings };
  },
};

export function checkSummary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Tidak ada masalah: semua sheet sesuai format standar.';
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `Pemeriksaan selesai: ${errors} error, ${findings.length - errors} peringatan.${hasErrors(findings) ? ' Perbaiki error agar laporan lengkap.' : ''}`;
}

const templat: PaneAction = {
  id: 'templat',
  label: 'Siapkan templat',
  hint: 'Menambahkan sheet register dan master yang belum ada, dan sheet Target (target bawaan Kemenkes untuk tahun yang dipilih) bila belum ada; sheet yang sudah ada tidak disentuh.',
  async run(request, { host, onProgress, confirmRenames }) {
    const specs = missingTemplateSpecs(await host.sheetNames(), request.year);
    if (specs.length === 0) return { summary: 'Semua sheet register, master dan Target sudah ada; tidak ada yang ditambahkan.', findings: [] };
    const write = await host.write(specs, { onProgress, confirmRenames });
    return { summary: `Ditambahkan: ${write.written.map((w) => w.name).join(', ')}. Sheet yang sudah ada tidak diubah.`, findings: [], write };
  },
};

/** A button that runs a report use case: read, check, compute, write the sheets. */
export function reportAction(id: ActionId, label: string, hint: string, useCase: ReportUseCase): PaneAction {
  return {
    id,
    label,
    hint,
    async run(request, { host, onProgress, confirmRenames, reportReader }) {
      const read = await host.read(onProgress);
      onProgress({ stage: STAGE_COMPUTE, done: 0, total: 1 });
      const zone = readZone(read);
      // The scheme picker travels as an argument; "sesuai sheet" leaves the Skema cell in charge.
      const scheme = request.scheme === 'sheet' ? {} : { scheme: request.scheme };
      // The schedule picker likewise; "sesuai sheet" leaves the Jadwal Imunisasi cell in charge.
      const schedule = !request.schedule || request.schedule === 'sheet' ? {} : { schedule: request.schedule };
      const input: ReportInput = { year: request.year, month: request.month, today: todayInZone(zone, request.now), stamp: stampInZone(zone, request.now), kartu: request.kartu ?? [], ...scheme, ...schedule, lastYear: async () => (request.lastYear ? pickedLastYear(request.lastYear, reportReader) : undefined) };
      const output = await useCase(read, input);
      onProgress({ stage: STAGE_COMPUTE, done: 1, total: 1 });
      const write = await host.write(output.specs, { onProgress, confirmRenames });
      if (write.cancelled) return { summary: 'Dibatalkan: tidak ada sheet yang ditulis.', findings: output.findings, write };
      const names = write.written.map((w) => w.name).join(', ');
      return { summary: output.summary ? `${output.summary} Sheet: ${names}.` : `Selesai. Sheet ditulis: ${names}.`, findings: output.findings, write };
    },
  };
}

async function pickedLastYear(picked: PickedLastYear, reader: ActionDeps['reportReader']): Promise<LastYearFile> {
  if (!reader) throw new Error('reportAction: last year\'s report was picked but no report reader was given');
  const read = await reader();
  let bytes: Uint8Array;
  try {
    bytes = await picked.bytes();
  } catch {
    // The browser lost the file since it was picked (moved, deleted, or its folder unplugged).
    throw new LastYearRefusedError(`${picked.name} tidak dapat dibaca lagi (mungkin dipindah, dihapus atau diubah sejak dipilih). Pilih file itu lagi.`);
  }
  return { name: picked.name, bytes, read };
}

const bulanan = reportAction(
  'bulanan',
  'Buat laporan bulanan',
  'Laporan Imunisasi, PWS dan grafiknya, Pemantauan Vaksin, Rencana Kebutuhan Vaksin, BIAS tahun berjalan, Kualitas Data (dengan laporan bulan yang sama tahun lalu bila dipilih) dan Data Laporan untuk Dinkes.',
  async (workbook, input) => {
    const picked = await input.lastYear();
    const lastYear = picked ? readLastYearReport(picked, { tahun: input.year - 1, bulan: input.month, today: input.today }) : null;
    const result = monthlyReport(workbook, { year: input.year, month: input.month, today: input.today, generatedAt: input.stamp.iso, scheme: input.scheme, schedule: input.schedule, lastYear });
    return { specs: result.specs, findings: result.findings, summary: `${reportHeadline(result)} ${lastYearHeadline(result)}` };
  },
);

const statusT = reportAction(
  'statusT',
  'Status & jadwal T',
  'Status T setiap perempuan dan murid, jadwal jatuh tempo dan terlambat bulan ini dengan tautan WhatsApp, Kartu TT, Sertifikat IDL.',
  (workbook, input) => {
    const report = statusReport(workbook, { today: input.today, month: { year: input.year, month: input.month }, generatedAt: input.stamp.human, kartuFor: input.kartu, scheme: input.scheme, schedule: input.schedule });
    const { orang, lengkap, jadwal, idlBulanIni, kartu, kartuTidakDitemukan } = report.summary;
    const notFound = kartuTidakDitemukan.length > 0 ? ` Tidak ditemukan di register: ${kartuTidakDitemukan.join(', ')}.` : '';
    const summary = `${orang} orang berstatus T, ${lengkap} lengkap (T5); ${jadwal.orang} orang jatuh tempo bulan ini (${jadwal.terlambat} dosis terlambat); ${idlBulanIni} anak IDL bulan ini; ${kartu} Kartu TT.${notFound}`;
    return { specs: report.specs, findings: report.findings, summary };
  },
);

const bias = reportAction('bias', 'Laporan BIAS', 'Laporan BIAS setahun penuh untuk tahun yang dipilih, per sekolah dikelompokkan per kelurahan.', (workbook, input) => {
  const result = yearlyBiasReport(workbook, { year: input.year, today: input.today, generatedAt: input.stamp.iso, scheme: input.scheme, schedule: input.schedule });
  return { specs: result.specs, findings: result.findings, summary: `Laporan BIAS ${input.year}.` };
});

/** The pane's buttons in order. */
export const ACTIONS: PaneAction[] = [periksa, bulanan, statusT, bias, templat];
