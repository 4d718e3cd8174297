import fc from 'fast-check';
import { insertionSort } from '../../../src/domain/status/insertionSort';

describe('insertionSort', () => {
  it('orders the first `count` items exactly as the stable Array.prototype.sort does, and leaves the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() })), fc.nat(), (items, n) => {
        const count = items.length === 0 ? 0 : n % (items.length + 1);
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items.slice(0, count).sort(byKey), ...items.slice(count)];
        const actual = [...items];
        insertionSort(actual, count, byKey);
        expect(actual).toEqual(expected);
      }),
    );
  });
});
