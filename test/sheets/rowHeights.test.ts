import { wrappedRowHeights } from '../../src/sheets/rowHeights';

describe('wrappedRowHeights', () => {
  const widths = [10, 20];

  it('gives a row the lines its longest wrapped cell needs, and leaves one-line rows alone', () => {
    const values = [['pendek', 'x'.repeat(22)], ['a'.repeat(23), 'b'.repeat(67)], ['satu\ndua\ntiga']];
    // 10 wide holds 11 characters a line, 20 wide holds 22.
    expect(wrappedRowHeights(values, widths, [1, 2, 3])).toEqual({ 2: 60, 3: 45 });
  });

  it('counts a merged cell as wide as the columns it covers', () => {
    expect(wrappedRowHeights([['y'.repeat(30)]], widths, [1], ['A1:B1'])).toEqual({});
    expect(wrappedRowHeights([['y'.repeat(30)]], widths, [1])).toEqual({ 1: 45 });
  });

  it('only looks at the rows asked for', () => {
    expect(wrappedRowHeights([['z'.repeat(50)], ['z'.repeat(50)]], widths, [2])).toEqual({ 2: 75 });
  });
});
