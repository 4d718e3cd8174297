import { PartCompressor } from '../io/xlsx/opc/compressAhead';
import { writeWorkbook } from '../io/xlsx/writeWorkbook';
import { SheetSpec } from '../sheets/spec';
import { FileWorkbook } from './fileWorkbook';
import { startCompressionWorker } from './workerCompression';

/** The page's compression worker once it is ready; null without one (then the page's own thread compresses). */
let compressor: PartCompressor | null = null;

/**
 * What file mode prepares before the page reports ready (so nothing is fetched after): the
 * compression worker, which compresses the written sheets on another core.
 */
export const fileModeReady: Promise<void> = startCompressionWorker().then((started) => {
  compressor = started;
});

/** Loaded as its own chunk only in file mode: SheetJS stays out of the Excel pane. */
export function openFile(name: string, bytes: Uint8Array): FileWorkbook {
  return new FileWorkbook(name, bytes, compressor);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a file through the browser's download, without any network request. */
export function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once click() returns; release it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Sheets as a new workbook, downloaded (the district report when no file is open). */
export async function saveNew(name: string, specs: readonly SheetSpec[]): Promise<void> {
  download(name, await writeWorkbook(specs, { compressor }));
}
