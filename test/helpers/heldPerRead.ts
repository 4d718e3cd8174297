import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collector to call between measurements (the flag may be set after start; a fresh context then sees gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects until the heap stops shrinking: in a jest worker that has run other test files,
 * one collection can leave garbage that a later one frees (weak caches, finalisers), which
 * made a measurement negative.
 */
function settledHeap(): number {
  let used = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 10; i++) {
    gc();
    const now = process.memoryUsage().heapUsed;
    if (used - now < 64 * 1024) return Math.min(used, now);
    used = now;
  }
  return used;
}

/** Heap bytes still held, per call, by what `keep` returns from each of `reads` calls (after a warm-up). */
export function heldPerRead(keep: (i: number) => unknown, reads = 60): number {
  const kept: unknown[] = [];
  // Warmed up first: the first calls leave compiled code and caches behind, which are no file's.
  for (let i = 0; i < 5; i++) keep(i);
  const before = settledHeap();
  for (let i = 0; i < reads; i++) kept.push(keep(i));
  const held = settledHeap() - before;
  if (kept.length !== reads) throw new Error('kept');
  return held / reads;
}
