/**
 * Sorts the first `count` items in place, stably, as Array.prototype.sort does: a person's few
 * rows or events come nearly in order, and sort() would make temporary arrays for each of 100k
 * persons.
 */
export function insertionSort<T>(items: T[], count: number, compare: (a: T, b: T) => number): void {
  for (let i = 1; i < count; i++) {
    const item = items[i];
    let j = i;
    while (j > 0 && compare(items[j - 1], item) > 0) {
      items[j] = items[j - 1];
      j--;
    }
    items[j] = item;
  }
}
