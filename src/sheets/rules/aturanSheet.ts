import { aturanTemplateRows } from '../../domain/rules/aturan/catalog';
import { ATURAN_SHEET } from '../../domain/rules/aturan/readAturan';
import { PRESETS } from '../../domain/rules/presets';
import { HEADER_FILL } from '../reportFrame';
import { SheetSpec, SpecCell } from '../spec';

const HEADER_ROW = 3;

/**
 * The Aturan sheet of the template: every rule a puskesmas may change, Nilai left blank
 * (blank = the value of the Skema chosen on the Puskesmas sheet, so switching the Skema
 * needs no edit here), and in Keterangan what the rule means and each preset's value.
 * A person fills it in: role 'register', never rewritten.
 */
export function aturanSheetSpec(): SheetSpec {
  const { name, value, note } = ATURAN_SHEET.headers;
  const rows = aturanTemplateRows();
  const values: SpecCell[][] = [
    ['ATURAN'],
    ['Kosongkan Nilai untuk memakai nilai bawaan skema (sheet Puskesmas, Skema). Isi Nilai hanya untuk aturan yang berbeda di puskesmas ini; contoh isian ada di Keterangan. Penjelasan: docs/rules.md.'],
    [name, value, note],
    ...rows.map((r) => {
      const same = r.bawaan.td === r.bawaan.tt2005;
      const bawaan = same ? `Bawaan: ${r.bawaan.td}.` : `Bawaan: ${r.bawaan.td} (${PRESETS.td.name}); ${r.bawaan.tt2005} (${PRESETS.tt2005.name}).`;
      return [r.aturan, null, `${bawaan} ${r.keterangan}`];
    }),
  ];
  const last = values.length;
  return {
    name: ATURAN_SHEET.name,
    role: 'register',
    values,
    columnWidths: [46, 14, 100],
    columnFormats: [null, '@', null],
    rowHeights: { [HEADER_ROW]: 20 },
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: 'A2', style: { italic: true, fontSize: 9 } },
      { range: `A${HEADER_ROW}:C${HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL, border: 'thin' } },
      { range: `B${HEADER_ROW + 1}:B${last}`, style: { fill: '#FFFFE0', border: 'thin' } },
      { range: `C${HEADER_ROW + 1}:C${last}`, style: { fontSize: 9, wrap: true, vertical: 'top' } },
    ],
    freeze: { rows: HEADER_ROW, columns: 1 },
  };
}
