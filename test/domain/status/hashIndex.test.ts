import fc from 'fast-check';
import { HASH_START, HashIndex, hashString } from '../../../src/domain/status/hashIndex';
import { hashName, nameKey } from '../../../src/domain/status/link';

/** Finds `key` among `keys` through the index, or -1. */
function find(index: HashIndex, keys: readonly string[], key: string, hash: number): number {
  let e = index.first(hash);
  while (e >= 0 && keys[e] !== key) e = index.next();
  return e;
}

describe('HashIndex', () => {
  it('finds every key it was given, and no other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 200 }), fc.string(), (keys, other) => {
        const index = new HashIndex(keys.length);
        keys.forEach((key, i) => {
          expect(find(index, keys, key, hashString(key))).toBe(-1);
          index.add(i);
        });
        keys.forEach((key, i) => expect(find(index, keys, key, hashString(key))).toBe(i));
        if (!keys.includes(other)) expect(find(index, keys, other, hashString(other))).toBe(-1);
      }),
    );
  });

  it('keeps entries whose hashes collide apart (the caller compares the keys)', () => {
    const keys = ['a', 'b', 'c'];
    const index = new HashIndex(keys.length);
    keys.forEach((key, i) => {
      expect(find(index, keys, key, 7)).toBe(-1);
      index.add(i);
    });
    expect(keys.map((key) => find(index, keys, key, 7))).toEqual([0, 1, 2]);
    expect(find(index, keys, 'd', 7)).toBe(-1);
  });

  it('refuses more entries than it was sized for (a bug, not data)', () => {
    const index = new HashIndex(1);
    index.first(1);
    index.add(0);
    index.first(2);
    expect(() => index.add(1)).toThrow('HashIndex is full');
  });
});

describe('hashName (likely duplicates by name)', () => {
  it('is the hash of nameKey(name), for any text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('RINA  WATI', 'Rina Wati', "Nur'aini", 'Nur’aini', 'Ṡiti\u00a0Aisyah', 'İPEK', 'Dewi-Sri.', 'a\tb\nc\u2028d'));
    fc.assert(fc.property(text, fc.integer(), (name, start) => expect(hashName(name, start | 0)).toBe(hashString(nameKey(name), start | 0))));
    expect(hashName('RINA  WATI', HASH_START)).toBe(hashName('Rina Wati', HASH_START));
  });
});
