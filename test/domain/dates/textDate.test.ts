import { parseTextDate } from '../../../src/domain/dates/textDate';

describe('parseTextDate (day-month-year, strict)', () => {
  it.each([
    ['01-02-2024', '2024-02-01'],
    ['1/2/2024', '2024-02-01'],
    ['1.2.2024', '2024-02-01'],
    [' 1 - 2 - 2024 ', '2024-02-01'],
    ['1 Februari 2024', '2024-02-01'],
    ['1 Pebruari 2024', '2024-02-01'],
    ['1 Feb 2024', '2024-02-01'],
    ['1-Feb-2024', '2024-02-01'],
    ['17 AGUSTUS 2025', '2025-08-17'],
    ['17 Agt 2025', '2025-08-17'],
    ['10 Nopember 2023', '2023-11-10'],
    ['29-02-2024', '2024-02-29'],
    ['2024-02-01', '2024-02-01'],
    ['31 Des 2025', '2025-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTextDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['31/13/2024', 'no-such-day'],
    ['29-02-2023', 'no-such-day'],
    ['31-04-2024', 'no-such-day'],
    ['00-01-2024', 'no-such-day'],
    ['01-02-24', 'two-digit-year'],
    ['1/2/24', 'two-digit-year'],
    ['1 Feb 24', 'two-digit-year'],
    ['Feb 2024', 'not-a-date'],
    ['2/1/2024 10:00', 'not-a-date'],
    ['1 Febr 2024', 'not-a-date'],
    ['kemarin', 'not-a-date'],
    ['1-2/2024', 'not-a-date'],
    ['1-2-202', 'not-a-date'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseTextDate(text)).toEqual({ ok: false, problem });
  });
});
