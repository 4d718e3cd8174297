import { checkWorkbook, checkWorkbookForReport } from '../../src/app/checkWorkbook';
import { monthlyReportFromRegisters } from '../../src/app/monthlyReport';
import { EPISODE_DOSES, WUS_DOSES } from '../../src/domain/antigens';
import { Cell, RawSheet, RawWorkbook } from '../../src/domain/raw';
import { BAYI_SHEET, BIAS_SHEET, BUMIL_SHEET, WUS_SHEET } from '../../src/domain/schema/registers';
import { PersonStatus, ReportPerson } from '../../src/domain/status/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';

/*
 * The monthly report's status (checkWorkbookForReport → computeReportStatus) skips the T engine
 * for persons without a row in Register WUS, Caten or Bumil and keeps of each person only what
 * the report reads. Shown here to change nothing: the complete check's findings, each person's
 * kelurahan, rows, IDL, IBL and counted T doses, and the report's sheets and findings, against
 * the whole status engine — on a clean sample, on the sample with every reader problem
 * injected, and on a copy whose women's registers are damaged and linked to infants and pupils.
 */
const TODAY = '2026-01-05';
const OPTIONS = { year: 2025, month: 12, today: TODAY, generatedAt: '2026-01-05T10:15:00+07:00' } as const;
const WOMEN = new Set(['wus', 'caten', 'bumil']);

async function sampleWorkbook(damage: boolean): Promise<RawWorkbook> {
  const sample = generateSample({ seed: 11, year: 2025, kelurahan: 3 });
  if (damage) injectErrors(sample);
  return readWorkbookBytes(await writeWorkbook(sampleSpecs(sample)));
}

/** The header row of a register sheet and the column of each header. */
function columns(sheet: RawSheet, headers: readonly string[]): { header: number; col: (h: string) => number } {
  const header = sheet.rows.findIndex((r) => headers.filter((h) => r.includes(h)).length >= 3);
  if (header < 0) throw new Error(`no header row on ${sheet.name}`);
  return { header, col: (h) => sheet.rows[header].indexOf(h) };
}

/**
 * The women's registers damaged where the T engine works: WUS rows take the NIK of infants and
 * pupils (one person across registers), T doses get unreadable, future and out-of-order dates,
 * screenings lose their date or status, and Bumil rows repeat a WUS dose on the same day.
 */
function damageWomen(base: RawWorkbook): RawWorkbook {
  const copy: RawWorkbook = { ...base, sheets: base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })) };
  const sheet = (name: string) => copy.sheets.find((s) => s.name === name)!;
  const headersOf = (schema: typeof WUS_SHEET) => schema.columns.map((c) => c.header);
  const wus = sheet(WUS_SHEET.name);
  const w = columns(wus, headersOf(WUS_SHEET));
  const bayi = sheet(BAYI_SHEET.name);
  const b = columns(bayi, headersOf(BAYI_SHEET));
  const bias = sheet(BIAS_SHEET.name);
  const s = columns(bias, headersOf(BIAS_SHEET));
  const bumil = sheet(BUMIL_SHEET.name);
  const m = columns(bumil, headersOf(BUMIL_SHEET));
  const nik = 'NIK';
  const dataRows = (sh: RawSheet, at: number) => sh.rows.map((_, i) => i).filter((i) => i > at && sh.rows[i].some((c) => c !== null && c !== ''));
  const wusRows = dataRows(wus, w.header);
  const bayiRows = dataRows(bayi, b.header);
  const biasRows = dataRows(bias, s.header);
  const bumilRows = dataRows(bumil, m.header);
  const set = (sh: RawSheet, row: number, col: number, value: Cell) => {
    if (col < 0) throw new Error(`no column on ${sh.name}`);
    while (sh.rows[row].length <= col) sh.rows[row].push(null);
    sh.rows[row][col] = value;
  };
  const T = WUS_DOSES.map((d) => d.header);
  const bad: Cell[] = ['31-02-2025', 'kemarin', '2027-01-01', '#REF!'];
  for (let k = 0; k < wusRows.length; k++) {
    const row = wusRows[k];
    if (k % 11 === 0) set(wus, row, w.col(nik), bayi.rows[bayiRows[k % bayiRows.length]][b.col(nik)]);
    else if (k % 11 === 1) set(wus, row, w.col(nik), bias.rows[biasRows[k % biasRows.length]][s.col(nik)]);
    else if (k % 11 === 2) set(wus, row, w.col(T[k % T.length]), bad[k % bad.length]);
    else if (k % 11 === 3) set(wus, row, w.col('Tanggal Skrining'), null);
    else if (k % 11 === 4) set(wus, row, w.col('Status T Skrining'), null);
    else if (k % 11 === 5) {
      // T2 before T1
      const [t1, t2] = [wus.rows[row][w.col(T[0])], wus.rows[row][w.col(T[1])]];
      set(wus, row, w.col(T[0]), t2 ?? null);
      set(wus, row, w.col(T[1]), t1 ?? null);
    }
  }
  // A Bumil row of a WUS woman with her WUS T1 on the same day (one dose, counted once).
  for (let k = 0; k < Math.min(bumilRows.length, 40); k += 4) {
    const from = wusRows[(k * 3 + 7) % wusRows.length];
    set(bumil, bumilRows[k], m.col(nik), wus.rows[from][w.col(nik)]);
    set(bumil, bumilRows[k], m.col(EPISODE_DOSES[0].header), wus.rows[from][w.col(T[0])] ?? null);
  }
  return copy;
}

/** What the report reads of a person. */
const readByReport = (p: PersonStatus | ReportPerson) => ({
  kelurahan: p.kelurahan,
  rows: p.rows.map((r) => `${r.sheet}:${r.row}`),
  doses: p.rows.some((r) => WOMEN.has(r.sheet)) ? p.doses.map((d) => ({ date: d.date, sheet: d.sheet, row: d.row, valid: d.valid, step: d.step, kelurahan: d.kelurahan })) : [],
  idl: p.infant?.idl ? { reached: p.infant.idl.reached, date: p.infant.idl.date } : null,
  ibl: p.infant?.ibl ? { reached: p.infant.ibl.reached, date: p.infant.ibl.date } : null,
});

describe('checkWorkbookForReport (the report status)', () => {
  let cases: [string, RawWorkbook][];
  beforeAll(async () => {
    const clean = await sampleWorkbook(false);
    cases = [
      ['clean sample', clean],
      ['sample with every reader problem', await sampleWorkbook(true)],
      ['damaged women registers', damageWomen(clean)],
    ];
  });

  it.each([0, 1, 2])('gives the findings, persons and report of the whole status engine (case %i)', (i) => {
    const [name, workbook] = cases[i];
    const full = checkWorkbook(workbook, { today: TODAY });
    const lean = checkWorkbookForReport(workbook, { today: TODAY });
    expect({ name, findings: lean.findings }).toEqual({ name, findings: full.findings });

    const fullPersons = full.computation.persons;
    const leanPersons = lean.computation.persons;
    expect(leanPersons.map(readByReport)).toEqual(fullPersons.map(readByReport));
    // What the report status leaves out it does not read: no T dose of a person outside the women's registers counts on a report line.
    const outside = fullPersons.filter((p) => !p.rows.some((r) => WOMEN.has(r.sheet)));
    expect(outside.flatMap((p) => p.doses).filter((d) => WOMEN.has(d.sheet))).toEqual([]);
    expect(leanPersons.filter((p) => !p.rows.some((r) => WOMEN.has(r.sheet))).every((p) => p.doses.length === 0)).toBe(true);

    const fromFull = monthlyReportFromRegisters(full.computation.registers, full.findings, { ...OPTIONS, rules: full.computation.rules.rules }, fullPersons);
    const fromLean = monthlyReportFromRegisters(lean.computation.registers, lean.findings, { ...OPTIONS, rules: lean.computation.rules.rules }, leanPersons);
    expect(fromLean.findings).toEqual(fromFull.findings);
    expect(fromLean.model.computability).toEqual(fromFull.model.computability);
    expect(fromLean.specs).toEqual(fromFull.specs);
  });

  it('is tried on what it skips: infants and pupils with T doses, women linked to them, T lines counted', () => {
    const [, clean] = cases[0];
    const [, damaged] = cases[2];
    const full = checkWorkbook(clean, { today: TODAY }).computation.persons;
    // Infants and pupils whose T history the report status skips.
    expect(full.filter((p) => p.rows.every((r) => !WOMEN.has(r.sheet)) && p.doses.length > 0).length).toBeGreaterThan(100);
    const report = monthlyReportFromRegisters(checkWorkbook(clean, { today: TODAY }).computation.registers, [], { ...OPTIONS }, full);
    const tLines = Object.entries(report.model.immunization.total.lines).filter(([k]) => /^(wus|caten|bumil)_t/.test(k));
    expect(tLines.some(([, line]) => line.kumulatif.total - line.kumulatif.luar > 0)).toBe(true);
    // Women who are also in Register Bayi or BIAS: their whole T history is computed, infant and pupil doses included.
    const linked = checkWorkbookForReport(damaged, { today: TODAY }).computation.persons.filter((p) => p.rows.some((r) => WOMEN.has(r.sheet)) && p.rows.some((r) => !WOMEN.has(r.sheet)));
    expect(linked.length).toBeGreaterThan(5);
    expect(linked.some((p) => p.doses.some((d) => !WOMEN.has(d.sheet)))).toBe(true);
  });
});
