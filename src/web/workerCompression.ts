import { CompressingPart, PartCompressor } from '../io/xlsx/opc/compressAhead';
import { compressBytes, CompressedPart } from '../io/xlsx/zip/compressedPart';
import { compressionStreamDeflate, joinBytes, pakoDeflate } from '../io/xlsx/zip/deflate';
import { utf8Bytes } from '../io/xlsx/zip/utf8';
import type { CompressJob } from './compressWorker';

type Reply = { ready: true } | { id: number; part: CompressedPart } | { id: number; error: string };

/**
 * Starts the page's compression worker (compressWorker.ts) and resolves, once it is ready,
 * with a compressor for the file writer (PartCompressor); null where the page cannot run one
 * (opened from disk: file:// has no workers), and the page then compresses on its own thread as
 * before. Each piece goes to the worker as UTF-8 bytes handed over, not copied (utf8Bytes: the
 * browsers' TextEncoder is slow on a report's text; bytes given are copied once). A part the
 * worker fails on is compressed here instead: the same bytes either way.
 */
export function startCompressionWorker(): Promise<PartCompressor | null> {
  let worker: Worker;
  try {
    // @ts-expect-error TS1343: webpack (module esnext) bundles the worker from this URL; tsc checks src as commonjs, where import.meta is not allowed.
    worker = new Worker(/* webpackChunkName: "compress-worker" */ new URL('./compressWorker.ts', import.meta.url));
  } catch {
    return Promise.resolve(null);
  }
  const waiting = new Map<number, (part: CompressedPart | null) => void>();
  let next = 0;
  let failed = false;
  const here = (pieces: (string | Uint8Array)[]) => compressBytes(joinBytes(pieces.map((p) => (typeof p === 'string' ? utf8Bytes(p) : p))), compressionStreamDeflate() ?? pakoDeflate);
  const send = (job: CompressJob, transfer: Transferable[] = []) => {
    if (!failed) worker.postMessage(job, transfer);
  };
  const compressor: PartCompressor = {
    start(): CompressingPart {
      const id = next++;
      // The pieces stay here too (text as it is, not copied), for a part the worker fails on.
      const pieces: (string | Uint8Array)[] = [];
      // Null when the worker failed: then the part is compressed here.
      const done = new Promise<CompressedPart | null>((resolve) => waiting.set(id, resolve));
      return {
        write(data) {
          pieces.push(data);
          if (failed) return;
          const bytes = typeof data === 'string' ? utf8Bytes(data) : data.slice();
          send({ id, data: bytes }, [bytes.buffer]);
        },
        end() {
          send({ id, data: null });
          if (failed) waiting.get(id)?.(null);
          return done.then((part) => part ?? here(pieces));
        },
      };
    },
  };
  return new Promise((ready) => {
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      worker.terminate();
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      ready(null);
    };
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if ('ready' in data) {
        ready(compressor);
        return;
      }
      const resolve = waiting.get(data.id);
      waiting.delete(data.id);
      resolve?.('part' in data ? data.part : null);
    };
  });
}
