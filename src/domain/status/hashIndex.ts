/**
 * An index from 32-bit hashes to entry numbers 0, 1, 2, … (open addressing, linear probing),
 * sized once for the number of entries it will hold. The caller keeps the entries and says
 * which candidate with the same hash is the same key.
 *
 * Why not a Map: linking 100k register rows by NIK, and by name and birth date, through Maps
 * cost more than the rest of linking — a Map grows by rebuilding its table again and again,
 * and the name keys were 100k new strings. Here the table is one typed array, allocated once.
 *
 * @example
 * const index = new HashIndex(keys.length);
 * let e = index.first(hashString(key));
 * while (e >= 0 && keys[e] !== key) e = index.next();
 * if (e < 0) index.add(count++); // a new key: entry `count`
 */
export class HashIndex {
  /** Per slot, its entry + 1 (0 = empty) and that entry's hash, side by side: one cache line per probe. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The most entries it holds. */
  readonly capacity: number;
  private size = 0;
  /** Where the last first()/next() stopped, and for which hash. */
  private slot = 0;
  private hash = 0;

  constructor(capacity: number) {
    // At most half full, so that probes stay short.
    let length = 16;
    while (length < capacity * 2) length *= 2;
    this.slots = new Int32Array(length * 2);
    this.mask = length - 1;
    this.capacity = capacity;
  }

  /** Empties the index, to number other entries from 0 again in the same table. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  /** The first entry added with `hash`, or -1 (then add() may store a new one). */
  first(hash: number): number {
    this.hash = hash | 0;
    this.slot = this.hash & this.mask;
    return this.scan();
  }

  /** The next entry with the hash of the last first(), or -1. */
  next(): number {
    this.slot = (this.slot + 1) & this.mask;
    return this.scan();
  }

  /** Stores `entry` under the hash of the last first(), after first()/next() returned -1. */
  add(entry: number): void {
    if (this.size >= this.capacity) throw new Error(`HashIndex is full (${this.capacity} entries)`);
    this.slots[this.slot * 2] = entry + 1;
    this.slots[this.slot * 2 + 1] = this.hash;
    this.size++;
  }

  private scan(): number {
    for (;;) {
      const entry = this.slots[this.slot * 2];
      if (entry === 0) return -1;
      if (this.slots[this.slot * 2 + 1] === this.hash) return entry - 1;
      this.slot = (this.slot + 1) & this.mask;
    }
  }
}

/** The FNV-1a offset basis: the hash of nothing, where hashString starts by default. */
export const HASH_START = 0x811c9dc5 | 0;

/** One more UTF-16 code unit into an FNV-1a hash. */
export const hashCode = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/** FNV-1a over a string's UTF-16 code units, continuing from `hash` (to hash several strings as one). */
export function hashString(s: string, hash: number = HASH_START): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) h = hashCode(h, s.charCodeAt(i));
  return h;
}
