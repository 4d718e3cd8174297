import { CellTally } from './cellTally';
import { cfbRootStream } from './cfbStream';
import { READ_LIMITS, recordsRefused } from './readLimits';
import { sheetJs } from './sheetJs';
import { countXlsRecords } from './xlsCells';

interface CfbEntry {
  content?: Uint8Array | number[];
}
interface Cfb {
  find(container: unknown, path: string): CfbEntry | null;
  read(data: Uint8Array, options: { type: 'buffer' }): unknown;
}

/**
 * Refuses an .xls whose Workbook stream would have SheetJS build more than READ_LIMITS allows,
 * before SheetJS parses it: the stream SheetJS's parser reads is taken from the container and
 * its records counted (countXlsRecords). A plain container is read here; one not plain enough
 * to be sure (cfbRootStream says 'unclear') by SheetJS's own CFB reader. A container without a
 * workbook, or holding a password-protected one, is left to SheetJS to name.
 */
export function checkXlsStream(bytes: Uint8Array, fileName: string): CellTally | null {
  let stream = cfbRootStream(bytes, ['Workbook', 'Book']);
  if (stream === 'unclear') stream = bySheetJs(bytes);
  if (stream === 'none') return null;
  const tally = new CellTally({ cells: READ_LIMITS.cells, strings: READ_LIMITS.cells });
  countXlsRecords(stream, tally);
  if (tally.problem) throw recordsRefused(fileName, tally.problem, 'xls');
  return tally;
}

function bySheetJs(bytes: Uint8Array): Uint8Array | 'none' {
  const CFB = sheetJs().CFB as Cfb;
  let container: unknown;
  try {
    // A Buffer where there is one: SheetJS's reader would otherwise build the stream as an array of numbers.
    container = CFB.read(typeof Buffer === 'undefined' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch {
    return 'none';
  }
  if (CFB.find(container, '/encryption') || CFB.find(container, 'EncryptedPackage')) return 'none';
  const content = (CFB.find(container, '/Workbook') ?? CFB.find(container, '/Book'))?.content;
  if (!content) return 'none';
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}
