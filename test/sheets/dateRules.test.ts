import { readFileSync } from 'node:fs';
import { yearlyBiasReport } from '../../src/app/biasReport';
import { mergeReports, MergeSource } from '../../src/app/mergeReports';
import { monthlyReport } from '../../src/app/monthlyReport';
import { jadwalReport, statusReport } from '../../src/app/statusReport';
import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { readMergeInput } from '../../src/io/xlsx/readMergeInput';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';
import { writeWorkbook } from '../../src/io/xlsx/writeWorkbook';
import { generateSample } from '../../src/sample/generateSample';
import { sampleSpecs } from '../../src/sample/sampleSpecs';
import { parseRange } from '../../src/sheets/a1';
import { isDateFormat } from '../../src/sheets/dateSystem';
import { SheetSpec } from '../../src/sheets/spec';
import { templateSpecs } from '../../src/sheets/template/templateSpecs';

/** Whether the spec shows a date in the 1-based cell: the column's format, then the styles over it in order. */
function showsDate(spec: SheetSpec, row: number, col: number): boolean {
  let date = isDateFormat(spec.columnFormats?.[col - 1]);
  for (const { range, style } of spec.styles ?? []) {
    if (style.numberFormat === undefined) continue;
    const { top, left, bottom, right } = parseRange(range);
    if (row >= top && row <= bottom && col >= left && col <= right) date = isDateFormat(style.numberFormat);
  }
  return date;
}

function anyDateIn(spec: SheetSpec, range: string): boolean {
  const { top, left, bottom, right } = parseRange(range);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (showsDate(spec, r, c)) return true;
  return false;
}

/**
 * The rules of a spec that compare cells showing dates with literal numbers without saying
 * they are dates: written into a 1904 workbook, those numbers would stay 1900 serials and
 * mark days four years off. A colour rule says so with `dates: true`, a validation with
 * kind 'date'; inDateSystem then moves them.
 */
function unannouncedDateRules(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const cf of spec.conditionalFormats ?? []) if (cf.rule.kind === 'cellValue' && !cf.rule.dates && anyDateIn(spec, cf.range)) out.push(`${spec.name}!${cf.range} colour rule ${cf.rule.operator} ${cf.rule.values.join(', ')}`);
  for (const v of spec.validations ?? []) if (v.kind === 'whole' && anyDateIn(spec, v.range)) out.push(`${spec.name}!${v.range} whole-number validation ${v.min}–${v.max}`);
  return out;
}

describe('generated sheets compare dates only in ways a 1904 workbook gets right', () => {
  let specs: SheetSpec[];
  beforeAll(async () => {
    const contoh = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));
    const stamp = { today: '2026-01-05', generatedAt: '05-01-2026 10:15 WIB' };
    const sources: MergeSource[] = await Promise.all(
      [0, 1].map(async (i) => {
        const bytes = await writeWorkbook(sampleSpecs(generateSample({ seed: 40 + i, year: 2025, kelurahan: 2 })));
        return { name: `register-${i}.xlsx`, date: '2026-01-03T16:00:00+07:00', bytes: async () => bytes };
      }),
    );
    specs = [
      ...templateSpecs({ year: 2025 }),
      ...monthlyReport(contoh, { year: 2025, month: 12, today: stamp.today, generatedAt: '2026-01-05T10:15:00+07:00' }).specs,
      ...statusReport(contoh, { ...stamp, month: { year: 2025, month: 12 } }).specs,
      ...jadwalReport(contoh, { ...stamp, month: { year: 2026, month: 1 } }).specs,
      ...yearlyBiasReport(contoh, { year: 2025, today: stamp.today, generatedAt: '2026-01-05T10:15:00+07:00' }).specs,
      ...(await mergeReports(sources, { tahun: 2025, bulan: 12, today: '2026-01-15', generatedAt: '15-01-2026 09:00 WIB', read: readMergeInput })).specs,
    ];
  });

  it('no colour rule or number validation compares cells showing dates with an unannounced literal date', () => {
    // Today every colour rule compares counts, fractions or text, and date input is checked by
    // 'date' validations (moved by inDateSystem): none needs `dates`. A future rule over a date
    // column must say `dates: true`, or this fails.
    expect(specs.length).toBeGreaterThan(25);
    expect(specs.some((s) => s.conditionalFormats?.some((cf) => cf.rule.kind === 'cellValue'))).toBe(true);
    expect(specs.some((s) => s.validations?.some((v) => v.kind === 'date'))).toBe(true);
    expect(specs.flatMap(unannouncedDateRules)).toEqual([]);
  });

  it('the check finds such a rule when a sheet has one', () => {
    const due = isoDateToSerial('2026-01-31');
    const spec: SheetSpec = {
      name: 'Jadwal Uji',
      role: 'report',
      values: [['Jatuh tempo'], [due]],
      styles: [{ range: 'A2:A50', style: { numberFormat: 'dd-mm-yyyy' } }],
      conditionalFormats: [{ range: 'A2:A50', rule: { kind: 'cellValue', operator: 'lessThan', values: [due] }, style: { fill: '#FFC7CE' } }],
      validations: [{ kind: 'whole', range: 'A2:A50', min: due, max: due + 30, strict: false }],
    };
    expect(unannouncedDateRules(spec)).toEqual([`Jadwal Uji!A2:A50 colour rule lessThan ${due}`, `Jadwal Uji!A2:A50 whole-number validation ${due}–${due + 30}`]);
    const announced: SheetSpec = { ...spec, conditionalFormats: [{ ...spec.conditionalFormats![0], rule: { kind: 'cellValue', operator: 'lessThan', values: [due], dates: true } }], validations: [] };
    expect(unannouncedDateRules(announced)).toEqual([]);
  });
});
