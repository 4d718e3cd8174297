import { readFileSync } from 'node:fs';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { earlierDataPeriod, MONTHS } from '../../src/ui/period';

describe('MONTHS', () => {
  it('names the months in Indonesian', () => {
    expect(MONTHS.map((m) => m.name)).toEqual(['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);
  });
});

describe('earlierDataPeriod (file mode: an older file)', () => {
  const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
  const blank = readWorkbookBytes(new Uint8Array(readFileSync('templates/register-imunisasi.xlsx')));
  const now = new Date('2026-11-25T03:00:00Z');

  it('gives the last month with data when the chosen month is later (the sample ends in December 2025)', () => {
    expect(earlierDataPeriod(contoh, now, { year: 2026, month: 11 })).toEqual({ year: 2025, month: 12 });
    expect(earlierDataPeriod(contoh, now, { year: 2026, month: 1 })).toEqual({ year: 2025, month: 12 });
  });

  it('leaves the chosen month alone when the file has data in it or later, or no data at all', () => {
    expect(earlierDataPeriod(contoh, now, { year: 2025, month: 12 })).toBeNull();
    expect(earlierDataPeriod(contoh, now, { year: 2025, month: 6 })).toBeNull();
    expect(earlierDataPeriod(blank, now, { year: 2026, month: 11 })).toBeNull();
  });

  it('counts only data up to today in the puskesmas zone (a dose typed in the future is no data yet)', () => {
    // On 15 June 2025 the sample's latest data is June 2025.
    expect(earlierDataPeriod(contoh, new Date('2025-06-15T03:00:00Z'), { year: 2025, month: 11 })).toEqual({ year: 2025, month: 6 });
  });
});
