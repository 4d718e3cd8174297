import { checkWorkbook } from '../../../src/app/checkWorkbook';
import { Finding } from '../../../src/domain/findings';
import { FINDING_CATALOG } from '../../../src/domain/findingCatalog';
import { Cell } from '../../../src/domain/raw';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { person, Rec, registerWorkbook, RegisterBook } from '../../helpers/registers';

/*
 * Periksa's dose-series check (DOSE_TOO_CLOSE) follows the rules the status engine counts with:
 * the preset with the Aturan sheet over it (series gap, each T step's gap, month counting,
 * tolerance), the dose's own gap (IPV 2: 4 months after IPV 1, KMK HK.01.07/Menkes/1453/2022),
 * the previous dose that counts (not merely the previous column), and for Td/TT the person's
 * doses and screenings in every register. The order check (DOSE_ORDER) stays the reader's.
 * Real xlsx (SheetJS), the complete check.
 */
const today = '2025-12-31';
const baby = (nik: string, doses: Rec): Rec => ({ nik, nama: `Bayi ${nik.slice(-2)}`, jk: 'P', tanggalLahir: '2024-09-10', kodeKelurahan: 'K01', ...doses });
const woman = (nik: string, doses: Rec): Rec => ({ nik, nama: `Ibu ${nik.slice(-2)}`, tanggalLahir: '1995-05-05', kodeKelurahan: 'K01', ...doses });
const tooClose = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'DOSE_TOO_CLOSE');
const where = (f: Finding) => `${f.sheet}|${f.row}|${f.column}|${f.severity}`;
const aturan = (...rows: [string, string][]): Cell[][] => [['Aturan', 'Nilai'], ...rows];
const check = (book: RegisterBook) => checkWorkbook(registerWorkbook(book), { today });

const bayi = [
  // Row 2: IPV 2 95 days after IPV 1: more than 4 weeks, less than 4 months.
  baby('3373015001240001', { ipv: '2025-01-15', ipv2: '2025-04-20' }),
  // Row 3: IPV 2 on the first day 4 calendar months after IPV 1 allow.
  baby('3373015001240002', { ipv: '2025-01-15', ipv2: '2025-05-01' }),
  // Row 4: DPT-HB-Hib 2 27 days after DPT-HB-Hib 1; DPT-HB-Hib 3 28 days after DPT-HB-Hib 2.
  baby('3373015001240003', { dpt1: '2025-01-01', dpt2: '2025-01-28', dpt3: '2025-02-25' }),
  // Row 5: DPT-HB-Hib 2 19 days after DPT-HB-Hib 1 (not counted); DPT-HB-Hib 3 21 days after it
  // but 40 days after DPT-HB-Hib 1, the previous dose that counts: counted.
  baby('3373015001240004', { dpt1: '2025-01-01', dpt2: '2025-01-20', dpt3: '2025-02-10' }),
];
const wus = [
  // Row 2: Td/TT 3 two months after Td/TT 2 (T3 needs 6 months).
  woman('3373014505950001', { t1: '2025-01-02', t2: '2025-02-03', t3: '2025-04-03' }),
  // Row 3: screened T2 on 10-01-2025; Td/TT 1 on 01-05-2025 is too early for T3.
  woman('3373014505950002', { statusSkrining: 2, tanggalSkrining: '2025-01-10', t1: '2025-05-01' }),
  // Row 4: Td/TT 1 19 days after her caten dose (Register Caten row 2).
  woman('3373014505950003', { t1: '2025-03-20' }),
];
const caten = [woman('3373014505950003', { td1: '2025-03-01' })];

describe('Periksa: dose series by the rules the status engine counts with', () => {
  const { findings, computation } = check({ bayi, wus, caten });

  it('warns about each dose the engine does not count for its gap, and only those', () => {
    expect(tooClose(findings).map(where)).toEqual([
      'Register Bayi|2|IPV 2|warning',
      'Register Bayi|4|DPT-HB-Hib 2|warning',
      'Register Bayi|5|DPT-HB-Hib 2|warning',
      'Register WUS|2|Td/TT 3|warning',
      'Register WUS|3|Td/TT 1|warning',
      'Register WUS|4|Td/TT 1|warning',
    ]);
    const invalid = (nik: string) => person(computation.persons, nik).infant!.invalid.map((d) => d.doseKey);
    expect(['3373015001240001', '3373015001240002', '3373015001240003', '3373015001240004'].map(invalid)).toEqual([['ipv2'], [], ['dpt2'], ['dpt2']]);
    const notCounted = (nik: string) => person(computation.persons, nik).doses.filter((d) => !d.valid).map((d) => `${d.sheet}:${d.doseKey}`);
    expect(['3373014505950001', '3373014505950002', '3373014505950003'].map(notCounted)).toEqual([['wus:t3'], ['wus:t1'], ['wus:t1']]);
  });

  it('says for an infant dose the previous dose that counts, the gap, the rule, the first date and what not counting means', () => {
    const [ipv2, , dpt2] = tooClose(findings);
    expect(ipv2.message).toBe(
      'Register Bayi baris 2, kolom "IPV 2": tanggal 20-04-2025 hanya 95 hari setelah "IPV 1" (15-01-2025), dosis sebelumnya dalam seri yang dihitung; IPV 2 minimal 4 bulan setelahnya (jarak dosis IPV 2 sendiri), jadi paling cepat 01-05-2025. Periksa kedua tanggalnya; bila benar, dosis ini tidak dihitung sah (tidak masuk IDL/IBL) dan tetap ada di jadwal sebagai dosis yang belum diberikan.',
    );
    expect(dpt2.message).toContain('tanggal 20-01-2025 hanya 19 hari setelah "DPT-HB-Hib 1" (01-01-2025), dosis sebelumnya dalam seri yang dihitung; DPT-HB-Hib 2 minimal 4 minggu setelahnya ("Jarak minimal dosis satu seri"), jadi paling cepat 29-01-2025.');
  });

  it('says for a Td/TT dose the step it would reach, that step gap, the reference (dose, screening, another register) and the status it stays at', () => {
    const [, , , t3, screened, crossed] = tooClose(findings);
    expect(t3.message).toBe(
      'Register WUS baris 2, kolom "Td/TT 3": tanggal 03-04-2025 hanya 59 hari (2 bulan kalender) setelah dosis sah sebelumnya "Td/TT 2" (03-02-2025, T2); untuk T3 jarak minimal 6 bulan ("Jarak minimal T3"), jadi paling cepat 01-08-2025. Periksa tanggalnya; bila benar, dosis ini tercatat tetapi belum dihitung sebagai T3: status tidak naik dari T2, dan dosis untuk T3 baru dihitung bila diberikan mulai 01-08-2025.',
    );
    expect(screened.message).toContain('hanya 111 hari (4 bulan kalender) setelah skrining T2 (10-01-2025); untuk T3 jarak minimal 6 bulan');
    expect(crossed.message).toContain('hanya 19 hari setelah dosis sah sebelumnya "Td/TT Dosis 1" di Register Caten baris 2 (01-03-2025, T1); untuk T2 jarak minimal 4 minggu ("Jarak minimal T2"), jadi paling cepat 29-03-2025');
  });

  it('follows the Aturan sheet: gaps, month counting and tolerance, named in the message', () => {
    const changed = check({
      bayi,
      wus,
      caten,
      aturan: aturan(['Jarak minimal T3', '2 bulan'], ['Toleransi jarak', '3'], ['Hitungan bulan', '30 hari'], ['Jarak minimal T2', '2 minggu']),
    }).findings;
    // DPT-HB-Hib 2 at 27 days now counts (3 days' tolerance); IPV 2 at 106 days does not (4 × 30 days);
    // Td/TT 3 at 59 days counts (2 months − 3 days); the caten-then-WUS dose at 19 days counts (2 weeks).
    expect(tooClose(changed).map(where)).toEqual(['Register Bayi|2|IPV 2|warning', 'Register Bayi|3|IPV 2|warning', 'Register Bayi|5|DPT-HB-Hib 2|warning']);
    expect(tooClose(changed)[1].message).toContain('hanya 106 hari setelah "IPV 1" (15-01-2025), dosis sebelumnya dalam seri yang dihitung; IPV 2 minimal 4 bulan setelahnya (jarak dosis IPV 2 sendiri, 1 bulan dihitung 30 hari, 1 tahun 365 hari, toleransi 3 hari), jadi paling cepat 12-05-2025.');
  });

  it('leaves the order check to the register reader', () => {
    const { findings: read } = readRegisters(registerWorkbook({ bayi: [baby('3373015001240009', { polio1: '2025-03-01', polio2: '2025-02-01' })] }), { today });
    expect(read.filter((f) => f.code.startsWith('DOSE_')).map((f) => `${f.code}|${f.column}`)).toEqual(['DOSE_ORDER|Polio 2']);
  });

  it('the finding catalog says the gaps are the rules\' and the status engine raises it', () => {
    expect(FINDING_CATALOG.DOSE_TOO_CLOSE.meaning).toContain('IPV 2 minimal 4 bulan setelah IPV 1');
    expect(FINDING_CATALOG.DOSE_TOO_CLOSE.meaning).toContain('Jarak minimal T');
    expect(FINDING_CATALOG.DOSE_TOO_CLOSE.stage).toBe('status');
  });
});
