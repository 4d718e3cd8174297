import { IsoDate } from '../domain/dates/isoDate';
import { RawWorkbook } from '../domain/raw';
import { ReadOptions, ReadResult, readRegisters, withSchemeChoice } from '../domain/registers/readRegisters';

/** A reading of a workbook's registers kept for the next one of the same workbook and day. */
const kept = new WeakMap<RawWorkbook, { today: IsoDate; result: ReadResult }>();

/**
 * Reads the registers and keeps the result for the next readRegistersKept of the same
 * workbook (the same object: a file the page holds, not yet written to) on the same day. The
 * page reads the registers when a file is opened (to find its latest month) and again for the
 * first report: at 100,000 rows that is most of a second read twice. Only a caller that
 * changes nothing in the result may keep it.
 */
export function readRegistersKeeping(workbook: RawWorkbook, options: ReadOptions): ReadResult {
  // Kept as the workbook has it; the run's scheme choice is applied on the way out.
  const result = readRegisters(workbook, { today: options.today });
  kept.set(workbook, { today: options.today, result });
  return withSchemeChoice(result, options);
}

/**
 * The registers of a workbook: the kept reading when there is one for this workbook and day
 * (taken, so it serves once: a report may change what it is given), otherwise read now.
 */
export function readRegistersKept(workbook: RawWorkbook, options: ReadOptions): ReadResult {
  const found = kept.get(workbook);
  kept.delete(workbook);
  return found && found.today === options.today ? withSchemeChoice(found.result, options) : readRegisters(workbook, options);
}
