import { readFileSync } from 'node:fs';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { Registers } from '../../src/domain/registers/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample, sizeForRows } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { SAMPLE_VACCINES } from '../../src/sample/vaccines';
import { FINDING_CATALOG } from '../../src/domain/findingCatalog';

const today = '2025-12-31';
const read = async (sample: ReturnType<typeof generateSample>, on = today) => readRegisters(readWorkbookBytes(await writeWorkbook(sampleSpecs(sample))), { today: on });
const key = (f: { sheet: string; row: number; column: string; code: string }) => `${f.sheet}|${f.row}|${f.column}|${f.code}`;

/** Doses of `keys` the registers record in a month of 2025 (women's Td/TT as `td`). */
function dosesIn(registers: Registers, keys: readonly string[], month: number): number {
  const wanted = new Set(keys);
  const prefix = `2025-${String(month).padStart(2, '0')}`;
  let n = 0;
  for (const p of [...registers.bayi, ...registers.bias]) for (const [k, d] of Object.entries(p.doses)) if (wanted.has(k) && d.startsWith(prefix)) n++;
  if (wanted.has('td')) for (const w of [...registers.wus, ...registers.caten, ...registers.bumil]) for (const d of Object.values(w.doses)) if (d.startsWith(prefix)) n++;
  // Imunisasi Luar's doses come from the puskesmas's stock too (the reports' IP counts them).
  for (const l of registers.luar) {
    if (l.tahun !== 2025 || l.bulan !== month) continue;
    for (const [k, c] of Object.entries(l.counts)) if (wanted.has(/T\d$/.test(k) ? 'td' : k)) n += c;
  }
  return n;
}

describe('the sample generator', () => {
  let contoh: Registers;
  beforeAll(async () => {
    contoh = (await read(generateSample({ seed: 1, year: 2025, kelurahan: 5 }))).registers;
  });

  it('makes a clean workbook: no finding at all, for several seeds', async () => {
    for (const seed of [2, 3]) {
      const { findings, registers } = await read(generateSample({ seed, year: 2025, kelurahan: 3 }));
      expect(findings).toEqual([]);
      expect(registers.bayi.length).toBeGreaterThan(100);
      expect(registers.bumil.length).toBeGreaterThan(50);
    }
  });

  it('ends its data on the last data date: clean on that day, future dates the day before', async () => {
    const sample = generateSample({ seed: 5, year: 2025, end: '2025-06-30', kelurahan: 2 });
    expect((await read(sample, '2025-06-30')).findings).toEqual([]);
    const dayBefore = (await read(sample, '2025-06-29')).findings;
    expect(dayBefore.length).toBeGreaterThan(0);
    expect(new Set(dayBefore.map((f) => f.code))).toEqual(new Set(['DATE_FUTURE']));
    expect(sample.tables.stok.every((r) => (r[1] as number) <= 6)).toBe(true);
  });

  it('is reproducible from its seed', () => {
    expect(generateSample({ seed: 7, year: 2025, kelurahan: 2 })).toEqual(generateSample({ seed: 7, year: 2025, kelurahan: 2 }));
    expect(generateSample({ seed: 7, year: 2025, kelurahan: 2 })).not.toEqual(generateSample({ seed: 8, year: 2025, kelurahan: 2 }));
  });

  it('has drop-outs through the year: DPT-HB-Hib 1 > 3 > MR 1, and baduta doses', () => {
    const given = (dose: string) => contoh.bayi.filter((b) => b.doses[dose]?.startsWith('2025')).length;
    expect(given('dpt1')).toBeGreaterThan(given('dpt3'));
    expect(given('dpt3')).toBeGreaterThan(given('mr1'));
    // Babies of last year finish their series this year; the oldest get DPT-HB-Hib 4 and MR 2.
    expect(contoh.bayi.filter((b) => b.tanggalLahir! < '2025-01-01' && b.doses.dpt3?.startsWith('2025')).length).toBeGreaterThan(50);
    expect(given('dpt4')).toBeGreaterThan(100);
    expect(given('mr2')).toBeGreaterThan(100);
  });

  it('has the same women in several registers, partial and screened histories, and people without NIK', () => {
    const sheetsOf = new Map<string, Set<string>>();
    for (const p of [...contoh.bias, ...contoh.wus, ...contoh.caten, ...contoh.bumil]) if (p.id) sheetsOf.set(p.id, (sheetsOf.get(p.id) ?? new Set()).add(p.sheet));
    const across = (...sheets: string[]) => [...sheetsOf.values()].filter((s) => sheets.every((x) => s.has(x))).length;
    expect(across('bias', 'caten')).toBeGreaterThan(5);
    expect(across('caten', 'bumil')).toBeGreaterThan(10);
    expect(across('wus', 'bumil')).toBeGreaterThan(10);
    // A grown-up pupil's BIAS doses are years before her caten dose.
    const pupil = contoh.bias.find((p) => p.id && sheetsOf.get(p.id)!.has('caten'))!;
    expect(Object.values(pupil.doses).every((d) => d < '2020-01-01')).toBe(true);
    expect(contoh.wus.filter((w) => w.statusSkrining !== null).length).toBeGreaterThan(contoh.wus.length / 2);
    expect(contoh.wus.some((w) => Object.keys(w.doses).length > 0 && w.statusSkrining === null)).toBe(true);
    // Bumil already at T2 or more get one dose (Td ulang), the others two.
    expect(contoh.bumil.some((b) => b.statusSkrining! >= 2 && b.doses.td1 && !b.doses.td2)).toBe(true);
    expect(contoh.bumil.some((b) => b.doses.td2)).toBe(true);
    expect(contoh.bayi.some((b) => b.id?.startsWith('KK:'))).toBe(true);
    expect(contoh.bias.map((p) => p.kelas)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6]));
  });

  it('keeps the sasaran and the school counts consistent with the registers', () => {
    for (const k of contoh.kelurahan) {
      const born = contoh.bayi.filter((b) => b.kodeKelurahan === k.kode && b.tanggalLahir!.startsWith('2025')).length;
      expect(born / k.sasaranBayi!).toBeGreaterThan(0.7);
      expect(born / k.sasaranBayi!).toBeLessThan(1.1);
      expect(k.sasaranBayi).toBe(Math.round(k.penduduk! * 0.0175));
    }
    for (const s of contoh.sekolah) {
      const inClass = (kelas: number) => contoh.bias.filter((p) => p.kodeSekolah === s.kode && p.kelas === kelas).length;
      expect([s.murid1, s.murid2, s.murid3, s.murid5]).toEqual([inClass(1), inClass(2), inClass(3), inClass(5)]);
    }
  });

  it('gives each kelurahan Imunisasi Luar counts in proportion to its births, small or large', async () => {
    const small = (await read(generateSample({ seed: 100, year: 2025, kelurahan: 3, rows: { bayi: 150, bias: 90, wus: 12, caten: 9, bumil: 60 } }))).registers;
    for (const registers of [contoh, small]) {
      const luar = (dose: string) => registers.luar.filter((l) => l.tahun === 2025).reduce((n, l) => n + (l.counts[dose] ?? 0), 0);
      const sasaran = registers.kelurahan.reduce((n, k) => n + k.sasaranBayi!, 0);
      // Hospitals and private midwives give a few percent of a year's doses (about 7% on
      // average; a small kelurahan's few counts vary more), not a third or more.
      for (const dose of ['hb0', 'bcg', 'dpt1', 'mr1']) expect(luar(dose) / sasaran).toBeLessThan(0.2);
      expect(luar('hb0')).toBeGreaterThan(0);
    }
  });

  it('keeps a stock that covers the doses given, with IP near the Kemenkes reference', () => {
    for (const v of SAMPLE_VACCINES) {
      let doses = 0;
      let vials = 0;
      for (let month = 1; month <= 12; month++) {
        const row = contoh.stok.find((s) => s.kodeVaksin === v.kode && s.bulan === month)!;
        const given = dosesIn(contoh, v.doses, month);
        expect(row.dipakai! * v.dosis).toBeGreaterThanOrEqual(given);
        doses += given;
        vials += row.dipakai!;
      }
      expect(doses).toBeGreaterThan(0);
      const ip = doses / vials;
      expect(ip).toBeGreaterThan(v.ip * 0.75);
      expect(ip).toBeLessThanOrEqual(Math.min(v.dosis, v.ip * 1.2));
    }
  });

  it('makes the register sizes asked for, and about N rows for --baris N', () => {
    const sample = generateSample({ seed: 3, year: 2025, kelurahan: 3, rows: { bayi: 301, bias: 150, wus: 20, caten: 31, bumil: 77 } });
    expect([sample.tables.bayi.length, sample.tables.bias.length, sample.tables.wus.length, sample.tables.caten.length, sample.tables.bumil.length]).toEqual([301, 150, 20, 31, 77]);
    const sized = generateSample({ seed: 3, year: 2025, ...sizeForRows(3000) });
    const rows = ['bayi', 'bias', 'wus', 'caten', 'bumil'].reduce((n, k) => n + sized.tables[k as 'bayi'].length, 0);
    expect(Math.abs(rows - 3000)).toBeLessThan(30);
  });

  it('reports every injected problem at its sheet, row and column, and nothing else', async () => {
    const sample = generateSample({ seed: 1, year: 2025, kelurahan: 3 });
    const injected = injectErrors(sample);
    // A dose too close to the previous one is judged by the status engine with the rules (DOSE_TOO_CLOSE, stage 'status'): test/app/seriesAgreement.test.ts.
    const expected = injected.filter((e) => FINDING_CATALOG[e.code].stage === undefined);
    expect(injected.filter((e) => !expected.includes(e)).map((e) => e.code)).toEqual(['DOSE_TOO_CLOSE']);
    const { findings } = await read(sample);
    expect(findings.map(key).sort()).toEqual(expected.map(key).sort());
    // One instance of every finding code the reader has (codes a report raises are not the reader's).
    const readerCodes = Object.entries(FINDING_CATALOG).filter(([, entry]) => entry.stage === undefined).map(([code]) => code);
    expect(new Set(expected.map((e) => e.code))).toEqual(new Set(readerCodes));
    const times = new Map<string, number>();
    for (const e of expected) times.set(e.code, (times.get(e.code) ?? 0) + 1);
    // Kelurahan, Sekolah and Vaksin codes; a negative and a fractional count; #REF! and #VALUE!.
    expect([...times].filter(([, n]) => n > 1).sort()).toEqual([['CELL_ERROR', 2], ['NUMBER_INVALID', 2], ['REF_UNKNOWN', 3]]);
    // Every message reads as finished sentences: one full stop at the end, never two in a row.
    for (const f of findings) expect(f.message).toMatch(/[^.]\.$/);
    expect(findings.filter((f) => /\.\.(?!\.)/.test(f.message.replace(/…/g, ''))).map((f) => f.message)).toEqual([]);
  });

  it('ships templates/contoh-puskesmas.xlsx as seed 1, clean (npm run sample -- --seed 1 -o templates/contoh-puskesmas.xlsx)', () => {
    const bytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
    const { findings, registers } = readRegisters(readWorkbookBytes(bytes), { today });
    expect(findings).toEqual([]);
    expect(registers).toEqual(contoh);
    expect(registers.puskesmas?.nama).toBe('Sidomulyo');
    expect(bytes.length).toBeLessThan(512 * 1024);
  });
});
