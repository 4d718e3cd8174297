import { Finding } from '../../../src/domain/findings';
import { FINDING_CATALOG } from '../../../src/domain/findingCatalog';
import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { person, Rec, registerWorkbook, statusOf } from '../../helpers/registers';

/*
 * Periksa checks each dose against its own minimum gap after the previous dose of its series
 * (the dose records, programme/antigenDoses.ts): 4 weeks for most, IPV 2 at least 4 months
 * after IPV 1 (KMK HK.01.07/Menkes/1453/2022). The warning and the status engine agree on
 * the first date that counts. Real xlsx (SheetJS) read by the register reader.
 */
const baby = (nik: string, doses: Rec): Rec => ({ nik, nama: `Bayi ${nik.slice(-2)}`, jk: 'P', tanggalLahir: '2024-09-10', kodeKelurahan: 'K01', ...doses });
const today = '2025-12-31';
const tooClose = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'DOSE_TOO_CLOSE');

describe('dose series: each dose its own minimum gap', () => {
  const book = {
    bayi: [
      // IPV 2 95 days after IPV 1: more than 4 weeks, less than 4 months.
      baby('3373015001240001', { ipv: '2025-01-15', ipv2: '2025-04-20' }),
      // IPV 2 on the first day 4 calendar months after IPV 1 allow (as the status engine counts months).
      baby('3373015001240002', { ipv: '2025-01-15', ipv2: '2025-05-01' }),
      // DPT-HB-Hib 2 27 days after DPT-HB-Hib 1: the series' 4 weeks still hold.
      baby('3373015001240003', { dpt1: '2025-01-01', dpt2: '2025-01-28', dpt3: '2025-02-25' }),
    ],
  };

  it('warns about IPV 2 less than 4 months after IPV 1, naming sheet, row, column, both dates, the gap and the fix', () => {
    const { findings } = readRegisters(registerWorkbook(book), { today });
    const found = tooClose(findings);
    expect(found.map((f) => `${f.sheet}|${f.row}|${f.column}|${f.severity}`)).toEqual(['Register Bayi|2|IPV 2|warning', 'Register Bayi|4|DPT-HB-Hib 2|warning']);
    expect(found[0].message).toBe(
      'Register Bayi baris 2, kolom "IPV 2": tanggal 20-04-2025 hanya 95 hari setelah "IPV 1" (15-01-2025); IPV 2 minimal 4 bulan setelah IPV 1, jadi paling cepat 01-05-2025. Periksa kedua tanggalnya; bila benar, dosis ini tidak dihitung.',
    );
    // A 4-week series keeps its message.
    expect(found[1].message).toMatch(/jarak 27 hari dari "DPT-HB-Hib 1" \(01-01-2025\); minimal 4 minggu \(28 hari\)/);
  });

  it('the status engine counts exactly the IPV 2 doses the check lets pass', () => {
    const { persons } = statusOf(book, today);
    const invalid = (nik: string) => person(persons, nik).infant!.invalid.map((d) => d.doseKey);
    expect(invalid('3373015001240001')).toEqual(['ipv2']);
    expect(invalid('3373015001240002')).toEqual([]);
    expect(invalid('3373015001240003')).toEqual(['dpt2']);
  });

  it('the finding catalog names the doses with their own gap', () => {
    expect(FINDING_CATALOG.DOSE_TOO_CLOSE.meaning).toContain('IPV 2 minimal 4 bulan setelah IPV 1');
  });
});
