import { RawWorkbook } from '../../src/domain/raw';
import { isGeneratedMark } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';
import { planSheetWrites } from '../../src/sheets/writePlan';
import { OnProgress, WorkbookHost, WriteRequest, WriteResult } from '../../src/app/workbookHost';

/** A WorkbookHost over a RawWorkbook in memory: records what the actions ask of it. */
export class MemoryHost implements WorkbookHost {
  readonly mode = 'excel';
  written: SheetSpec[] = [];
  stages: string[] = [];

  constructor(public workbook: RawWorkbook) {}

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((s) => s.name);
  }

  async read(onProgress: OnProgress): Promise<RawWorkbook> {
    onProgress({ stage: 'Membaca sheet', done: 1, total: 1 });
    return this.workbook;
  }

  async write(specs: readonly SheetSpec[], request: WriteRequest): Promise<WriteResult> {
    const plan = planSheetWrites(this.workbook.sheets.map((s) => ({ name: s.name, ours: isGeneratedMark(s.rows[0]?.[0]) })), specs);
    if (plan.renames.length && !(await request.confirmRenames(plan.renames))) return { written: [], skipped: [], renames: plan.renames, notices: [], cancelled: true };
    const result: WriteResult = { written: [], skipped: [], renames: plan.renames, notices: [], cancelled: false };
    for (const w of plan.writes) {
      if (w.kind === 'skip') result.skipped.push(w.name);
      else {
        this.written.push({ ...w.spec, name: w.name });
        result.written.push({ name: w.name, kind: w.kind });
      }
    }
    return result;
  }
}

export const progressLog = (host: MemoryHost): OnProgress => (p) => host.stages.push(p.stage);
