import { isoDateToSerial, serialToIsoDate } from '../../../src/domain/dates/excelSerial';

describe('Excel serials', () => {
  it('maps the serials Excel shows for known dates', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(45658)).toBe('2025-01-01');
    expect(serialToIsoDate(45351)).toBe('2024-02-29');
  });

  it('refuses serial 60, the 29 February 1900 that never was, and non-days', () => {
    expect(serialToIsoDate(60)).toBeNull();
    expect(serialToIsoDate(0)).toBeNull();
    expect(serialToIsoDate(-5)).toBeNull();
    expect(serialToIsoDate(Number.NaN)).toBeNull();
  });

  it('maps the turn of 2100 (not a leap year) and Excel\'s last day, and nothing after it', () => {
    expect(serialToIsoDate(73050)).toBe('2099-12-31');
    expect(serialToIsoDate(73051)).toBe('2100-01-01');
    expect(serialToIsoDate(73109)).toBe('2100-02-28');
    expect(serialToIsoDate(73110)).toBe('2100-03-01');
    expect(serialToIsoDate(2958465)).toBe('9999-12-31');
    expect(serialToIsoDate(2958466)).toBeNull();
  });

  it('drops the time of day', () => {
    expect(serialToIsoDate(45658.99)).toBe('2025-01-01');
  });

  it('round-trips every day across the leap-year bug and a century', () => {
    for (let serial = 1; serial < 80000; serial += serial < 400 ? 1 : 37) {
      if (serial === 60) continue;
      expect(isoDateToSerial(serialToIsoDate(serial)!)).toBe(serial);
    }
  });
});
