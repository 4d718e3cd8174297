import fc from 'fast-check';
import { monthlyReport } from '../../src/app/monthlyReport';
import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { Cell, RawSheet, RawWorkbook } from '../../src/domain/raw';
import { BAYI_SHEET, BIAS_SHEET, BUMIL_SHEET, KELURAHAN_SHEET, LUAR_SHEET, SEKOLAH_SHEET, STOK_SHEET } from '../../src/domain/schema/registers';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { Counts, recountWorkbook } from '../helpers/recount';

/*
 * Issue 11's invariant, property style: damage a clean register workbook at random (a
 * renamed header, an unreadable or future date in a dose cell, a broken count, a blank Kode
 * Kelurahan or Kode Sekolah; in Register Bayi, Imunisasi Luar, Register Bumil and Register BIAS) and every Data Laporan figure of the report either equals the independent
 * recount of the undamaged registers or is listed as not computable — and the report says it
 * is not final. Fixed seed, bounded runs.
 */
const YEAR = 2025;
const MONTH = 12;
const TODAY = '2026-01-05';
const STAMP = '2026-01-05T10:15:00+07:00';

/**
 * A sheet to damage: the columns that may be hit, and the column that says where a row counts
 * (never blanked in the Kelurahan or Sekolah master: a blank code there moves that kelurahan's
 * doses, in the open, to the "not listed" row, as an unknown code does).
 */
type Target = { sheet: string; columns: string[]; place: string };
const doseHeaders = (columns: typeof BAYI_SHEET.columns, keys?: string[]) => columns.filter((c) => c.type === 'date' && (keys ? keys.includes(c.key) : c.key !== 'tanggalLahir')).map((c) => c.header);
const DOSES: Target = { sheet: BAYI_SHEET.name, columns: doseHeaders(BAYI_SHEET.columns), place: 'Kode Kelurahan' };
const COUNTS: Target = { sheet: LUAR_SHEET.name, columns: LUAR_SHEET.columns.filter((c) => c.type === 'count').map((c) => c.header), place: 'Kode Kelurahan' };
const BUMIL: Target = { sheet: BUMIL_SHEET.name, columns: doseHeaders(BUMIL_SHEET.columns, ['td1', 'td2']), place: 'Kode Kelurahan' };
const BIAS: Target = { sheet: BIAS_SHEET.name, columns: doseHeaders(BIAS_SHEET.columns), place: 'Kode Sekolah' };
// The denominators and the stock (issue: errors in Kelurahan rows, sasaran cells and Stok Vaksin rows block what they feed).
// Optional columns (Murid Perempuan Kelas 5) may be left out: their figures then have no sasaran, said as "-".
const counts = (columns: typeof BAYI_SHEET.columns) => columns.filter((c) => c.type === 'count' && c.need !== 'optional').map((c) => c.header);
const KELURAHAN: Target = { sheet: KELURAHAN_SHEET.name, columns: counts(KELURAHAN_SHEET.columns), place: 'Kode Kelurahan' };
const SEKOLAH: Target = { sheet: SEKOLAH_SHEET.name, columns: counts(SEKOLAH_SHEET.columns), place: 'Kode Sekolah' };
const STOK: Target = { sheet: STOK_SHEET.name, columns: counts(STOK_SHEET.columns), place: 'Kode Vaksin' };

type Damage =
  | { kind: 'header'; target: Target; column: number }
  | { kind: 'garbage'; target: Target; column: number; row: number }
  | { kind: 'future'; column: number; row: number }
  | { kind: 'kelurahan'; target: Target; row: number };

const target = fc.constantFrom(DOSES, COUNTS, BUMIL, BIAS, KELURAHAN, SEKOLAH, STOK);
const placed = fc.constantFrom(DOSES, COUNTS, BUMIL, BIAS, STOK);
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('header' as const), target, column: fc.nat() }),
  fc.record({ kind: fc.constant('garbage' as const), target, column: fc.nat(), row: fc.nat() }),
  fc.record({ kind: fc.constant('future' as const), column: fc.nat(), row: fc.nat() }),
  fc.record({ kind: fc.constant('kelurahan' as const), target: placed, row: fc.nat() }),
);

/** Applies the damage to a copy of the workbook's sheets. */
function damaged(workbook: RawWorkbook, damages: readonly Damage[]): RawWorkbook {
  const sheets = workbook.sheets.map((s): RawSheet => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const d of damages) {
    const t = d.kind === 'future' ? DOSES : d.target;
    const sheet = sheets.find((s) => s.name === t.sheet)!;
    const headerIndex = sheet.rows.findIndex((r) => r.some((c) => c === t.place)); // never renamed here
    const header = sheet.rows[headerIndex];
    const col = (name: string) => header.findIndex((c) => c === name);
    const dataRow = (n: number) => headerIndex + 1 + (n % (sheet.rows.length - headerIndex - 1));
    const set = (row: number, column: number, value: Cell) => {
      if (column < 0) return; // an earlier damage renamed that header
      sheet.rows[row][column] = value;
    };
    if (d.kind === 'header') set(headerIndex, col(t.columns[d.column % t.columns.length]), `${t.columns[d.column % t.columns.length]} (lama)`);
    if (d.kind === 'garbage') set(dataRow(d.row), col(t.columns[d.column % t.columns.length]), 'belum tahu');
    if (d.kind === 'future') set(dataRow(d.row), col(DOSES.columns[d.column % DOSES.columns.length]), isoDateToSerial('2026-03-02'));
    if (d.kind === 'kelurahan') set(dataRow(d.row), col(t.place), null);
  }
  return { ...workbook, sheets };
}

describe('every figure is right or visibly flagged (property)', () => {
  let clean: RawWorkbook;
  let truth: Counts;
  beforeAll(async () => {
    const sample = generateSample({ seed: 11, year: YEAR, kelurahan: 2, rows: { bayi: 160, bias: 40, wus: 8, caten: 8, bumil: 40 } });
    clean = readWorkbookBytes(await writeWorkbook(sampleSpecs(sample)));
    truth = recountWorkbook(clean, { year: YEAR, month: MONTH, today: TODAY, uciThreshold: DEFAULT_TARGETS.uciThreshold });
  });

  it('the clean sample: final, nothing blocked, every figure equals the recount', () => {
    const { model } = monthlyReport(clean, { year: YEAR, month: MONTH, today: TODAY, generatedAt: STAMP });
    expect(model.dataLaporan.jumlahError).toBe(0);
    expect(model.dataLaporan.tidakDapatDihitung).toEqual([]);
    const reported = new Map(model.dataLaporan.rows.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, { nilai: r.nilai, sasaran: r.sasaran }]));
    expect(Object.fromEntries([...reported].sort())).toEqual(Object.fromEntries([...truth].sort()));
  });

  it('damaged: each Data Laporan figure equals the recount of the undamaged registers or is listed as not computable', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        const { model } = monthlyReport(damaged(clean, damages), { year: YEAR, month: MONTH, today: TODAY, generatedAt: STAMP });
        const data = model.dataLaporan;
        expect(data.jumlahError).toBeGreaterThan(0);
        const blocked = new Set(data.tidakDapatDihitung.map((r) => `${r.kodeKelurahan}|${r.indikator}`));
        const wrong = data.rows.filter((r) => {
          const key = `${r.kodeKelurahan}|${r.indikator}`;
          const t = truth.get(key);
          return !blocked.has(key) && (t === undefined ? r.nilai !== 0 : t.nilai !== r.nilai || t.sasaran !== r.sasaran);
        });
        expect(wrong.map((r) => `${r.kodeKelurahan}|${r.indikator}=${r.nilai} (recount ${truth.get(`${r.kodeKelurahan}|${r.indikator}`)?.nilai})`)).toEqual([]);
        // And nothing the recount has is silently missing: it is either reported or listed.
        const reported = new Set(data.rows.map((r) => `${r.kodeKelurahan}|${r.indikator}`));
        const missing = [...truth.keys()].filter((key) => !reported.has(key) && !blocked.has(key) && truth.get(key)!.nilai !== 0);
        expect(missing).toEqual([]);
      }),
      { seed: Number(process.env.SEED ?? 20261207), numRuns: Number(process.env.RUNS ?? 40) },
    );
  });
});
