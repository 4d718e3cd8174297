import { readFileSync } from 'node:fs';
import { statusReport } from '../../../src/app/statusReport';
import { readWorkbookBytes } from '../../../src/io/xlsx/readWorkbookBytes';
import { columnPoints, LIBREOFFICE_WIDEST, PRINTABLE, READABLE_SCALE } from '../../../src/sheets/pageBreaks';
import { expectedPages } from '../../helpers/expectedPages';

/*
 * Status T and Jadwal Bulan Ini printed (issue 13): every band of columns prints every row, as
 * tall as its tallest cell (Status T's history, a line a dose), so bands and row heights are
 * what the pages cost. The sample's 2 417 persons printed
 * on 896 pages in four bands; the list a printed page needs (the person, her status, her
 * history) takes two, the details after it show on screen only. LibreOffice's own count:
 * test/sheets/printPages.libreoffice.test.ts.
 */
const status = statusReport(readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx'))), { today: '2026-01-05', month: { year: 2025, month: 12 }, generatedAt: '05-01-2026 10:15 WIB' });
const spec = status.specs.find((s) => s.name === 'Status T')!;
const persons = spec.values.filter((r) => typeof r[0] === 'number').length;
const jadwal = status.specs.find((s) => s.name === 'Jadwal Bulan Ini')!;

describe('Status T printed', () => {
  it('takes at most one page for every five persons, in two bands of columns at 90%', () => {
    expect(persons).toBe(2417);
    expect(spec.print).toMatchObject({ scale: READABLE_SCALE * 100, fitToWidth: false, orientation: 'landscape', titleColumns: 'A:B', columns: 'A:K' });
    expect(spec.columnBreaks).toEqual([8]);
    expect(expectedPages(spec) * 5).toBeLessThanOrEqual(persons);
  });

  it('fits each band on its page where LibreOffice prints the columns widest, No and Nama repeated (Status T and Jadwal Bulan Ini)', () => {
    const room = PRINTABLE.landscape.width / READABLE_SCALE;
    for (const [sheet, bands] of [[spec, [[3, 8], [9, 11]]], [jadwal, [[3, 8], [9, 13]]]] as const) {
      const points = (from: number, to: number) => sheet.columnWidths!.slice(from - 1, to).reduce((n, w) => n + LIBREOFFICE_WIDEST * columnPoints(w), 0);
      for (const [first, last] of bands) expect({ sheet: sheet.name, first, fits: points(1, 2) + points(first, last) <= room }).toEqual({ sheet: sheet.name, first, fits: true });
    }
  });

  it('shows every column on screen: the print area ends at the history, the sheet does not', () => {
    expect(spec.values[spec.values.findIndex((r) => r[0] === 'No')]).toHaveLength(16);
    expect(spec.autoFilter).toMatch(/^A\d+:P\d+$/);
  });

  it('says above the table which columns print on screen only, those outside the print area', () => {
    const header = spec.values.find((r) => r[0] === 'No')!;
    const printedTo = spec.print!.columns!.split(':')[1];
    const last = header.length;
    const firstHidden = printedTo.charCodeAt(0) - 64 + 1;
    const note = String(spec.values[spec.values.indexOf(header) - 1][0]);
    const listed = note.match(/Kolom ([A-Z])–([A-Z]) \((.*)\) hanya tampil di layar, tidak ikut dicetak/);
    expect(listed?.slice(1, 3)).toEqual([String.fromCharCode(64 + firstHidden), String.fromCharCode(64 + last)]);
    expect(listed![3].split(', ')).toEqual(header.slice(firstHidden - 1));
  });

  it('prints Jadwal Bulan Ini a row a line: every text fits its column, at least 12 doses a page', () => {
    // Its 1 150 doses printed on 160 pages: "Register Bayi baris 83" wrapped in every row, doubling it.
    const entries = jadwal.values.filter((r) => typeof r[0] === 'number');
    expect(entries.length).toBe(1150);
    const header = jadwal.values.findIndex((r) => r[0] === 'No') + 1;
    const bodyRows = jadwal.values.map((r, i) => [r, i + 1] as const).filter(([r, n]) => n > header && typeof r[0] === 'number');
    expect(new Set(bodyRows.map(([, n]) => jadwal.rowHeights![n]))).toEqual(new Set([18]));
    expect(jadwal.columnBreaks).toEqual([8]);
    expect(expectedPages(jadwal) * 12).toBeLessThanOrEqual(entries.length);
  });
});
