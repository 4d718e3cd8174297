import { compressInPieces, PartCompression } from '../io/xlsx/zip/compressedPart';
import { compressionDeflateStream, deflateAtEnd, pakoDeflate } from '../io/xlsx/zip/deflate';

/**
 * The page's compression worker (workerCompression.ts starts it): a part's pieces in, in order,
 * the part as the zip stores it out (compressInPieces, with the deflate the page itself would
 * use), on a core of its own while the page goes on writing the part and the others.
 */
export interface CompressJob {
  id: number;
  /** The next bytes of part `id` (its first starts the part), or null: the part is complete. */
  data: Uint8Array | null;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompressJob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};
const deflate = compressionDeflateStream() ?? deflateAtEnd(pakoDeflate);
const parts = new Map<number, PartCompression>();

scope.onmessage = ({ data: { id, data } }) => {
  let part = parts.get(id);
  if (part === undefined) parts.set(id, (part = compressInPieces(deflate())));
  if (data !== null) {
    part.write(data);
    return;
  }
  parts.delete(id);
  part.end().then(
    (compressed) => scope.postMessage({ id, part: compressed }, [compressed.data.buffer]),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  );
};
scope.postMessage({ ready: true });
