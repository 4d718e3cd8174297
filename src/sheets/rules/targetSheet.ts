import { formatTargetValue, TARGET_SHEET } from '../../domain/programme/readTargetSheet';
import { TARGET_INDICATORS, TargetIndicator } from '../../domain/programme/targetIndicators';
import { DEFAULT_REPORT_SETTINGS } from '../../domain/reports/settings';
import { HEADER_FILL } from '../reportFrame';
import { SheetSpec, SpecCell } from '../spec';

const HEADER_ROW = 3;

/** The Kemenkes default of an indicator (null when the defaults have none). */
function defaultValue(t: TargetIndicator): number | null {
  return t.setting ? DEFAULT_REPORT_SETTINGS[t.setting] : (DEFAULT_REPORT_SETTINGS.annual[t.key] ?? null);
}

/**
 * The Target sheet of the template: one row per indicator (annual coverage targets, then the
 * sasaran percentages and thresholds), one column per year, pre-filled with the Kemenkes
 * defaults for `year` and the source of each in Keterangan. A person fills it in (role
 * 'register', never rewritten); a new year is a new column to the right.
 */
export function targetSheetSpec(year: number): SheetSpec {
  const rows: SpecCell[][] = TARGET_INDICATORS.map((t) => {
    const v = defaultValue(t);
    return [t.label, t.source, v === null ? null : formatTargetValue(t, v)];
  });
  const values: SpecCell[][] = [
    ['TARGET DAN SASARAN PER TAHUN'],
    [`Satu kolom per tahun (judul = tahun, 4 angka); isi nilai dari Dinkes. Laporan bulanan memakai kolom tahun laporannya; sel kosong atau tahun yang tidak ada = nilai bawaan Kemenkes (tertulis di Keterangan), dan laporan menyebut sumber yang dipakai. Persentase ditulis mis. 90% atau 1,75%; faktor bumil ditulis 1,1.`],
    [TARGET_SHEET.headers.name, TARGET_SHEET.headers.note, year],
    ...rows,
  ];
  const last = values.length;
  return {
    name: TARGET_SHEET.name,
    role: 'register',
    values,
    columnWidths: [26, 70, 10, 10, 10],
    columnFormats: [null, null, '@', '@', '@'],
    rowHeights: { [HEADER_ROW]: 20 },
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: 'A2', style: { italic: true, fontSize: 9 } },
      { range: `A${HEADER_ROW}:E${HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL, border: 'thin' } },
      { range: `C${HEADER_ROW + 1}:E${last}`, style: { fill: '#FFFFE0', border: 'thin' } },
      { range: `B${HEADER_ROW + 1}:B${last}`, style: { fontSize: 9, wrap: true, vertical: 'top' } },
    ],
    freeze: { rows: HEADER_ROW, columns: 1 },
  };
}
