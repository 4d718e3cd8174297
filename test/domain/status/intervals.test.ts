import { Cell } from '../../../src/domain/raw';
import { person, Rec, statusOf } from '../../helpers/registers';

/*
 * Interval boundaries (DOMAIN.md "Status T"): weeks in days (4 weeks = 28 days), months and
 * years by calendar month (the same calendar month a year later is "1 tahun"), month ends and
 * 29 February, in a Register WUS whose Td/TT columns hold the doses.
 */
interface Case {
  name: string;
  doses: Record<string, string>;
  valid: boolean[];
  status: number;
  next?: string;
}

const cases: Case[] = [
  { name: 'T2 after 27 days is too early', doses: { t1: '2025-01-01', t2: '2025-01-28' }, valid: [true, false], status: 1, next: '2025-01-29' },
  { name: 'T2 after 28 days counts', doses: { t1: '2025-01-01', t2: '2025-01-29' }, valid: [true, true], status: 2, next: '2025-07-29' },
  { name: 'T3 5 calendar months after T2 is too early', doses: { t1: '2024-01-01', t2: '2024-01-31', t3: '2024-06-30' }, valid: [true, true, false], status: 2, next: '2024-07-31' },
  { name: 'T3 in the 6th calendar month after T2 counts (31 January → 1 July)', doses: { t1: '2024-01-01', t2: '2024-01-31', t3: '2024-07-01' }, valid: [true, true, true], status: 3, next: '2025-07-01' },
  { name: 'T4 11 months after T3 is too early', doses: { t1: '2022-01-01', t2: '2022-02-01', t3: '2023-11-30', t4: '2024-10-31' }, valid: [true, true, true, false], status: 3, next: '2024-11-30' },
  { name: 'T4 in the same calendar month a year later counts (BIAS every November)', doses: { t1: '2022-01-01', t2: '2022-02-01', t3: '2023-11-20', t4: '2024-11-05' }, valid: [true, true, true, true], status: 4, next: '2025-11-05' },
  { name: 'T2 28 days after 31 January is 28 February', doses: { t1: '2025-01-31', t2: '2025-02-28' }, valid: [true, true], status: 2 },
  { name: 'T2 on 27 February after 31 January is too early', doses: { t1: '2025-01-31', t2: '2025-02-27' }, valid: [true, false], status: 1, next: '2025-02-28' },
  { name: 'T2 28 days after 1 February 2024 is 29 February', doses: { t1: '2024-02-01', t2: '2024-02-29' }, valid: [true, true], status: 2, next: '2024-08-29' },
  { name: 'T2 on 28 February 2024 is a day early', doses: { t1: '2024-02-01', t2: '2024-02-28' }, valid: [true, false], status: 1, next: '2024-02-29' },
  { name: 'T4 a year after 29 February: next on 28 February, January too early', doses: { t1: '2022-06-01', t2: '2022-07-01', t3: '2024-02-29', t4: '2025-01-31' }, valid: [true, true, true, false], status: 3, next: '2025-02-28' },
  { name: 'T4 a year after 29 February: 1 February is in the calendar month', doses: { t1: '2022-06-01', t2: '2022-07-01', t3: '2024-02-29', t4: '2025-02-01' }, valid: [true, true, true, true], status: 4, next: '2026-02-01' },
  { name: 'a too-early dose stays in the history; the next one in time takes the step', doses: { t1: '2024-01-01', t2: '2024-02-01', t3: '2024-05-01', t4: '2024-08-01' }, valid: [true, true, false, true], status: 3, next: '2025-08-01' },
];

const row = (i: number, doses: Record<string, string>): Rec => ({ kodeKK: `W${i}`, noUrut: 1, nama: `Ibu ${i}`, tanggalLahir: '1995-05-05', kodeKelurahan: 'K01', ...doses });

describe('interval boundaries, skema Td terkini, months by calendar', () => {
  const { persons } = statusOf({ wus: cases.map((c, i) => row(i, c.doses)) }, '2025-12-31');
  it.each(cases.map((c, i) => [c.name, i, c] as const))('%s', (_name, i, c) => {
    const p = person(persons, `KK:W${i}/1`);
    expect(p.doses.map((d) => d.valid)).toEqual(c.valid);
    expect(p.status).toBe(c.status);
    if (c.next) expect(p.next).toBe(c.next);
    for (const d of p.doses) expect(d.step === null).toBe(!d.valid);
  });

  it('gives the reason of a too-early dose in Bahasa Indonesia, with the interval and the earliest date', () => {
    const p = person(persons, 'KK:W0/1');
    expect(p.doses[1].reason).toBe('jarak 27 hari dari dosis sebelumnya; minimal 4 minggu untuk T2 (dosis sebelumnya: "Td/TT 1" 01-01-2025; paling cepat 29-01-2025)');
    expect(person(persons, 'KK:W2/1').doses[2].reason).toBe('jarak 151 hari (5 bulan kalender) dari dosis sebelumnya; minimal 6 bulan untuk T3 (dosis sebelumnya: "Td/TT 2" 31-01-2024; paling cepat 01-07-2024)');
  });
});

describe('interval settings from the Aturan sheet', () => {
  const aturan = (rows: Cell[][]): Cell[][] => [['Aturan', 'Nilai', 'Keterangan'], ...rows];

  it('"Hitungan bulan: 30 hari" counts 6 months as 180 days and a year as 365', () => {
    const { persons, findings } = statusOf({
      aturan: aturan([['Hitungan bulan', '30 hari']]),
      wus: [row(1, { t1: '2024-01-01', t2: '2024-01-31', t3: '2024-07-28' }), row(2, { t1: '2024-01-01', t2: '2024-01-31', t3: '2024-07-29' }), row(3, { t1: '2022-06-01', t2: '2022-07-01', t3: '2024-02-29' })],
    });
    expect(findings.filter((f) => f.sheet === 'Aturan')).toEqual([]);
    expect(person(persons, 'KK:W1/1').doses.map((d) => d.valid)).toEqual([true, true, false]);
    expect(person(persons, 'KK:W1/1').doses[2].reason).toMatch(/^jarak 179 hari \(5 bulan\) dari dosis sebelumnya; minimal 6 bulan untuk T3 .*paling cepat 29-07-2024/);
    expect(person(persons, 'KK:W2/1').status).toBe(3);
    expect(person(persons, 'KK:W3/1').next).toBe('2025-02-28');
  });

  it('"Toleransi jarak" lets a dose that many days early count', () => {
    const { persons } = statusOf({ aturan: aturan([['Toleransi jarak', '2 hari']]), wus: [row(1, { t1: '2025-01-01', t2: '2025-01-27' }), row(2, { t1: '2025-01-01', t2: '2025-01-26' })] });
    expect(person(persons, 'KK:W1/1').status).toBe(2);
    expect(person(persons, 'KK:W2/1').status).toBe(1);
  });

  it('"Jarak minimal T2: 1 bulan" follows the calendar month', () => {
    const { persons } = statusOf({ skema: '2005 (TT)', aturan: aturan([['Jarak minimal T2', '1 bulan']]), wus: [row(1, { t1: '2025-01-15', t2: '2025-01-31' }), row(2, { t1: '2025-01-15', t2: '2025-02-01' })] });
    expect(person(persons, 'KK:W1/1').status).toBe(1);
    expect(person(persons, 'KK:W2/1').status).toBe(2);
    expect(person(persons, 'KK:W1/1').next).toBe('2025-02-15');
  });
});
