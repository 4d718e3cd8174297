import { inDateSystem } from '../../sheets/dateSystem';
import { isGeneratedMark } from '../../sheets/reportFrame';
import { SheetSpec } from '../../sheets/spec';
import { ExistingSheet, planSheetWrites, Rename } from '../../sheets/writePlan';
import { SkippedFeature, SheetWriter, writeExtras, writeFormats, writeValues } from './applySheet';
import { Capabilities } from './capabilities';
import type { OnProgress, WriteResult } from '../../app/workbookHost';
import { probeDateSystem } from './dateSystem';
import { ExcelRun } from './excelRun';
import { SyncBudget } from './syncBudget';

export interface WriteOptions {
  capabilities: Capabilities;
  /**
   * Asked once, before anything is written, when generated sheets must take other names
   * because people's sheets hold theirs. false cancels the whole write. Absent: rename.
   */
  confirmRenames?: (renames: readonly Rename[]) => Promise<boolean>;
  onProgress?: OnProgress;
}

export const WRITE_STAGE = 'Menulis sheet';

/**
 * Writes the specs into the open workbook. A generated sheet of the same name (A1 mark) is
 * replaced whole, in its old place among the tabs; a person's sheet is never modified,
 * renamed or deleted — the report takes another name after `confirmRenames`; register
 * sheets are only added when missing. Per sheet: values, then formats, then the extras the
 * host supports. Syncs follow the data volume (SyncBudget), not the number of rows. Dates land
 * in the workbook's date system (probed with DATE in the first sync): a 1904 workbook gets
 * 1904 serials (inDateSystem).
 */
export async function writeSheets(run: ExcelRun, specs: readonly SheetSpec[], options: WriteOptions): Promise<WriteResult> {
  for (const spec of specs) {
    if (spec.role === 'report' && !isGeneratedMark(spec.values[0]?.[0])) throw new Error(`Report sheet spec "${spec.name}" lacks GENERATED_MARK in A1`);
  }
  return run(async (context) => {
    const budget = new SyncBudget(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name, items/position');
    const dates = probeDateSystem(context);
    await budget.sync();
    const dateSystem = dates.system();
    const tabs = worksheets.items.map((ws) => {
      const a1 = ws.getRange('A1');
      a1.load('values');
      return { name: ws.name, position: ws.position, a1 };
    });
    await budget.sync();
    const existing: ExistingSheet[] = tabs.map((t) => ({ name: t.name, ours: isGeneratedMark(t.a1.values[0][0]) }));
    const position = new Map(tabs.map((t) => [t.name, t.position]));

    const plan = planSheetWrites(existing, specs);
    const result: WriteResult = { written: [], skipped: [], renames: plan.renames, notices: [], cancelled: false };
    if (plan.renames.length > 0 && options.confirmRenames && !(await options.confirmRenames(plan.renames))) {
      return { ...result, cancelled: true };
    }

    const skipped = new Set<SkippedFeature>();
    const taken = new Set(tabs.map((t) => t.name.toLowerCase()));
    let firstReport: Excel.Worksheet | null = null;
    for (const [i, write] of plan.writes.entries()) {
      options.onProgress?.({ stage: `${WRITE_STAGE} ${write.name}`, done: i, total: plan.writes.length });
      if (write.kind === 'skip') {
        result.skipped.push(write.name);
        continue;
      }
      await budget.room();
      let ws: Excel.Worksheet;
      if (write.kind === 'replace') {
        // Add the new sheet first (a workbook must keep one sheet), put it where the old one
        // was, then delete the old one and take its name — all in one batch.
        ws = worksheets.add(temporaryName(taken));
        ws.position = position.get(write.name) ?? 0;
        worksheets.getItem(write.name).delete();
        ws.name = write.name;
      } else {
        ws = worksheets.add(write.name);
      }
      taken.add(write.name.toLowerCase());
      const writer: SheetWriter = { ws, budget, capabilities: options.capabilities, skipped, dateSystem };
      const spec = inDateSystem(write.spec, dateSystem);
      await writeValues(writer, spec);
      await writeFormats(writer, spec);
      await writeExtras(writer, spec);
      if (!firstReport && write.spec.role === 'report') firstReport = ws;
      result.written.push({ name: write.name, kind: write.kind });
    }
    if (firstReport) firstReport.activate();
    await budget.flush();
    options.onProgress?.({ stage: WRITE_STAGE, done: plan.writes.length, total: plan.writes.length });
    result.notices = [...skipped].map((feature) => NOTICES[feature]);
    return result;
  });
}

function temporaryName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `Imunisasi sementara ${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** One plain sentence per feature this Excel lacks (ExcelApi versions: DESIGN.md). */
export const NOTICES: Record<SkippedFeature, string> = {
  dataValidation: 'Daftar pilihan dan petunjuk isian (validasi data) tidak dipasang karena versi Excel ini belum mendukungnya (perlu Excel 2021 atau Microsoft 365). Isi sheet tetap lengkap.',
  conditionalFormats: 'Pewarnaan otomatis (format bersyarat) tidak dipasang karena versi Excel ini belum mendukungnya. Angka di sheet tetap lengkap.',
  pageLayout: 'Pengaturan cetak (kertas A4, mendatar, muat satu halaman lebar, pemisah halaman antarkartu) tidak dipasang karena versi Excel ini belum mendukungnya (perlu Excel 2021 atau Microsoft 365). Atur sendiri lewat Tata Letak Halaman sebelum mencetak.',
  autoFilter: 'Filter otomatis tidak dipasang karena versi Excel ini belum mendukungnya. Pakai Data > Filter bila perlu.',
  chartSeries: 'Grafik tidak dibuat karena versi Excel ini belum mendukungnya. Datanya ada di tabel pada sheet.',
  chartAxisFormat: 'Sumbu grafik menampilkan pecahan (0,5 = 50%) karena versi Excel ini belum dapat memformat sumbu grafik sebagai persen.',
};
