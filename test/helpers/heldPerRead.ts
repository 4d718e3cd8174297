import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collector to call between measurements (the flag may be set after start; a fresh context then sees gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap bytes still held, per call, by what `keep` returns from each of `reads` calls (after a warm-up). */
export function heldPerRead(keep: (i: number) => unknown, reads = 60): number {
  const kept: unknown[] = [];
  // Warmed up first: the first calls leave compiled code and caches behind, which are no file's.
  for (let i = 0; i < 5; i++) keep(i);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < reads; i++) kept.push(keep(i));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (kept.length !== reads) throw new Error('kept');
  return held / reads;
}
