import { inDateSystem, isDateFormat } from '../../src/sheets/dateSystem';
import { SheetSpec } from '../../src/sheets/spec';

const spec: SheetSpec = {
  name: 'Jadwal',
  role: 'report',
  values: [
    ['Nama', 'Tanggal Lahir', 'Dosis', 'Jatuh tempo', 'Cakupan'],
    ['Ayu', 45658, 3, 45700, 0.5],
    ['Budi', 45659, 4, 'segera', 0.25],
    ['Jumlah', 2, 7],
  ],
  columnFormats: [null, 'dd-mm-yyyy', null, null, null],
  styles: [
    { range: 'D2:D3', style: { numberFormat: 'dd-mm-yyyy', horizontal: 'center' } },
    { range: 'E2:E3', style: { numberFormat: '0.0%' } },
    // The total row's count under the date column is shown as a number: a later style wins.
    { range: 'A4:E4', style: { bold: true, numberFormat: '0' } },
  ],
  validations: [
    { kind: 'date', range: 'B2:B500', min: 7306, max: 73050, strict: false },
    { kind: 'whole', range: 'C2:C500', min: 1, max: 9, strict: true },
  ],
};

describe('inDateSystem', () => {
  it('leaves a spec for a 1900 workbook as it is', () => {
    expect(inDateSystem(spec, 1900)).toBe(spec);
  });

  it('moves every number a date format shows, and date rule bounds, to the 1904 count; nothing else', () => {
    const moved = inDateSystem(spec, 1904);
    expect(moved.values).toEqual([
      ['Nama', 'Tanggal Lahir', 'Dosis', 'Jatuh tempo', 'Cakupan'],
      ['Ayu', 45658 - 1462, 3, 45700 - 1462, 0.5],
      ['Budi', 45659 - 1462, 4, 'segera', 0.25],
      ['Jumlah', 2, 7],
    ]);
    expect(moved.validations).toEqual([
      { kind: 'date', range: 'B2:B500', min: 7306 - 1462, max: 73050 - 1462, strict: false },
      { kind: 'whole', range: 'C2:C500', min: 1, max: 9, strict: true },
    ]);
    // The input spec is not changed.
    expect(spec.values[1][1]).toBe(45658);
  });

  it('moves the dates a colour rule compares with (dates: true), and no other rule\'s numbers', () => {
    const rules: SheetSpec = {
      ...spec,
      conditionalFormats: [
        { range: 'D2:D3', rule: { kind: 'cellValue', operator: 'between', values: [45658, 45688], dates: true }, style: { fill: '#FFC7CE' } },
        { range: 'E2:E3', rule: { kind: 'cellValue', operator: 'lessThan', values: [0.8] }, style: { fill: '#FFC7CE' } },
        { range: 'A2:A3', rule: { kind: 'textEquals', text: 'Ayu' }, style: { bold: true } },
      ],
    };
    expect(inDateSystem(rules, 1904).conditionalFormats).toEqual([
      { range: 'D2:D3', rule: { kind: 'cellValue', operator: 'between', values: [45658 - 1462, 45688 - 1462], dates: true }, style: { fill: '#FFC7CE' } },
      rules.conditionalFormats![1],
      rules.conditionalFormats![2],
    ]);
    expect(inDateSystem(rules, 1900)).toBe(rules);
    // A sheet whose only date is such a rule is moved too.
    const only: SheetSpec = { name: 'X', role: 'report', values: [['x']], conditionalFormats: [rules.conditionalFormats![0]] };
    expect(inDateSystem(only, 1904).conditionalFormats![0].rule).toEqual({ kind: 'cellValue', operator: 'between', values: [45658 - 1462, 45688 - 1462], dates: true });
  });

  it('knows a date format from a number format', () => {
    for (const f of ['dd-mm-yyyy', 'd mmmm yyyy', 'DD/MM/YY', '[$-421]dd mmmm yyyy']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['0', '0.0%', '#,##0', '@', 'General', '"day" 0', null, undefined]) expect(isDateFormat(f)).toBe(false);
  });
});
