import { compressText } from '../io/xlsx/zip/compressedPart';
import { compressionStreamDeflate, pakoDeflate } from '../io/xlsx/zip/deflate';

/**
 * The page's compression worker (workerCompression.ts starts it): a part's text in, the part as
 * the zip stores it out (compressText, with the deflate the page itself would use), on a core
 * of its own while the page goes on writing the other sheets.
 */
export interface CompressJob {
  id: number;
  text: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompressJob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};
const deflate = compressionStreamDeflate() ?? pakoDeflate;

scope.onmessage = ({ data: { id, text } }) => {
  compressText(text, deflate).then(
    (part) => scope.postMessage({ id, part }, [part.data.buffer]),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  );
};
scope.postMessage({ ready: true });
