import { DAYS_1900_TO_1904, isoDateToSerial, serialIn, serialToIsoDate } from '../../../src/domain/dates/excelSerial';

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

describe('Excel serials in the 1904 date system', () => {
  it('counts from 01-01-1904 as serial 0, without the 1900 leap-year bug', () => {
    expect(serialToIsoDate(0, 1904)).toBe('1904-01-01');
    expect(serialToIsoDate(59, 1904)).toBe('1904-02-29');
    expect(serialToIsoDate(45658 - 1462, 1904)).toBe('2025-01-01');
    expect(serialToIsoDate(2957003, 1904)).toBe('9999-12-31');
    expect(serialToIsoDate(2957004, 1904)).toBeNull();
    expect(serialToIsoDate(-1, 1904)).toBeNull();
    expect(isoDateToSerial('1904-01-01', 1904)).toBe(0);
    expect(DAYS_1900_TO_1904).toBe(1462);
  });

  it('names the same day 1462 smaller than the 1900 system for every day from 1904 on, both ways', () => {
    for (let serial = 1462; serial < 80000; serial += 31) {
      const day = serialToIsoDate(serial)!;
      expect(serialToIsoDate(serial - 1462, 1904)).toBe(day);
      expect(isoDateToSerial(day, 1904)).toBe(serial - 1462);
      expect(serialIn(serial, 1904)).toBe(serial - 1462);
      expect(serialIn(serial, 1900)).toBe(serial);
    }
  });

  it('keeps the two systems apart in the memo: a serial converted in one is not reused for the other', () => {
    expect(serialToIsoDate(45658)).toBe('2025-01-01');
    expect(serialToIsoDate(45658, 1904)).toBe('2029-01-02');
    expect(serialToIsoDate(45658)).toBe('2025-01-01');
  });
});
