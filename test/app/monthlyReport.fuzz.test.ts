import fc from 'fast-check';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { monthlyReport } from '../../src/app/monthlyReport';
import { DataLaporan } from '../../src/domain/dataLaporan/types';
import { Cell, RawSheet, RawWorkbook } from '../../src/domain/raw';
import { DEFAULT_TARGETS } from '../../src/domain/programme/targets';
import { sheetSchema } from '../../src/domain/schema/registers';
import { SheetKey } from '../../src/domain/schema/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { recountWorkbook } from '../helpers/recount';

/*
 * Issue 11's invariant under random damage: register workbooks with renamed dose headers, bad
 * dates, deleted rows and a stale stored sheet size (<dimension>). Every figure of the report's
 * Data Laporan either equals an independent recount (test/helpers/recount.ts) of the workbook the
 * petugas meant — the rows left after the deletions, with the right headers and dates — or is
 * listed as not computable; and a report made from damaged data says it is not final.
 * Fixed seed, bounded runs: the same cases on every `npm test`.
 */
const YEAR = 2025;
const MONTH = 12;
const TODAY = '2026-01-05';
const PERIOD = { year: YEAR, month: MONTH, today: TODAY, uciThreshold: DEFAULT_TARGETS.uciThreshold };

/** The sheets whose dose columns the damage touches, with those columns' keys. */
const DAMAGEABLE: Partial<Record<SheetKey, string[]>> = {
  bayi: sheetSchema('bayi').columns.filter((c) => c.type === 'date' && c.key !== 'tanggalLahir').map((c) => c.key),
  wus: ['t1', 't2', 't3'],
  bumil: ['td1', 'td2'],
  bias: sheetSchema('bias').columns.filter((c) => c.type === 'date').map((c) => c.key),
};
const SHEETS = Object.keys(DAMAGEABLE) as SheetKey[];
const BAD_DATES: Cell[] = ['31-02-2025', 'kemarin', '2025-13-01', '#REF!', '12/31/2025x'];

interface Damage {
  sheet: SheetKey;
  kind: 'rename' | 'badDate' | 'deleteRow';
  /** Which column (of the sheet's damageable ones) or which data row, as a fraction of the range. */
  at: number;
  /** Which bad date, or which misspelling. */
  variant: number;
}

const damageArb = fc.record({
  sheet: fc.constantFrom(...SHEETS),
  kind: fc.constantFrom('rename' as const, 'badDate' as const, 'deleteRow' as const),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  variant: fc.nat({ max: 4 }),
});

function misspell(header: string, variant: number): string {
  const typo = [
    `${header}x`,
    header.length > 2 ? header[1] + header[0] + header.slice(2) : `X${header}`,
    header.replace(/\s+/g, '_').replace(/-/g, '') + '?',
    `Dosis ${header} (?)`,
    header.slice(0, -1) + '0',
  ][variant];
  return typo === header ? `${header}x` : typo;
}

const copySheet = (s: RawSheet): RawSheet => ({ ...s, rows: s.rows.map((r) => [...r]) });

/** The header row index (in rows) of a register sheet and the column index of a key's header. */
function locate(sheet: RawSheet, key: SheetKey, column?: string): { header: number; col: number } {
  const headers = new Set(sheetSchema(key).columns.map((c) => c.header));
  const header = sheet.rows.findIndex((r) => r.filter((c) => typeof c === 'string' && headers.has(c)).length >= 3);
  if (header < 0) throw new Error(`no header row on ${sheet.name}`);
  const wanted = column === undefined ? undefined : sheetSchema(key).columns.find((c) => c.key === column)!.header;
  return { header, col: wanted === undefined ? -1 : sheet.rows[header].indexOf(wanted) };
}

/** The meant workbook (rows deleted) and the damaged one (rows deleted, headers renamed, bad dates). */
function applyDamage(base: RawWorkbook, damages: Damage[]): { meant: RawWorkbook; damaged: RawWorkbook; broken: boolean } {
  const meant = { sheets: base.sheets.map(copySheet) };
  const edits: { sheet: string; row: number; col: number; value: Cell }[] = [];
  for (const d of damages) {
    const name = sheetSchema(d.sheet).name;
    const sheet = meant.sheets.find((s) => s.name === name)!;
    const columns = DAMAGEABLE[d.sheet]!;
    const { header, col } = locate(sheet, d.sheet, columns[Math.floor(d.at * columns.length)]);
    const dataRows = sheet.rows.length - header - 1;
    if (dataRows <= 0 || col < 0) continue;
    const row = header + 1 + Math.floor(d.at * dataRows);
    if (d.kind === 'deleteRow') {
      sheet.rows.splice(row, 1);
      // Later edits on this sheet address rows of the meant sheet: drop those that pointed below.
      for (let i = edits.length - 1; i >= 0; i--) if (edits[i].sheet === name && edits[i].row >= row) edits.splice(i, 1);
    } else if (d.kind === 'rename') {
      edits.push({ sheet: name, row: header, col, value: misspell(String(sheet.rows[header][col]), d.variant) });
    } else {
      // Only a filled dose is damaged: an empty one would stay a dose not given.
      const filled = sheet.rows.map((r, i) => i).filter((i) => i > header && typeof sheet.rows[i][col] === 'number');
      if (filled.length === 0) continue;
      edits.push({ sheet: name, row: filled[Math.floor(d.at * filled.length * 7) % filled.length], col, value: BAD_DATES[d.variant] });
    }
  }
  const damaged = { sheets: meant.sheets.map(copySheet) };
  for (const e of edits) damaged.sheets.find((s) => s.name === e.sheet)!.rows[e.row][e.col] = e.value;
  return { meant, damaged, broken: edits.length > 0 };
}

/** Real xlsx bytes of a raw workbook (SheetJS), optionally with every sheet's <dimension> claiming A1:C3. */
async function xlsxBytes(workbook: RawWorkbook, staleDimension: boolean): Promise<Uint8Array> {
  const wb = XLSX.utils.book_new();
  for (const s of workbook.sheets) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, s.rows, { origin: { r: s.firstRow - 1, c: s.firstCol - 1 } });
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  if (!staleDimension) return new Uint8Array(bytes);
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    if (!/<dimension ref="[^"]*"\/>/.test(xml)) throw new Error(`${path} has no <dimension> to make stale`);
    zip.file(path, xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:C3"/>'));
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Figures of a Data Laporan by kelurahan|indikator, and the not-computable ones. */
function figures(data: DataLaporan) {
  return {
    reported: new Map(data.rows.map((r) => [`${r.kodeKelurahan}|${r.indikator}`, { nilai: r.nilai, sasaran: r.sasaran }])),
    blocked: new Set(data.tidakDapatDihitung.map((r) => `${r.kodeKelurahan}|${r.indikator}`)),
  };
}

describe('every Data Laporan figure of a damaged register equals a recount of what was meant, or is marked (fast-check)', () => {
  let base: RawWorkbook;
  beforeAll(async () => {
    const sample = generateSample({ seed: 7, year: YEAR, kelurahan: 3, rows: { bayi: 90, bias: 60, wus: 12, caten: 6, bumil: 30 } });
    base = readWorkbookBytes(await writeWorkbook(sampleSpecs(sample)));
  });

  it('holds for random renamed headers, bad dates, deleted rows and stale sheet sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damageArb, { minLength: 1, maxLength: 5 }), fc.boolean(), async (damages, stale) => {
        const { meant, damaged, broken } = applyDamage(base, damages);
        const expected = recountWorkbook(readWorkbookBytes(await xlsxBytes(meant, false)), PERIOD);
        const workbook = readWorkbookBytes(await xlsxBytes(damaged, stale));
        const data = monthlyReport(workbook, { year: YEAR, month: MONTH, today: TODAY, generatedAt: '2026-01-05T10:15:00+07:00' }).model.dataLaporan;
        const { reported, blocked } = figures(data);
        const wrong: string[] = [];
        for (const [key, want] of expected) {
          if (blocked.has(key)) continue;
          const got = reported.get(key);
          if (got === undefined || got.nilai !== want.nilai || got.sasaran !== want.sasaran) wrong.push(`${key}: laporan ${JSON.stringify(got)}, hitung ulang ${JSON.stringify(want)}`);
        }
        for (const key of reported.keys()) if (!expected.has(key)) wrong.push(`${key}: tidak ada di hitung ulang`);
        expect(wrong).toEqual([]);
        if (broken) expect((data.jumlahError ?? 0) > 0 || data.tidakDapatDihitung.length > 0).toBe(true);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261207), numRuns: Number(process.env.FUZZ_RUNS ?? 30), endOnFailure: true },
    );
  }, 600_000);
});
