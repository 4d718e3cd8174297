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
    // 20 wide holds 22 characters a line: the 59-character message needs 3 lines; the long
    // file name in the column that does not wrap adds no height.
    expect(spec.rowHeights?.[first]).toBeUndefined();
    expect(spec.rowHeights?.[first + 1]).toBe(45);
  });

  it('leaves data rows at their height without wrap columns', () => {
    const spec = table(false);
    expect(Object.keys(spec.rowHeights ?? {})).toEqual([String(TABLE_HEADER_ROW)]);
    expect(spec.styles?.some((s) => s.style.wrap && s.range.startsWith('B'))).toBe(false);
  });
});
