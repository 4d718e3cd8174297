import { readFileSync } from 'node:fs';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { FINDING_CATALOG } from '../../src/domain/findingCatalog';

const today = '2025-12-31';
const read = async (sample: ReturnType<typeof generateSample>) => readRegisters(readWorkbookBytes(await writeWorkbook(sampleSpecs(sample))), { today });
const key = (f: { sheet: string; row: number; column: string; code: string }) => `${f.sheet}|${f.row}|${f.column}|${f.code}`;

describe('the sample generator', () => {
  it('makes a clean workbook: no finding at all, for several seeds', async () => {
    for (const seed of [1, 2, 3]) {
      const { findings, registers } = await read(generateSample({ seed, year: 2025, kelurahan: 3 }));
      expect(findings).toEqual([]);
      expect(registers.bayi.length).toBeGreaterThan(100);
      expect(registers.bumil.length).toBeGreaterThan(50);
    }
  });

  it('is reproducible from its seed', () => {
    expect(generateSample({ seed: 7, year: 2025, kelurahan: 2 })).toEqual(generateSample({ seed: 7, year: 2025, kelurahan: 2 }));
    expect(generateSample({ seed: 7, year: 2025, kelurahan: 2 })).not.toEqual(generateSample({ seed: 8, year: 2025, kelurahan: 2 }));
  });

  it('is realistic: drop-outs, cross-register women, screened histories and late babies', async () => {
    const { registers } = await read(generateSample({ seed: 1, year: 2025, kelurahan: 5 }));
    const count = (key: string) => registers.bayi.filter((b) => b.doses[key]).length;
    expect(count('dpt1')).toBeGreaterThan(count('dpt3'));
    expect(count('dpt3')).toBeGreaterThan(count('mr1'));
    const women = [...registers.wus, ...registers.caten, ...registers.bumil].filter((w) => w.nik);
    const byNik = new Map<string, Set<string>>();
    for (const w of women) byNik.set(w.nik!, (byNik.get(w.nik!) ?? new Set()).add(w.sheet));
    expect([...byNik.values()].filter((s) => s.size > 1).length).toBeGreaterThan(10);
    expect(registers.wus.filter((w) => w.statusSkrining !== null).length).toBeGreaterThan(registers.wus.length / 2);
    expect(registers.bayi.some((b) => b.id?.startsWith('KK:'))).toBe(true);
    expect(registers.bias.map((p) => p.kelas).sort()).toContain(6);
  });

  it('reports every injected problem at its sheet, row and column, and nothing else', async () => {
    const sample = generateSample({ seed: 1, year: 2025, kelurahan: 3 });
    const expected = injectErrors(sample);
    const { findings } = await read(sample);
    expect(findings.map(key).sort()).toEqual(expected.map(key).sort());
    // Every finding code the reader has is exercised except the two that need a whole sheet blank.
    const readerCodes = Object.entries(FINDING_CATALOG).filter(([, entry]) => entry.stage === undefined).map(([code]) => code);
    const untested = readerCodes.filter((code) => !expected.some((e) => e.code === code));
    expect(untested.sort()).toEqual(['HEADER_NOT_FOUND', 'SHEET_EMPTY']);
  });

  it('ships templates/contoh-puskesmas.xlsx as seed 1, clean (npm run sample -- --seed 1 -o templates/contoh-puskesmas.xlsx)', async () => {
    const bytes = new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'));
    const { findings, registers } = readRegisters(readWorkbookBytes(bytes), { today });
    expect(findings).toEqual([]);
    const fresh = readRegisters(readWorkbookBytes(await writeWorkbook(sampleSpecs(generateSample({ seed: 1, year: 2025, kelurahan: 5 })))), { today });
    expect(registers).toEqual(fresh.registers);
    expect(registers.puskesmas?.nama).toBe('Sidomulyo');
    expect(bytes.length).toBeLessThan(1024 * 1024);
  });
});
