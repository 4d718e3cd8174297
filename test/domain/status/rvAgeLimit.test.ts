import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { checkWorkbook } from '../../../src/app/checkWorkbook';
import { Finding } from '../../../src/domain/findings';
import { Cell } from '../../../src/domain/raw';
import { PRESETS } from '../../../src/domain/rules/presets';
import { dueList } from '../../../src/domain/status/dueList';
import { person, Rec, registerWorkbook, statusOf } from '../../helpers/registers';

/*
 * RV "paling lambat umur 6 bulan 29 hari" (letter Dirjen P2P IM.02.02/C/3052/2023) at its
 * boundaries, through the real pipeline (xlsx written and read by SheetJS, Periksa, the status
 * engine, Jadwal Bulan Ini): a dose at 6 months 28 or 29 days is in time, at 6 months 30 days
 * it is late, and at 7 months always late (where the seventh month is February, 6 months
 * 29 days would pass the 7-month day; the child is 7 months old then, so the last day is the day
 * before). The expected dates come from date-fns here, not from the code under test.
 */
const today = '2026-06-30';
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const fromIso = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const plus = (birth: string, months: number, days: number) => iso(addDays(addMonths(fromIso(birth), months), days));
/** The last day under 6 months 29 days: birth + 6 months + 29 days, but before the child is 7 months old. */
const lastDay = (birth: string) => [plus(birth, 6, 29), plus(birth, 7, -1)].sort()[0];

const BIRTHS = ['2025-01-10', '2025-01-31', '2024-08-31', '2023-08-31', '2024-02-29', '2024-12-31', '2024-08-01', '2023-08-01', '2025-01-02'];
const OFFSETS = [
  ['6m28d', 6, 28],
  ['6m29d', 6, 29],
  ['6m30d', 6, 30],
  ['7m', 7, 0],
] as const;

const child = (i: number, tanggalLahir: string, doses: Rec): Rec => ({ kodeKK: `R${i}`, noUrut: 3, nama: `Anak ${i}`, jk: 'P', tanggalLahir, namaSuami: `Ibu ${i}`, kodeKelurahan: 'K01', noHp: '081234567890', ...doses });
const cases = BIRTHS.flatMap((birth) => OFFSETS.map(([label, months, days]) => ({ birth, label, date: plus(birth, months, days) })));
// One child per case, the dose as RV 1 (Register Bayi row = index + 2).
const bayi = cases.map((c, i) => child(i, c.birth, { rv1: c.date }));
const aturan = (...rows: [string, string][]): Cell[][] => [['Aturan', 'Nilai'], ...rows];
const lateRows = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'DOSE_PAST_AGE_LIMIT' && f.column === 'RV 1').map((f) => f.row);
const row = (c: (typeof cases)[number]) => cases.indexOf(c) + 2;

describe('RV 1 at 6 months 28 days, 6 months 29 days, 6 months 30 days and 7 months', () => {
  const findings = checkWorkbook(registerWorkbook({ bayi }), { today }).findings;

  it('reads every case without another finding on its row', () => {
    expect(findings.filter((f) => f.sheet === 'Register Bayi' && f.code !== 'DOSE_PAST_AGE_LIMIT' && f.severity === 'error')).toEqual([]);
  });

  it('warns exactly about the doses after birth + 6 months + 29 days (or, where that passes 7 months, from 7 months)', () => {
    const expected = cases.filter((c) => c.date > lastDay(c.birth)).map(row);
    expect(lateRows(findings)).toEqual(expected);
  });

  it('passes 6 months 28 and 29 days for every birth date while the child is under 7 months, and warns at 6 months 30 days', () => {
    const late = new Set(lateRows(findings));
    for (const c of cases) {
      const under7 = c.date < plus(c.birth, 7, 0);
      if (c.label === '6m28d' || c.label === '6m29d') expect([c.birth, c.label, late.has(row(c))]).toEqual([c.birth, c.label, !under7]);
      if (c.label === '6m30d') expect([c.birth, c.label, late.has(row(c))]).toEqual([c.birth, c.label, true]);
    }
  });

  it('warns at 7 months for every birth date, also where the seventh month is February', () => {
    const late = new Set(lateRows(findings));
    const sevenMonths = cases.filter((c) => c.label === '7m');
    expect(sevenMonths.filter((c) => !late.has(row(c))).map((c) => `${c.birth} → ${c.date}`)).toEqual([]);
  });

  it('names the limit and the last day in the message: born 31-08-2024 (6 months clamped to 28-02-2025)', () => {
    const c = cases.find((x) => x.birth === '2024-08-31' && x.label === '6m30d')!;
    const f = findings.find((x) => x.code === 'DOSE_PAST_AGE_LIMIT' && x.row === row(c))!;
    expect(f.message).toContain(`Register Bayi baris ${row(c)}, kolom "RV 1": dosis tanggal 30-03-2025 diberikan pada umur 6 bulan 30 hari, sesudah batas umurnya 6 bulan 29 hari ("Batas umur RV 1" di sheet Aturan): untuk anak lahir 31-08-2024 paling lambat 29-03-2025.`);
  });

  it('follows an old Aturan sheet saying "Batas umur RV 1: 7 bulan" as it says (7 months, that day in time)', () => {
    const old = checkWorkbook(registerWorkbook({ bayi, aturan: aturan(['Batas umur RV 1', '7 bulan']) }), { today }).findings;
    expect(old.filter((f) => f.code.startsWith('RULE_'))).toEqual([]);
    expect(lateRows(old)).toEqual(cases.filter((c) => c.date > plus(c.birth, 7, 0)).map(row));
    // Only the February births' doses after their 7-month day: born 01-08-2024 at 6 months 29 and 30 days, born 01-08-2023 at 6 months 30 days.
    expect(cases.filter((c) => lateRows(old).includes(row(c))).map((c) => `${c.birth} ${c.label}`)).toEqual(['2024-08-01 6m29d', '2024-08-01 6m30d', '2023-08-01 6m30d']);
  });
});

describe('Jadwal Bulan Ini and the open doses follow the same last day', () => {
  // Children without RV: born 02-01-2025 (6 months 29 days = 31-07-2025, 7 months = 02-08-2025),
  // 31-01-2025 and 01-08-2024 (the February case: last day 28-02-2025).
  const book = { bayi: [child(1, '2025-01-02', {}), child(2, '2025-01-31', {}), child(3, '2024-08-01', {})] };
  const { persons } = statusOf(book, '2025-12-31');
  const rvOffered = (list: ReturnType<typeof dueList>) => list.filter((e) => e.doseKey === 'rv1').map((e) => e.nama);

  it('keeps each open RV 1 until birth + 6 months + 29 days', () => {
    expect(person(persons, 'KK:R1/3').infant!.open.find((o) => o.doseKey === 'rv1')!.until).toBe(plus('2025-01-02', 6, 29));
    expect(person(persons, 'KK:R2/3').infant!.open.find((o) => o.doseKey === 'rv1')!.until).toBe('2025-08-29');
    expect(person(persons, 'KK:R3/3').infant!.open.find((o) => o.doseKey === 'rv1')!.until).toBe('2025-02-28');
  });

  it('offers RV 1 in the month of the last day and not in the month after, even when the 7-month day falls there', () => {
    expect(rvOffered(dueList(persons, PRESETS.td, { year: 2025, month: 7 }))).toContain('Anak 1');
    expect(rvOffered(dueList(persons, PRESETS.td, { year: 2025, month: 8 }))).toEqual(['Anak 2']);
    expect(rvOffered(dueList(persons, PRESETS.td, { year: 2025, month: 9 }))).toEqual([]);
    // Born 01-08-2024: the last day is 28-02-2025, the day before 7 months; not in March.
    expect(rvOffered(dueList(persons, PRESETS.td, { year: 2025, month: 2 }))).toContain('Anak 3');
    expect(rvOffered(dueList(persons, PRESETS.td, { year: 2025, month: 3 }))).not.toContain('Anak 3');
  });

  it('with an old "7 bulan" in the Aturan sheet, August offers RV 1 to the child born 02-01-2025 again (7 months = 02-08-2025)', () => {
    const old = statusOf({ ...book, aturan: aturan(['Batas umur RV 1', '7 bulan']) }, '2025-12-31');
    expect(rvOffered(dueList(old.persons, old.rules.rules, { year: 2025, month: 8 })).sort()).toEqual(['Anak 1', 'Anak 2']);
  });
});

describe('HB0 keeps its 7 days', () => {
  const births = ['2024-02-26', '2025-12-28', '2025-01-31'];
  const hb0 = births.flatMap((birth, i) => [child(10 + 2 * i, birth, { hb0: plus(birth, 0, 7) }), child(11 + 2 * i, birth, { hb0: plus(birth, 0, 8) })]);

  it('passes day 7 and warns at day 8, across a leap day and a year end', () => {
    const findings = checkWorkbook(registerWorkbook({ bayi: hb0 }), { today }).findings;
    expect(findings.filter((f) => f.code === 'DOSE_PAST_AGE_LIMIT').map((f) => `${f.row}|${f.column}`)).toEqual(['3|HB0', '5|HB0', '7|HB0']);
    expect(findings.find((f) => f.row === 3 && f.code === 'DOSE_PAST_AGE_LIMIT')!.message).toContain('umur 8 hari, sesudah batas umurnya 7 hari ("Batas umur HB0" di sheet Aturan): untuk anak lahir 26-02-2024 paling lambat 04-03-2024.');
  });

  it('keeps an open HB0 until day 7', () => {
    const { persons } = statusOf({ bayi: [child(20, '2025-01-25', {})] }, '2025-01-26');
    expect(person(persons, 'KK:R20/3').infant!.open.find((o) => o.doseKey === 'hb0')!.until).toBe('2025-02-01');
  });
});
