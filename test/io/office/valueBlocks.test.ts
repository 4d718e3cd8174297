import { protectText } from '../../../src/io/office/excelValues';
import { planReadBlocks } from '../../../src/io/office/readBlocks';
import { valueBlocks } from '../../../src/io/office/valueBlocks';

describe('protectText', () => {
  it('keeps what Excel would turn into a number, date, formula or boolean as text', () => {
    for (const text of ['3373010101250001', '0812345678', '12-03-2025', '=SUM(A1)', '+62', '-', 'TRUE', 'salah', "'quoted"]) {
      expect(protectText(text)).toBe(`'${text}`);
    }
    for (const text of ['Kalicacing', 'Baik', 'Td terkini', '']) expect(protectText(text)).toBe(text);
  });
});

describe('valueBlocks', () => {
  it('cuts rows into blocks under the byte limit, pads them to a rectangle and skips empty rows', () => {
    const values = [['Judul'], [], ['a', 'b', 'c'], ...Array.from({ length: 100 }, (_, i) => [i, `nama ${i}`, null])];
    const blocks = valueBlocks(values, 400);
    expect(blocks[0]).toMatchObject({ top: 1, width: 1, rows: [['Judul']] });
    expect(blocks[1].top).toBe(3);
    expect(blocks.slice(1).reduce((n, b) => n + b.rows.length, 0)).toBe(101);
    for (const block of blocks) {
      expect(block.bytes).toBeLessThanOrEqual(400);
      // The estimate is the rows' own JSON (the array's brackets and commas aside).
      expect(block.bytes).toBe(block.rows.reduce((n, row) => n + JSON.stringify(row).length, 0));
      expect(block.rows.every((row) => row.length === block.width)).toBe(true);
    }
    // Consecutive: every row lands exactly once, in order.
    const tops = blocks.slice(1).map((b) => [b.top, b.rows.length]);
    tops.forEach(([top], i) => i > 0 && expect(top).toBe(tops[i - 1][0] + tops[i - 1][1]));
  });
});

describe('planReadBlocks', () => {
  it('covers every row of every sheet once, with at most the block size per sync', () => {
    const areas = [
      { sheet: 'Puskesmas', top: 1, left: 1, rows: 12, columns: 3 },
      { sheet: 'Register Bayi', top: 3, left: 1, rows: 20_001, columns: 26 },
      { sheet: 'Kelurahan', top: 3, left: 2, rows: 9, columns: 7 },
    ];
    const syncs = planReadBlocks(areas, 100_000);
    for (const pieces of syncs) {
      expect(pieces.reduce((n, p) => n + (p.bottom - p.top + 1) * (p.right - p.left + 1), 0)).toBeLessThanOrEqual(100_000);
    }
    for (const area of areas) {
      const rows = syncs.flat().filter((p) => p.sheet === area.sheet).flatMap((p) => Array.from({ length: p.bottom - p.top + 1 }, (_, i) => p.top + i));
      expect(rows).toEqual(Array.from({ length: area.rows }, (_, i) => area.top + i));
    }
    expect(syncs.length).toBe(Math.ceil((12 * 3 + 20_001 * 26 + 9 * 7) / 100_000));
  });
});
