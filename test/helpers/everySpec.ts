import { isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { GENERATED_MARK } from '../../src/sheets/reportFrame';
import { SheetSpec } from '../../src/sheets/spec';

/** A report sheet using every SheetSpec feature, for the writers' tests. */
export const EVERY_FEATURE: SheetSpec = {
  name: 'Laporan Uji',
  role: 'report',
  values: [
    [`${GENERATED_MARK} pada 01-12-2025 08:00 WIB.`],
    ['Judul laporan'],
    ['Kelurahan', 'Tanggal', 'Cakupan', 'Aktif', 'Kontak', 'Status T', 'Status Desa', 'NIK'],
    ['Kalicacing', isoDateToSerial('2025-02-28'), 0.875, true, { text: 'Kirim WA', url: 'https://wa.me/6281234567890?text=Halo%20Ibu' }, 3, 'Baik', '3373015708240001'],
    ['Mangunsari & "Tegalrejo"', isoDateToSerial('2024-02-29'), 0.5, false, null, 0, 'Kurang', null],
    ['Total', isoDateToSerial('1900-03-01'), { error: '#DIV/0!' }, null, null, null, 'Kurang sekali'],
  ],
  columnWidths: [20, 12, 10, 8, 14, 9, 14, 20],
  columnFormats: [null, 'dd-mm-yyyy', null, null, null, null, null, '@'],
  rowHeights: { 3: 30 },
  styles: [
    { range: 'A2', style: { bold: true, fontSize: 14 } },
    { range: 'A3:H3', style: { bold: true, fill: '#DDEBF7', border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true } },
    { range: 'C4:C6', style: { numberFormat: '0.0%', fontColor: '#C00000', horizontal: 'right' } },
    { range: 'A6:H6', style: { bold: true, border: 'medium', italic: true } },
  ],
  merges: ['A2:H2'],
  freeze: { rows: 3, columns: 1 },
  autoFilter: 'A3:H6',
  validations: [
    { kind: 'list', range: 'D4:D50', values: ['TRUE', 'FALSE'], strict: true, prompt: { title: 'Aktif', text: 'Pilih TRUE atau FALSE' } },
    { kind: 'list', range: 'A4:A50', source: '=Kelurahan!$A$4:$A$2000', strict: false },
    { kind: 'whole', range: 'F4:F50', min: 0, max: 5, strict: false, prompt: { title: 'Status T', text: 'Angka 0–5' } },
    { kind: 'date', range: 'B4:B50', min: isoDateToSerial('1920-01-01'), max: isoDateToSerial('2099-12-31'), strict: false },
    { kind: 'prompt', range: 'H4:H50', prompt: { title: 'NIK', text: '16 angka, sebagai teks' } },
  ],
  conditionalFormats: [
    { range: 'C4:C6', rule: { kind: 'cellValue', operator: 'lessThan', values: [0.8] }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    { range: 'C4:C6', rule: { kind: 'cellValue', operator: 'between', values: [0.8, 0.9] }, style: { bold: true } },
    { range: 'G4:G6', rule: { kind: 'textEquals', text: 'Kurang' }, style: { fill: '#FFEB9C' } },
  ],
  charts: [{ kind: 'line', title: 'Cakupan', categories: 'A4:A5', series: [{ name: 'Cakupan', values: 'C4:C5' }], anchor: { from: 'J3', to: 'O12' } }],
  print: { orientation: 'landscape', fitToWidth: true, titleRows: '1:3' },
  tabColor: '#2F75B5',
};

/** A second, small generated sheet. */
export const SMALL_REPORT: SheetSpec = {
  name: 'Laporan Lama',
  role: 'report',
  values: [[`${GENERATED_MARK} pada hari ini`], ['baru', isoDateToSerial('2025-11-30')]],
  styles: [{ range: 'B2', style: { numberFormat: 'dd-mm-yyyy', bold: true } }],
  print: { orientation: 'portrait', fitToWidth: true, titleRows: '1:1' },
};
