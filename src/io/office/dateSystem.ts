import type { DateSystem } from '../../domain/dates/excelSerial';

/** DATE(2000;1;1) in each system: 36526 counting from 1900, 35064 counting from 1904. */
const PROBE = { year: 2000, month: 1, day: 1 } as const;
const SERIAL_1904 = 35064;

/**
 * Office.js tells no workbook's date system, but the worksheet function DATE answers in it.
 * Queues DATE(2000;1;1); after the next sync, `system()` says which system the workbook counts
 * in. Queue it with a load the caller syncs anyway: it costs no round of its own.
 */
export function probeDateSystem(context: Excel.RequestContext): { system(): DateSystem } {
  const result = context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day);
  result.load('value');
  return { system: () => (result.value === SERIAL_1904 ? 1904 : 1900) };
}
