import { CompressAhead } from '../io/xlsx/opc/compressAhead';
import { CompressedPart, compressText } from '../io/xlsx/zip/compressedPart';
import { compressionStreamDeflate, pakoDeflate } from '../io/xlsx/zip/deflate';
import type { CompressJob } from './compressWorker';

type Reply = { ready: true } | { id: number; part: CompressedPart } | { id: number; error: string };

/**
 * Starts the page's compression worker (compressWorker.ts) and resolves, once it is ready,
 * with a compressor for compressAhead; null where the page cannot run one (opened from disk:
 * file:// has no workers), and the page then compresses on its own thread as before. A part the
 * worker fails on is compressed here instead: the same bytes either way.
 */
export function startCompressionWorker(): Promise<CompressAhead | null> {
  let worker: Worker;
  try {
    // @ts-expect-error TS1343: webpack (module esnext) bundles the worker from this URL; tsc checks src as commonjs, where import.meta is not allowed.
    worker = new Worker(/* webpackChunkName: "compress-worker" */ new URL('./compressWorker.ts', import.meta.url));
  } catch {
    return Promise.resolve(null);
  }
  const waiting = new Map<number, { resolve: (part: CompressedPart) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed = false;
  const here = (text: string) => compressText(text, compressionStreamDeflate() ?? pakoDeflate);
  const compress: CompressAhead = (text) =>
    new Promise<CompressedPart>((resolve, reject) => {
      if (failed) throw new Error('compression worker failed');
      const id = next++;
      waiting.set(id, { resolve, reject });
      const job: CompressJob = { id, text };
      worker.postMessage(job);
    }).catch(() => here(text));
  return new Promise((ready) => {
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('compression worker failed'));
      waiting.clear();
      ready(null);
    };
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if ('ready' in data) {
        ready(compress);
        return;
      }
      const job = waiting.get(data.id);
      waiting.delete(data.id);
      if ('part' in data) job?.resolve(data.part);
      else job?.reject(new Error(data.error));
    };
  });
}
