import { reportTableSheet, TABLE_HEADER_ROW } from '../../src/sheets/reportTable';

describe('reportTableSheet', () => {
  const meta = { generatedAt: '15-01-2026 09:00 WIB', period: 'Desember 2025', sources: 'uji' };
  const table = (wrap: boolean) =>
    reportTableSheet({
      name: 'Uji',
      title: 'UJI',
      puskesmas: null,
      identity: 'Kota Uji',
      meta,
      columns: [{ header: 'File', width: 12 }, { header: 'Pesan', width: 20, wrap }],
      rows: [
        ['nama-file-yang-panjang-sekali.xlsx', 'pendek'],
        ['a.xlsx', 'pesan ini panjang dan harus dibungkus menjadi beberapa baris'],
      ],
    });

  it('wraps a wrap column and makes each data row as tall as its wrapped message, no other column counting', () => {
    const spec = table(true);
    const first = TABLE_HEADER_ROW + 1;
    expect(spec.styles).toContainEqual({ range: `B${first}:B${first + 1}`, style: { wrap: true } });
    expect(spec.styles).toContainEqual({ range: `A${first}:B${first + 1}`, style: { vertical: 'top' } });
    // 20 wide holds about 18 characters a line of DejaVu Sans (LibreOffice's stand-in for Calibri,
    // the wider of the two): the 59-character message needs 4 lines of 15 points; the long file
    // name in the column that does not wrap adds no height.
    expect(spec.rowHeights?.[first]).toBeUndefined();
    expect(spec.rowHeights?.[first + 1]).toBe(63);
  });

  it('leaves data rows at their height without wrap columns', () => {
    const spec = table(false);
    expect(Object.keys(spec.rowHeights ?? {}).filter((r) => Number(r) >= TABLE_HEADER_ROW)).toEqual([String(TABLE_HEADER_ROW)]);
    expect(spec.styles?.some((s) => s.style.wrap && s.range.startsWith('B'))).toBe(false);
  });

  it('wraps the lines of text above and under the table over its width, each row as tall as its lines', () => {
    const spec = table(true);
    // The marker line (8-point italic, 142 characters) over the table's 32 width units: 4 lines.
    expect(spec.merges).toContain('A1:B1');
    expect(spec.styles).toContainEqual({ range: 'A1:B1', style: { wrap: true, vertical: 'top' } });
    expect(spec.rowHeights?.[1]).toBe(Math.ceil(4 * 8 * 1.36 + 3));
    // A short line (the identity) takes one line of 10 points.
    expect(spec.rowHeights?.[3]).toBe(Math.ceil(10 * 1.36 + 3));
  });

  it('wraps a word standing for a number in a number column too narrow for it, in 8 points, its row tall enough', () => {
    const spec = reportTableSheet({
      name: 'Uji',
      title: 'UJI',
      puskesmas: null,
      identity: 'Kota Uji',
      meta,
      columns: [{ header: 'Puskesmas', width: 20 }, { header: 'RV 1 %', width: 8, format: '0.0%' }],
      rows: [
        ['P1', 0.5],
        ['P2', 'tidak dilaporkan'],
      ],
    });
    const row = TABLE_HEADER_ROW + 2;
    expect(spec.styles).toContainEqual({ range: `B${row}:B${row}`, style: { wrap: true, fontSize: 8, vertical: 'middle' } });
    expect(spec.rowHeights?.[row]).toBeGreaterThanOrEqual(2 * 11);
    expect(spec.styles?.some((s) => s.range === `B${row - 1}:B${row - 1}`)).toBe(false);
  });
});
