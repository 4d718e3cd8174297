import { CellProblem, readCell } from '../../../src/domain/read/cellValue';

describe('readCell: a date cell counts days in the workbook\'s date system', () => {
  it('reads the same day from the 1900 serial and from the 1904 serial, and text dates alike in both', () => {
    expect(readCell(45658, 'date')).toBe('2025-01-01');
    expect(readCell(45658, 'date', 1900)).toBe('2025-01-01');
    expect(readCell(44196, 'date', 1904)).toBe('2025-01-01');
    expect(readCell('17-08-2024', 'date', 1904)).toBe('2024-08-17');
    // A time of day is dropped in both.
    expect(readCell(44196.75, 'date', 1904)).toBe('2025-01-01');
  });

  it('keeps the plausible range 01-01-1920 … 31-12-9999 in each system', () => {
    expect(readCell(7306, 'date')).toBe('1920-01-01');
    expect(readCell(7305, 'date')).toBeInstanceOf(CellProblem);
    expect(readCell(5844, 'date', 1904)).toBe('1920-01-01');
    expect(readCell(5843, 'date', 1904)).toBeInstanceOf(CellProblem);
    // A year typed as a number is no date in either system.
    expect(readCell(2024, 'date', 1904)).toBeInstanceOf(CellProblem);
    expect(readCell(2957003, 'date', 1904)).toBe('9999-12-31');
    expect(readCell(2957004, 'date', 1904)).toBeInstanceOf(CellProblem);
    expect(readCell(2958465, 'date')).toBe('9999-12-31');
  });

  it('leaves numbers of other column types alone', () => {
    expect(readCell(45658, 'count', 1904)).toBe(45658);
  });
});
