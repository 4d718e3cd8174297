import { Finding } from '../domain/findings';
import { RawWorkbook } from '../domain/raw';
import { ReadOptions } from '../domain/registers/readRegisters';
import { StatusOptions } from '../domain/status/computeStatus';
import { computeWorkbookStatus, StatusComputation } from './status';

export interface WorkbookCheck {
  /** Every finding about the workbook itself, in workbook order. */
  findings: Finding[];
  /** What the check computed on the way (registers, rules, persons), for the doors that go on to a report. */
  computation: StatusComputation;
}

/**
 * The complete check of a register workbook, the same in every door (issue 11 item 2):
 * `periksa`, the pane's Periksa data, `laporan`, `status`, `jadwal`, the BIAS report and
 * `gabung` for register workbooks. It holds the register reader's cell and sheet checks, the
 * Aturan sheet's and the cross-register ones (a person twice under two keys, conflicting birth
 * dates), which need every register linked, and the infant doses recorded after their upper
 * age, which need the rules (status/lateDoses.ts): so one file gets the same findings whichever door
 * it comes in by. A report adds only findings about its own period (sasaran, stock rows).
 */
export function checkWorkbook(workbook: RawWorkbook, options: ReadOptions & Pick<StatusOptions, 'schedules'>): WorkbookCheck {
  const computation = computeWorkbookStatus(workbook, options);
  return { findings: computation.findings, computation };
}
