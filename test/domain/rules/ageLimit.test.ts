import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { readAturan } from '../../../src/domain/rules/aturan/readAturan';
import { applyAturan } from '../../../src/domain/rules/loadRules';
import { ageLimit, formatAgeLimit, lastDayWithin, parseAgeLimit } from '../../../src/domain/rules/ageLimit';
import { interval } from '../../../src/domain/rules/interval';
import { PRESETS } from '../../../src/domain/rules/presets';
import { validateRules } from '../../../src/domain/rules/validateRules';
import { aturanSheetSpec } from '../../../src/sheets/rules/aturanSheet';
import { Cell } from '../../../src/domain/raw';
import { roundTrip } from '../../helpers/workbook';

/*
 * The upper age of a dose as months and days ("6 bulan 29 hari", letter Dirjen P2P
 * IM.02.02/C/3052/2023 for RV): read and written in the Aturan sheet, and its last day worked
 * out as date-fns does it (addMonths, then addDays), never reaching the next whole month. The
 * expected dates below are computed here with date-fns directly, and the month-end ones also
 * written out by hand.
 */

/** date-fns on its own: birth + months, then + days. */
const byDateFns = (birth: string, months: number, days: number) => {
  const [y, m, d] = birth.split('-').map(Number);
  return format(addDays(addMonths(new Date(y, m - 1, d), months), days), 'yyyy-MM-dd');
};

/**
 * date-fns on its own: the age on a day as whole months (the most months date-fns's addMonths
 * can add to the birth date without passing the day; its differenceInMonths counts born
 * 30-07-2023 as 7 months old on 28-02-2024), then the days after the last whole month.
 */
const ageOn = (birth: string, day: string): [number, number] => {
  const [y, m, d] = birth.split('-').map(Number);
  const [yy, mm, dd] = day.split('-').map(Number);
  const born = new Date(y, m - 1, d);
  const on = new Date(yy, mm - 1, dd);
  let months = 0;
  while (addMonths(born, months + 1) <= on) months++;
  return [months, differenceInCalendarDays(on, addMonths(born, months))];
};
const within = ([months, days]: [number, number]) => months < 6 || (months === 6 && days <= 29);

const RV = ageLimit(interval(6, 'bulan'), interval(29, 'hari'));

describe('parseAgeLimit / formatAgeLimit', () => {
  it.each([
    ['6 bulan 29 hari', '6 bulan 29 hari'],
    ['6 Bulan  29 Hari', '6 bulan 29 hari'],
    ['6 bln 29 hr', '6 bulan 29 hari'],
    ['6 bulan dan 29 hari', '6 bulan 29 hari'],
    ['6 bulan, 29 hari', '6 bulan 29 hari'],
    ['6bulan29hari', '6 bulan 29 hari'],
    ['7 hari', '7 hari'],
    ['7 bulan', '7 bulan'],
    ['1 tahun 2 bulan', '1 tahun 2 bulan'],
    ['2 minggu', '2 minggu'],
  ])('reads "%s" and writes it back as "%s", which reads to the same value', (typed, written) => {
    const read = parseAgeLimit(typed);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(formatAgeLimit(read.value)).toBe(written);
    expect(parseAgeLimit(written)).toEqual(read);
  });

  it('reads "6 bulan 29 hari" as 6 months, then 29 days', () => {
    expect(parseAgeLimit('6 bulan 29 hari')).toEqual({ ok: true, value: RV });
  });

  it.each([
    ['29 hari 6 bulan', 'tulis satuan yang lebih besar dulu'],
    ['6 bulan 2 bulan', 'tulis satuan yang lebih besar dulu'],
    ['6 bulan 29', 'bagian "29" tidak terbaca'],
    ['7', 'tidak bersatuan'],
    ['enam bulan', 'bukan jarak waktu'],
    ['6 purnama', 'satuan "purnama" tidak dikenal'],
    ['', 'batas umur kosong'],
  ])('refuses "%s" with a reason (%s), never a guess', (typed, reason) => {
    const read = parseAgeLimit(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain(reason);
  });
});

describe('the last day within "6 bulan 29 hari" (date-fns: months first, then days)', () => {
  // Each birth with its last day written out by hand: the month-end and leap-year cases.
  it.each([
    ['2025-01-10', '2025-08-08', 'ordinary: 10-07-2025 + 29 days'],
    ['2025-01-31', '2025-08-29', '31 January: 31 July + 29 days (7 months is 31 August)'],
    ['2024-08-31', '2025-03-29', '31 August: 6 months clamps to 28 February 2025, + 29 days'],
    ['2023-08-31', '2024-03-29', '31 August before a leap year: 29 February 2024 + 29 days'],
    ['2024-02-29', '2024-09-27', 'born on a leap day: 29 August + 29 days'],
    ['2024-12-31', '2025-07-29', '31 December: 30 June (clamped) + 29 days'],
    ['2024-08-01', '2025-02-28', 'the seventh month is February: 01-02-2025 + 29 days would be 02-03-2025, but the child is 7 months old on 01-03-2025'],
    ['2023-08-01', '2024-02-29', 'the seventh month is a leap February: 7 months on 01-03-2024'],
  ])('born %s: %s (%s)', (birth, last) => {
    expect([byDateFns(birth, 6, 29), byDateFns(birth, 7, -1)].sort()[0]).toBe(last);
    expect(lastDayWithin(birth, RV, 'kalender')).toBe(last);
  });

  it('is, for every birth date of 2023–2025, the last day on which date-fns counts the age as at most 6 months 29 days', () => {
    const wrong: string[] = [];
    for (let birth = '2023-01-01'; birth <= '2025-12-31'; birth = byDateFns(birth, 0, 1)) {
      const last = lastDayWithin(birth, RV, 'kalender');
      const next = byDateFns(last, 0, 1);
      if (!within(ageOn(birth, last)) || within(ageOn(birth, next))) wrong.push(`${birth} → ${last}`);
    }
    expect(wrong).toEqual([]);
  });

  it('counts 30-day months when the Aturan sheet says so: 6 × 30 + 29 = 209 days', () => {
    expect(lastDayWithin('2025-01-10', RV, 'hari')).toBe(format(addDays(new Date(2025, 0, 10), 209), 'yyyy-MM-dd'));
  });

  it('keeps one-unit limits as they were: HB0 7 days, an old "7 bulan"', () => {
    expect(lastDayWithin('2024-02-26', ageLimit(interval(7, 'hari')), 'kalender')).toBe('2024-03-04');
    expect(lastDayWithin('2025-01-31', ageLimit(interval(7, 'bulan')), 'kalender')).toBe(byDateFns('2025-01-31', 7, 0));
  });
});

describe('Batas umur in the Aturan sheet', () => {
  it('the preset says "6 bulan 29 hari" for RV 1–3 and "7 hari" for HB0, in the validated rules', () => {
    const limits = Object.fromEntries(PRESETS.td.infant.schedule.filter((r) => r.expiry).map((r) => [r.dose, formatAgeLimit(r.expiry!)]));
    expect(limits).toEqual({ hb0: '7 hari', rv1: '6 bulan 29 hari', rv2: '6 bulan 29 hari', rv3: '6 bulan 29 hari' });
    expect(validateRules(PRESETS.td)).toEqual([]);
  });

  it('written in the template sheet and read back from a real xlsx file, changes nothing', () => {
    const spec = aturanSheetSpec();
    expect(spec.values.find((r) => r[0] === 'Batas umur RV 3')?.[2]).toMatch(/^Bawaan: 6 bulan 29 hari\./);
    // The preset's values typed into Nilai, as a puskesmas would, and read back.
    const typed = spec.values.map((r, i) => (i >= 3 && typeof r[0] === 'string' && r[0].startsWith('Batas umur') ? [r[0], (r[2] as string).replace(/^Bawaan: ([^.]+)\..*$/, '$1'), r[2]] : r));
    expect(typed.slice(3).filter((r) => r[1]).map((r) => `${String(r[0])}=${String(r[1])}`)).toEqual(['Batas umur HB0=7 hari', 'Batas umur RV 1=6 bulan 29 hari', 'Batas umur RV 2=6 bulan 29 hari', 'Batas umur RV 3=6 bulan 29 hari']);
    const aturan = readAturan(roundTrip({ Aturan: typed as Cell[][] }))!;
    const applied = applyAturan(PRESETS.td, aturan);
    expect(applied.findings).toEqual([]);
    expect(applied.rules).toEqual(PRESETS.td);
    expect(applied.overrides.map((o) => o.value)).toEqual(['7 hari', '6 bulan 29 hari', '6 bulan 29 hari', '6 bulan 29 hari']);
  });

  it('reads an old sheet saying "7 bulan" as 7 months, and another spelling of 6 months 29 days as that', () => {
    const aturan = readAturan(roundTrip({ Aturan: [['Aturan', 'Nilai'], ['Batas umur RV 1', '7 bulan'], ['Batas umur Rotavirus 2', '6 bln 29 hr'], ['Batas umur RV 3', '29 hari 6 bulan']] }))!;
    const { rules, findings, overrides } = applyAturan(PRESETS.td, aturan);
    const limit = (dose: string) => rules.infant.schedule.find((r) => r.dose === dose)!.expiry!;
    expect(limit('rv1')).toEqual(ageLimit(interval(7, 'bulan')));
    expect(lastDayWithin('2025-01-31', limit('rv1'), 'kalender')).toBe('2025-08-31');
    expect(limit('rv2')).toEqual(RV);
    expect(overrides.map((o) => `${o.name}=${o.value}`)).toEqual(['Batas umur RV 1=7 bulan', 'Batas umur RV 2=6 bulan 29 hari']);
    // The misordered one keeps the preset's value and says why, naming the sheet and row.
    expect(limit('rv3')).toEqual(RV);
    expect(findings.map((f) => `${f.code}@${f.cell}: ${f.message}`)).toEqual([
      'RULE_INVALID@B4: Aturan baris 4, aturan "Batas umur RV 3": "29 hari 6 bulan": tulis satuan yang lebih besar dulu dan setiap satuan sekali (tahun, bulan, minggu, hari), mis. "7 hari", "7 bulan" atau "6 bulan 29 hari". Sementara dipakai nilai bawaan (6 bulan 29 hari).',
    ]);
  });

  it('validateRules refuses a limit without parts or with its units out of order', () => {
    const withLimit = (expiry: ReturnType<typeof ageLimit>) => ({ ...PRESETS.td, infant: { ...PRESETS.td.infant, schedule: PRESETS.td.infant.schedule.map((r) => (r.dose === 'rv1' ? { ...r, expiry } : r)) } });
    expect(validateRules(withLimit(ageLimit())).map((p) => p.message)).toEqual(['batas umur belum berisi angka dan satuan']);
    expect(validateRules(withLimit(ageLimit(interval(29, 'hari'), interval(6, 'bulan')))).map((p) => p.message)).toEqual(['satuan batas umur harus dari yang besar ke yang kecil (tahun, bulan, minggu, hari), setiap satuan sekali']);
  });
});
