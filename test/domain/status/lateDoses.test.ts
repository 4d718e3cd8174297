import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../../src/app/checkWorkbook';
import { computeWorkbookStatus } from '../../../src/app/status';
import { Finding } from '../../../src/domain/findings';
import { FINDING_CATALOG } from '../../../src/domain/findingCatalog';
import { Cell } from '../../../src/domain/raw';
import { ageOn, formatAge } from '../../../src/domain/rules/ageOn';
import { validInfantDose } from '../../../src/domain/status/infant';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { person, Rec, registerWorkbook, RegisterBook } from '../../helpers/registers';

/*
 * Periksa warns about an infant dose recorded after its upper age (HB0 7 days, RV 1–3 6 months
 * 29 days: letter Dirjen P2P IM.02.02/C/3052/2023), with the limit of the
 * chosen preset and the Aturan sheet over it, and months counted as the status engine counts
 * them. The dose still counts (docs/rules.md §9). Real xlsx (SheetJS), the complete check.
 */
const today = '2025-12-31';
const child = (i: number, tanggalLahir: string, doses: Rec): Rec => ({ kodeKK: `A${i}`, noUrut: 3, nama: `Anak ${i}`, jk: 'L', tanggalLahir, namaSuami: `Ibu ${i}`, kodeKelurahan: 'K01', noHp: '081234567890', ...doses });
const late = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'DOSE_PAST_AGE_LIMIT');
const where = (f: Finding) => `${f.sheet}|${f.row}|${f.column}|${f.cell}|${f.severity}`;
const aturan = (...rows: [string, string][]): Cell[][] => [['ATURAN PUSKESMAS'], [], ['Keterangan', 'Aturan', 'Nilai'], ...rows.map(([name, value]): Cell[] => [null, name, value])];

const bayi = [
  // Row 2: HB0 at 10 days.
  child(1, '2025-01-10', { hb0: '2025-01-20' }),
  // Row 3: RV 1 at 8 months.
  child(2, '2025-01-10', { rv1: '2025-09-10' }),
  // Row 4: RV 3 at 6 months 28 days, HB0 on its 7th day: both in time.
  child(3, '2025-01-10', { hb0: '2025-01-17', rv1: '2025-03-10', rv2: '2025-04-10', rv3: '2025-08-07' }),
  // Row 5: RV 2 at 6 months 29 days (10-07-2025 + 29 days, the last day); row 6: RV 1 the day after.
  child(4, '2025-01-10', { rv1: '2025-07-10', rv2: '2025-08-08' }),
  child(5, '2025-01-10', { rv1: '2025-08-09' }),
];
const check = (book: RegisterBook, options: { schedule?: 'permenkes2017' } = {}) => checkWorkbook(registerWorkbook(book), { today, ...options });

describe('Periksa: infant doses after their upper age', () => {
  const { findings, computation } = check({ bayi });

  it('warns about HB0 at 10 days and RV 1 at 8 months, naming sheet, row, column, the age, the limit and the fix', () => {
    const found = late(findings);
    expect(found.map(where)).toEqual(['Register Bayi|2|HB0|L2|warning', 'Register Bayi|3|RV 1|Z3|warning', 'Register Bayi|6|RV 1|Z6|warning']);
    expect(found[0].message).toBe(
      'Register Bayi baris 2, kolom "HB0": dosis tanggal 20-01-2025 diberikan pada umur 10 hari, sesudah batas umurnya 7 hari ("Batas umur HB0" di sheet Aturan): untuk anak lahir 10-01-2025 paling lambat 17-01-2025. Periksa tanggal dosis ini dan tanggal lahirnya; bila dosis memang diberikan terlambat, catat hal itu dan sampaikan ke pengelola program imunisasi. Dosis ini tetap dihitung.',
    );
    expect(found[1].message).toContain('dosis tanggal 10-09-2025 diberikan pada umur 8 bulan, sesudah batas umurnya 6 bulan 29 hari ("Batas umur RV 1" di sheet Aturan): untuk anak lahir 10-01-2025 paling lambat 08-08-2025.');
    expect(found[2].message).toContain('dosis tanggal 09-08-2025 diberikan pada umur 6 bulan 30 hari, sesudah batas umurnya 6 bulan 29 hari');
  });

  it('lets RV 3 at 6 months 28 days, HB0 on day 7 and RV 2 on the limit day pass', () => {
    expect(late(findings).filter((f) => f.row === 4 || f.row === 5)).toEqual([]);
  });

  it('still counts the late doses (docs/rules.md §9): coverage is unchanged', () => {
    const { persons } = computation;
    expect(validInfantDose(person(persons, 'KK:A1/3').infant!, 'hb0')).toBe('2025-01-20');
    expect(validInfantDose(person(persons, 'KK:A2/3').infant!, 'rv1')).toBe('2025-09-10');
    expect(validInfantDose(person(persons, 'KK:A5/3').infant!, 'rv1')).toBe('2025-08-09');
    for (const p of persons) expect(p.infant!.invalid).toEqual([]);
  });

  it('takes the limit from the Aturan sheet: a limit changed there changes the warning', () => {
    const changed = late(check({ bayi, aturan: aturan(['Batas umur HB0', '3 hari'], ['Batas umur RV 1', '9 bulan'], ['Batas umur RV 3', '6 bulan']) }).findings);
    // HB0 at 7 days is now late; RV 1 at 8 months (and at 6 months 30 days) in time; RV 3 at 6 months 28 days late.
    expect(changed.map((f) => `${f.row}|${f.column}`)).toEqual(['2|HB0', '4|HB0', '4|RV 3']);
    expect(changed[1].message).toContain('umur 7 hari, sesudah batas umurnya 3 hari ("Batas umur HB0" di sheet Aturan): untuk anak lahir 10-01-2025 paling lambat 13-01-2025.');
    expect(changed[2].message).toContain('umur 6 bulan 28 hari, sesudah batas umurnya 6 bulan');
  });

  it('counts months as the Aturan sheet says (Hitungan bulan: 30 hari)', () => {
    // 6 months 29 days = 6 × 30 + 29 = 209 days: RV 3 on day 210 (6 months 29 days by the calendar, in time there) is late, aged 7 × 30 days.
    const rv3 = child(6, '2025-01-10', { rv1: '2025-03-10', rv2: '2025-04-10', rv3: '2025-08-08' });
    expect(late(check({ bayi: [rv3] }).findings)).toEqual([]);
    const found = late(check({ bayi: [rv3], aturan: aturan(['Hitungan bulan', '30 hari']) }).findings);
    expect(found.map((f) => f.column)).toEqual(['RV 3']);
    expect(found[0].message).toContain('umur 7 bulan, sesudah batas umurnya 6 bulan 29 hari ("Batas umur RV 3" di sheet Aturan): untuk anak lahir 10-01-2025 paling lambat 07-08-2025.');
  });

  it('follows the chosen preset: under Permenkes 12/2017 (no RV) only HB0 has a limit', () => {
    expect(late(check({ bayi }, { schedule: 'permenkes2017' }).findings).map((f) => `${f.row}|${f.column}`)).toEqual(['2|HB0']);
  });

  it('leaves a birth date the reader already refuses (1970, before the programme) to its own error: one slip, one finding', () => {
    const found = check({ bayi: [child(7, '1970-01-01', { hb0: '2025-01-10', rv1: '2025-03-10' })] }).findings;
    expect(found.filter((f) => f.sheet === 'Register Bayi').map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual(['DATE_IMPLAUSIBLE@2/Tanggal Lahir']);
  });

  it('finds nothing in the clean sample (templates/contoh-puskesmas.xlsx), whose RV doses are all in time', () => {
    const { findings: contoh, computation: c } = checkWorkbook(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { today });
    expect(late(contoh)).toEqual([]);
    // The sample does give RV and HB0, so the check had something to look at.
    expect(c.registers.bayi.filter((b) => b.doses.rv1 && b.doses.hb0).length).toBeGreaterThan(50);
  });

  it('the finding catalog gives the default limits and says the dose still counts', () => {
    expect(FINDING_CATALOG.DOSE_PAST_AGE_LIMIT.meaning).toContain('HB0 7 hari; RV 1, RV 2, RV 3 6 bulan 29 hari');
    expect(FINDING_CATALOG.DOSE_PAST_AGE_LIMIT.meaning).toContain('tetap dihitung');
  });
});

describe('ageOn: a child age as the rules count months', () => {
  it.each([
    ['2025-01-10', '2025-01-20', 'kalender', '10 hari'],
    ['2025-01-10', '2025-09-10', 'kalender', '8 bulan'],
    ['2025-01-10', '2025-08-07', 'kalender', '6 bulan 28 hari'],
    // 31 January + 1 month = 28 February (date-fns clamps): 1 month 1 day on 1 March.
    ['2025-01-31', '2025-03-01', 'kalender', '1 bulan 1 hari'],
    ['2025-01-31', '2025-02-28', 'kalender', '1 bulan'],
    ['2025-01-10', '2025-08-07', 'hari', '6 bulan 29 hari'],
  ] as const)('born %s, on %s (%s): %s', (birth, date, counting, text) => {
    expect(formatAge(ageOn(birth, date, counting))).toBe(text);
  });
});

// Keeps computeWorkbookStatus (what checkWorkbook runs) the one place the check is wired in.
test('computeWorkbookStatus gives the same warnings as checkWorkbook', () => {
  expect(late(computeWorkbookStatus(registerWorkbook({ bayi }), { today }).findings)).toHaveLength(3);
});
