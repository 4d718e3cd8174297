import { Finding } from '../domain/findings';
import { RawWorkbook } from '../domain/raw';
import { ReadOptions } from '../domain/registers/readRegisters';
import { StatusOptions } from '../domain/status/computeStatus';
import { PersonStatus, ReportPerson } from '../domain/status/types';
import { computeWorkbookReportStatus, computeWorkbookStatus, StatusComputation } from './status';

export interface WorkbookCheck<P = PersonStatus> {
  /** Every finding about the workbook itself, in workbook order. */
  findings: Finding[];
  /** What the check computed on the way (registers, rules, persons), for the doors that go on to a report. */
  computation: StatusComputation<P>;
}

/**
 * The complete check of a register workbook, the same in every door (issue 11 item 2):
 * `periksa`, the pane's Periksa data, `laporan`, `status`, `jadwal`, the BIAS report and
 * `gabung` for register workbooks. It holds the register reader's cell and sheet checks, the
 * Aturan sheet's and the cross-register ones (a person twice under two keys, conflicting birth
 * dates), which need every register linked, the infant doses recorded after their upper age,
 * which need the rules (status/lateDoses.ts), and the doses too close to the previous one that
 * counts (DOSE_TOO_CLOSE), which the status engine reports as it decides them, with the rules read
 * from the Aturan sheet first and, for Td/TT, the person's doses in every register
 * (status/tooClose.ts): so one file gets the same findings whichever door it comes in by, and
 * Periksa never calls a dose too close that Status T counts, or the reverse. A report adds only
 * findings about its own period (sasaran, stock rows).
 */
export function checkWorkbook(workbook: RawWorkbook, options: ReadOptions & Pick<StatusOptions, 'schedules'>): WorkbookCheck {
  const computation = computeWorkbookStatus(workbook, options);
  return { findings: computation.findings, computation };
}

/**
 * The same complete check (the same findings) for the monthly report and the Dinkes merge of
 * register workbooks: of each person only what the report reads (ReportPerson), which spares
 * the T engine for infants and pupils.
 */
export function checkWorkbookForReport(workbook: RawWorkbook, options: ReadOptions): WorkbookCheck<ReportPerson> {
  const computation = computeWorkbookReportStatus(workbook, options);
  return { findings: computation.findings, computation };
}
