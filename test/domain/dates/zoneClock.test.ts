import { clockReading, startOfDayStamp } from '../../../src/domain/dates/zoneClock';
import { defaultReportPeriod } from '../../../src/domain/reports/period';
import { stampInZone, todayInZone } from '../../../src/io/clock';

const at = (iso: string) => new Date(iso).getTime();

describe('the core clock: an instant on a zone\'s wall clock', () => {
  it('reads the local date, the stamp with its offset and the stamp for people', () => {
    expect(clockReading(at('2026-01-05T02:15:42.900Z'), 'WIB')).toEqual({ today: '2026-01-05', stamp: '2026-01-05T09:15:42+07:00', human: '05-01-2026 09:15 WIB' });
    expect(clockReading(at('2025-12-31T16:30:00Z'), 'WIB').today).toBe('2025-12-31');
    expect(clockReading(at('2025-12-31T16:30:00Z'), 'WITA')).toEqual({ today: '2026-01-01', stamp: '2026-01-01T00:30:00+08:00', human: '01-01-2026 00:30 WITA' });
    expect(clockReading(at('2025-12-31T16:30:00Z'), 'WIT').stamp).toBe('2026-01-01T01:30:00+09:00');
    expect(startOfDayStamp('2026-01-15')).toBe('2026-01-15T00:00:00+07:00');
    expect(startOfDayStamp('2026-01-15', 'WIT')).toBe('2026-01-15T00:00:00+09:00');
  });

  it('is what the adapters\' clock gives (io/clock only passes the instant)', () => {
    const now = new Date('2025-11-01T16:30:00Z');
    expect(todayInZone('WITA', now)).toBe('2025-11-02');
    expect(stampInZone('WITA', now)).toEqual({ human: '02-11-2025 00:30 WITA', iso: '2025-11-02T00:30:00+08:00' });
  });
});

describe('defaultReportPeriod: the month every door offers first', () => {
  it('is last month until the 10th (the report deadline), this month afterwards', () => {
    expect(defaultReportPeriod(at('2025-11-10T05:00:00Z'), 'WIB')).toEqual({ year: 2025, month: 10 });
    expect(defaultReportPeriod(at('2025-11-11T05:00:00Z'), 'WIB')).toEqual({ year: 2025, month: 11 });
    expect(defaultReportPeriod(at('2026-01-03T05:00:00Z'), 'WIB')).toEqual({ year: 2025, month: 12 });
  });

  it('turns over at midnight on the puskesmas\'s clock, not the machine\'s', () => {
    // 10 Nov 16:30 UTC: 23:30 on the 10th in WIB, 01:30 on the 11th in WIT.
    expect(defaultReportPeriod(at('2025-11-10T16:30:00Z'), 'WIB')).toEqual({ year: 2025, month: 10 });
    expect(defaultReportPeriod(at('2025-11-10T16:30:00Z'), 'WIT')).toEqual({ year: 2025, month: 11 });
  });
});
