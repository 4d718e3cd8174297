import { OP_BYTES, SYNC_BUDGET_BYTES } from './limits';

/**
 * Queues operations against a byte budget and syncs only when the next one would not fit,
 * so the number of syncs follows the amount of data (one per ~2 MB), never the number of
 * rows, cells or styled ranges.
 */
export class SyncBudget {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Call before queuing an operation of about `bytes` (plus its fixed overhead). */
  async room(bytes = 0): Promise<void> {
    const size = bytes + OP_BYTES;
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    this.pending += size;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.sync();
  }

  /** A sync that must happen now (results of loads are needed). */
  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}

const encoder = new TextEncoder();

/** UTF-8 size of a value as JSON: what it adds to a request. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
