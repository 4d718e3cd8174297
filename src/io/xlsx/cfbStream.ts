const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const STREAM = 2;
const ROOT = 5;

const u16 = (b: Uint8Array, at: number) => b[at] + (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 0x10000;

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/**
 * What a Compound File (an .xls's container) holds at its root under one of `names` (tried in
 * order, any letter case): the stream's bytes; 'none' when it holds none of them, or holds an
 * encrypted package; 'unclear' when the container is not plain enough to be sure this is the
 * stream SheetJS would read (damaged chains, two streams of one name, odd names), so that the
 * caller can ask SheetJS's own reader instead.
 */
export function cfbRootStream(bytes: Uint8Array, names: readonly string[]): Uint8Array | 'none' | 'unclear' {
  try {
    return rootStream(bytes, names);
  } catch (error) {
    if (error instanceof Unclear) {
      return 'unclear';
    }
    throw error;
  }
}

class Unclear extends Error {}

function rootStream(bytes: Uint8Array, names: readonly string[]): Uint8Array | 'none' {
  const unclear = (why: string): never => {
    throw new Unclear(why);
  };
  if (bytes.length < 512 || u32(bytes, 0) !== 0xe011cfd0 || u32(bytes, 4) !== 0xe11ab1a1) unclear('no header');
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) unclear('sector size');
  const sectorSize = 1 << shift;
  const miniSize = 1 << u16(bytes, 0x20);
  const perSector = sectorSize / 4;
  const sectors = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (i: number) => (i < sectors ? (i + 1) * sectorSize : unclear('sector beyond the file'));

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatCount = u32(bytes, 0x2c);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, 0x4c + 4 * i));
  for (let d = u32(bytes, 0x44), hops = 0; fatSectors.length < fatCount; hops++) {
    if (d === END_OF_CHAIN || d === FREE || hops > sectors) unclear('DIFAT');
    const at = sectorAt(d);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, at + 4 * i));
    d = u32(bytes, at + sectorSize - 4);
  }
  const next = (i: number) => {
    const fat = fatSectors[Math.floor(i / perSector)];
    return fat === undefined ? unclear('FAT') : u32(bytes, sectorAt(fat) + 4 * (i % perSector));
  };
  /** The sectors of a chain, in order (a loop or a chain off the file is unclear). */
  const chain = (start: number, follow: (i: number) => number, limit: number) => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let i = start; i !== END_OF_CHAIN; i = follow(i)) {
      if (seen.has(i) || out.length >= limit) unclear('chain');
      seen.add(i);
      out.push(i);
    }
    return out;
  };

  const dirBytes = gather(bytes, chain(u32(bytes, 0x30), next, sectors).map(sectorAt), sectorSize, Infinity);
  const entries: DirEntry[] = [];
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const nameBytes = Math.min(64, u16(dirBytes, at + 0x40));
    let name = '';
    for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(u16(dirBytes, at + i));
    if (u32(dirBytes, at + 0x7c) !== 0 && shift === 12) unclear('stream over 4 GB');
    entries.push({ name, type: dirBytes[at + 0x42], left: u32(dirBytes, at + 0x44), right: u32(dirBytes, at + 0x48), child: u32(dirBytes, at + 0x4c), start: u32(dirBytes, at + 0x74), size: u32(dirBytes, at + 0x78) });
  }
  const root = entries[0];
  if (!root || root.type !== ROOT) unclear('no root');
  if (entries.some((e) => e.name.toUpperCase() === 'ENCRYPTEDPACKAGE')) return 'none';

  // The root's children: its child and, from there, the left and right siblings.
  const children: DirEntry[] = [];
  const seen = new Set<number>();
  const stack = [root.child];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === FREE || i === END_OF_CHAIN) continue;
    if (seen.has(i) || !entries[i]) unclear('directory tree');
    seen.add(i);
    children.push(entries[i]);
    stack.push(entries[i].left, entries[i].right);
  }
  // SheetJS's find also matches a name with NULs dropped (and \u0001 read as "!"): such a name is unclear.
  const loose = (name: string) => name.toUpperCase().replace(/\u0000/g, '').replace(/\u0001/g, '!');
  if (children.some((e) => /[\u0000\u0001]/.test(e.name) && names.some((n) => loose(e.name) === n.toUpperCase()))) unclear('odd names');
  if (children.some((e) => e.name.toUpperCase() === 'ENCRYPTION')) return 'none';
  for (const wanted of names) {
    const found = children.filter((e) => e.name.toUpperCase() === wanted.toUpperCase());
    if (found.length === 0) continue;
    if (found.length > 1 || found[0].type !== STREAM) unclear('two streams of one name');
    const stream = found[0];
    if (stream.size >= u32(bytes, 0x38)) return gather(bytes, chain(stream.start, next, sectors).map(sectorAt), sectorSize, stream.size);
    // A small stream lies in the mini stream (the root's chain), in mini sectors chained by the mini FAT.
    const miniFat = gather(bytes, chain(u32(bytes, 0x3c), next, sectors).map(sectorAt), sectorSize, Infinity);
    const container = gather(bytes, chain(root.start, next, sectors).map(sectorAt), sectorSize, root.size);
    const miniCount = Math.floor(container.length / miniSize);
    const miniNext = (i: number) => (4 * i + 4 <= miniFat.length ? u32(miniFat, 4 * i) : unclear('mini FAT'));
    const miniSectors = chain(stream.start, miniNext, miniCount).map((i) => (i < miniCount ? i * miniSize : unclear('mini sector')));
    return gather(container, miniSectors, miniSize, stream.size);
  }
  return 'none';
}

/** The sectors at `offsets` (each `size` bytes) joined, cut to `length`; a chain shorter than `length` is unclear. */
function gather(bytes: Uint8Array, offsets: number[], size: number, length: number): Uint8Array {
  const total = Math.min(length, offsets.length * size);
  if (length !== Infinity && total < length) throw new Unclear('chain shorter than its stream');
  const out = new Uint8Array(total);
  offsets.forEach((at, k) => {
    const piece = bytes.subarray(at, Math.min(at + size, at + total - k * size));
    if (k * size < total) out.set(piece, k * size);
  });
  return out;
}
