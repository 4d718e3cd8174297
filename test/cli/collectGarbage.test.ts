import { collectGarbage } from '../../src/cli/collectGarbage';

describe('collectGarbage', () => {
  it('frees what nothing refers to any more, now', () => {
    let garbage: number[][] | null = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 1000 }, (__, j) => i + j + 0.5));
    const before = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(2000);
    garbage = null;
    collectGarbage();
    // About 16 MB of doubles were held; after the collection they are gone.
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 1024 * 1024);
  });
});
