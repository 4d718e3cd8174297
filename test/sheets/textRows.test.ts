import { SheetSpec } from '../../src/sheets/spec';
import { cellFont, cellTextPoints, linesHeight, wrappedLineCount, wrapTextRows } from '../../src/sheets/textRows';

const NOTE = 'Stok akhir hitung = stok awal + diterima − dipakai − rusak/ED; Selisih = stok akhir tercatat − stok akhir hitung (harus 0).';

describe('lines of text outside the tables', () => {
  it('counts the lines a text wraps to at spaces, more in a narrower cell and in a larger or bold font', () => {
    const regular = { size: 8, bold: false };
    expect(wrappedLineCount('Sumber', cellTextPoints([20]), regular)).toBe(1);
    const wide = wrappedLineCount(NOTE, cellTextPoints([60]), regular);
    const narrow = wrappedLineCount(NOTE, cellTextPoints([30]), regular);
    expect(wide).toBeGreaterThanOrEqual(2);
    expect(narrow).toBeGreaterThan(wide);
    expect(wrappedLineCount(NOTE, cellTextPoints([30]), { size: 11, bold: true })).toBeGreaterThan(narrow);
    // A word longer than the line breaks within itself.
    expect(wrappedLineCount('x'.repeat(200), cellTextPoints([10]), regular)).toBeGreaterThan(3);
  });

  it('reads a cell font from the styles, the last one naming it winning', () => {
    const styles = [
      { range: 'A1:C3', style: { fontSize: 9 } },
      { range: 'A2', style: { fontSize: 14, bold: true } },
    ];
    expect(cellFont(styles, 1, 2)).toEqual({ size: 9, bold: false });
    expect(cellFont(styles, 2, 1)).toEqual({ size: 14, bold: true });
    expect(cellFont(styles, 5, 1)).toEqual({ size: 11, bold: false });
  });

  it('merges each line from its cell to the given column, wraps it and sizes its row, once for a row named twice', () => {
    const spec: SheetSpec = {
      name: 'Uji',
      role: 'report',
      values: [['Judul'], [NOTE], ['Kelengkapan', NOTE], ['a', 'b', 'c', 'd']],
      columnWidths: [10, 10, 10, 10],
      merges: ['A2:D2'],
      styles: [{ range: 'A2', style: { fontSize: 8, italic: true } }],
    };
    const out = wrapTextRows(spec, [1, 2, 2, 3], 2);
    // Row 3's text stands in B, the last column given: wrapped there, nothing to merge.
    expect(out.merges).toEqual(['A1:B1', 'A2:B2']);
    expect(out.styles).toContainEqual({ range: 'B3:B3', style: { wrap: true, vertical: 'top' } });
    expect(out.rowHeights![2]).toBe(linesHeight(wrappedLineCount(NOTE, cellTextPoints([10, 10]), { size: 8, bold: false }), { size: 8, bold: false }));
    expect(out.rowHeights![3]).toBeGreaterThan(out.rowHeights![2]);
    // The table row is not a line of text: untouched.
    expect(out.rowHeights![4]).toBeUndefined();
  });
});
