import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection, now. A command calls it between phases when what the first phase
 * built is garbage (`laporan`: the raw sheets, registers and every person's status once the
 * report is computed): V8 would collect it only when the heap has grown further, so the
 * writer's peak would come on top of it, well above the peak of reading the file (issue 13:
 * 500 MB instead of 330 MB at 100,000 rows). It costs a few hundredths of a second. Node
 * exposes gc() only behind a flag; it is set here, for this process alone. Where that is not
 * possible, nothing happens.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
