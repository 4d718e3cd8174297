import { DateMemo } from '../../../src/domain/dates/dateMemo';

describe('DateMemo', () => {
  it('keeps one value per date string, in and outside its years, malformed strings too', () => {
    const memo = new DateMemo<string>();
    const keys = ['2024-01-31', '2024-02-01', '2024-12-31', '1900-01-01', '2099-12-31', '1899-12-31', '2100-01-01', '0024-01-01', '2024-1-31', '2024-01-3x', '', 'not a date'];
    keys.forEach((k) => memo.set(k, `v:${k}`));
    for (const k of keys) expect(memo.get(k)).toBe(`v:${k}`);
    expect(memo.get('2024-01-30')).toBeUndefined();
    expect(memo.get('2024-13-01')).toBeUndefined();
  });
});
