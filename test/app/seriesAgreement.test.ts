import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { checkWorkbook, checkWorkbookForReport } from '../../src/app/checkWorkbook';
import { isoDateToSerial, serialToIsoDate } from '../../src/domain/dates/excelSerial';
import { addDaysIso, IsoDate } from '../../src/domain/dates/isoDate';
import { Finding } from '../../src/domain/findings';
import { Cell, RawWorkbook } from '../../src/domain/raw';
import { sheetSchema } from '../../src/domain/schema/registers';
import { SheetKey } from '../../src/domain/schema/types';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample, SampleWorkbook } from '../../src/sample/generateSample';
import { injectErrors } from '../../src/sample/injectErrors';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { notCountedForGap } from '../helpers/notCounted';

/*
 * Periksa and the status engine never disagree about a dose series: the doses Periksa warns
 * about as too close (DOSE_TOO_CLOSE) are exactly the doses the status engine does not count
 * for their gap ("jarak …" reasons) — the infant series in Register Bayi (IDL/IBL), and the
 * Td/TT doses of Register WUS, Caten and Bumil (status T: each T step's own gap after the
 * previous valid dose, in any register, or after the screening that set the status). Over the
 * shipped contoh, a generated sample with every reader problem injected, samples whose dose
 * dates are pushed close together, and the same under an Aturan sheet that changes the gaps,
 * the month counting and the tolerance (and one whose gap row is unreadable: defaults, said).
 * Real xlsx written by our writer (the Aturan sheet by SheetJS) and read by the reader.
 */
const TODAY = '2025-12-31';

/** Where a finding or a dose is: sheet, row and column header. */
const at = (sheet: string, row: number, column: string) => `${sheet}|${row}|${column}`;

interface Sides {
  periksa: string[];
  engine: string[];
  findings: Finding[];
}

function sides(workbook: RawWorkbook): Sides {
  const { findings } = checkWorkbook(workbook, { today: TODAY });
  const periksa = findings.filter((f) => f.code === 'DOSE_TOO_CLOSE').map((f) => at(f.sheet, f.row, f.column));
  return { periksa: periksa.sort(), engine: notCountedForGap(workbook, TODAY), findings };
}

/** Column index of a key in a sample table. */
const col = (key: SheetKey, column: string) => sheetSchema(key).columns.findIndex((c) => c.key === column);

/**
 * Dose dates pushed close together, as a petugas might write them (or give them): a dose
 * 20–35 days after the one before it in infant series (also after a dose that itself does not
 * count), IPV 2 three months after IPV 1; Td/TT 3 two months after Td/TT 2, Td/TT 4 eight
 * months after Td/TT 3, Td/TT 2 27 days after Td/TT 1; caten and bumil dose 2 three weeks
 * after dose 1.
 */
function pushClose(sample: SampleWorkbook): void {
  const date = (row: Cell[], i: number): IsoDate | null => (typeof row[i] === 'number' ? serialToIsoDate(row[i] as number) : null);
  const after = (key: SheetKey, row: Cell[], from: string, to: string, days: number) => {
    const d = date(row, col(key, from));
    if (d !== null && row[col(key, to)] !== null && row[col(key, to)] !== undefined) row[col(key, to)] = isoDateToSerial(addDaysIso(d, days));
  };
  sample.tables.bayi.forEach((row, k) => {
    switch (k % 9) {
      case 0:
        // DPT 2 too close; DPT 3 20 days after it but 40 after DPT 1, the previous dose that counts.
        after('bayi', row, 'dpt1', 'dpt2', 20);
        after('bayi', row, 'dpt1', 'dpt3', 40);
        break;
      case 1:
        after('bayi', row, 'polio2', 'polio3', 27);
        break;
      case 2:
        after('bayi', row, 'ipv', 'ipv2', 92);
        break;
      case 3:
        after('bayi', row, 'pcv1', 'pcv2', 30);
        break;
      case 4:
        after('bayi', row, 'polio1', 'polio2', 26);
        break;
      case 5:
        after('bayi', row, 'rv1', 'rv2', 35);
        break;
    }
  });
  sample.tables.wus.forEach((row, k) => {
    if (k % 4 === 0) after('wus', row, 't2', 't3', 61);
    else if (k % 4 === 1) after('wus', row, 't3', 't4', 240);
    else if (k % 4 === 2) after('wus', row, 't1', 't2', 27);
  });
  for (const key of ['caten', 'bumil'] as const) sample.tables[key].forEach((row, k) => k % 3 === 0 && after(key, row, 'td1', 'td2', 21));
}

/** The sample's xlsx with an Aturan sheet (written by SheetJS into the same file), read back. */
async function workbookOf(sample: SampleWorkbook, aturan?: Cell[][]): Promise<RawWorkbook> {
  const bytes = await writeWorkbook(sampleSpecs(sample));
  if (!aturan) return readWorkbookBytes(bytes);
  const wb = XLSX.read(bytes, { type: 'array' });
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aturan), 'Aturan');
  return readWorkbookBytes(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
}

const ATURAN: Cell[][] = [
  ['Aturan', 'Nilai'],
  ['Jarak minimal dosis satu seri', '5 minggu'],
  ['Jarak minimal T3', '8 bulan'],
  ['Jarak minimal T2', '30 hari'],
  ['Hitungan bulan', '30 hari'],
  ['Toleransi jarak', '3'],
];
const BROKEN_ATURAN: Cell[][] = [
  ['Aturan', 'Nilai'],
  ['Jarak minimal dosis satu seri', 'empat minggu'],
  ['Toleransi jarak', '2'],
];
/** No header row: no rule is read, every one is the preset's. */
const HEADERLESS_ATURAN: Cell[][] = [
  ['Jarak minimal dosis satu seri', '8 minggu'],
  ['Toleransi jarak', '5'],
];

function expectAgreement(s: Sides): void {
  expect(s.periksa).toEqual(s.engine);
}

describe('Periksa and the status engine agree on every dose of a series', () => {
  it('on the shipped contoh', () => {
    expectAgreement(sides(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')))));
  });

  it('on a generated sample with every reader problem injected', async () => {
    const sample = generateSample({ seed: 2, year: 2025, kelurahan: 3 });
    injectErrors(sample);
    const s = sides(await workbookOf(sample));
    expectAgreement(s);
    expect(s.periksa.length).toBeGreaterThan(0);
  });

  describe('on samples with doses pushed close together', () => {
    const cases: [string, number, Cell[][] | undefined][] = [
      ['preset rules', 4, undefined],
      ['an Aturan sheet changing the series gap, T2 and T3 gaps, the month counting and the tolerance', 5, ATURAN],
      ['an Aturan sheet whose series gap cannot be read (the default is used, and said)', 6, BROKEN_ATURAN],
      ['an Aturan sheet without its header row (every default is used, and said)', 7, HEADERLESS_ATURAN],
    ];
    it.each(cases)('with %s', async (_name, seed, aturan) => {
      const sample = generateSample({ seed, year: 2025, kelurahan: 3 });
      pushClose(sample);
      const workbook = await workbookOf(sample, aturan);
      const s = sides(workbook);
      expectAgreement(s);
      // Not vacuous: infant and women's doses of several kinds on both sides.
      expect(s.periksa.filter((p) => p.startsWith('Register Bayi')).length).toBeGreaterThan(10);
      expect(s.periksa.filter((p) => p.startsWith('Register WUS')).length).toBeGreaterThan(0);
      expect(s.periksa.filter((p) => /^Register (Caten|Bumil)/.test(p)).length).toBeGreaterThan(2);
      // The report's check (monthly report, Dinkes merge) finds the same.
      expect(checkWorkbookForReport(workbook, { today: TODAY }).findings).toEqual(s.findings);
      if (aturan === BROKEN_ATURAN) {
        const invalid = s.findings.filter((f) => f.code === 'RULE_INVALID');
        expect(invalid.map((f) => at(f.sheet, f.row, f.column))).toEqual(['Aturan|2|Nilai']);
        expect(invalid[0].message).toContain('Sementara dipakai nilai bawaan (4 minggu)');
        // The tolerance row still applies: a dose 2 days early is counted, and not warned about.
        expect(s.findings.some((f) => f.code === 'DOSE_TOO_CLOSE' && f.message.includes('toleransi 2 hari'))).toBe(true);
      }
      if (aturan === HEADERLESS_ATURAN) {
        const broken = s.findings.filter((f) => f.sheet === 'Aturan');
        expect(broken.map((f) => f.code)).toEqual(['HEADER_NOT_FOUND']);
        expect(broken[0].message).toContain('semua aturan memakai nilai bawaan');
        expect(s.findings.some((f) => f.code === 'DOSE_TOO_CLOSE' && /toleransi|8 minggu/.test(f.message))).toBe(false);
      }
    });
  });
});
