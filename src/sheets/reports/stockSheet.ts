import { STOCK_ITEMS, stockIndicator } from '../../domain/dataLaporan/indicators';
import { stockCode, stockCumulative } from '../../domain/reports/feeds';
import { VACCINES } from '../../domain/programme/vaccines';
import { VaccineStockLine, VaccineStockReport } from '../../domain/reports/vaccineStock';
import { SCHEDULE_KEYS, SCHEDULES } from '../../domain/rules/schedules';
import { rangeAddress } from '../a1';
import { SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { figure, LayoutContext, meta, monthName, notComputableText, num } from './context';
import { signatureBlock } from './signature';

export const STOCK_SHEET = 'Pemantauan Vaksin';

/** A figure not computed because the workbook's Jadwal Imunisasi does not give the vaccine's doses. */
export const OUT_OF_SCHEDULE = 'di luar jadwal';

/**
 * What the report says about the doses the Jadwal Imunisasi leaves out (issue 12 item 2): a
 * vaccine it does not give at all is on the sheet only for its stock, and doses recorded in a
 * column it leaves out are not counted. Empty when there is nothing to say.
 */
export function scheduleStockNotes(report: VaccineStockReport): string[] {
  const name = SCHEDULES[report.jadwal].name;
  const others = SCHEDULE_KEYS.filter((k) => k !== report.jadwal).map((k) => `"${SCHEDULES[k].name}"`).join(' atau ');
  const out: string[] = [];
  const outside = report.lines.filter((l) => l.outOfSchedule);
  if (outside.length > 0) {
    out.push(
      `${outside.map((l) => `${l.nama} (${l.kode})`).join(', ')}: Jadwal Imunisasi "${name}" (sheet Puskesmas) tidak memuat vaksin ini. Stoknya tetap ditampilkan dari sheet Stok Vaksin, tetapi dosis, IP, wastage dan kebutuhannya tidak dihitung ("${OUT_OF_SCHEDULE}") dan tidak dikirim ke Dinkes. Bila puskesmas sudah memberikannya, pilih Jadwal Imunisasi ${others} di sheet Puskesmas.`,
    );
  }
  const uncounted = report.lines.flatMap((l) => l.uncounted.map((u) => `${u.header} ${u.count} dosis (vaksin ${l.nama})`));
  if (uncounted.length > 0) {
    out.push(`Dosis yang tercatat di kolom yang tidak dimuat Jadwal Imunisasi "${name}" tidak dihitung dalam dosis dan IP vaksinnya: ${uncounted.join(', ')}, Januari – ${monthName(report.month)}. Bila dosis itu memang diberikan, pilih Jadwal Imunisasi ${others} di sheet Puskesmas.`);
  }
  return out;
}

/** "IP acuan Kemenkes 2013: BCG 4, …": each vaccine record's reference IP, in the records' order; vaccines without one are left out. */
export function referenceIpNote(): string {
  const listed = VACCINES.filter((v) => v.referenceIp !== null).map((v) => `${v.label} ${String(v.referenceIp).replace('.', ',')}`);
  return `IP acuan Kemenkes 2013: ${listed.join(', ')}.`;
}

/** Every figure of a vaccine's line that may be blocked: its doses, its Stok Vaksin cells, its vials since January. */
export const stockFigures = (code: string): string[] => [...STOCK_ITEMS.map((i) => stockIndicator(code, i)), stockCumulative(code)];

/**
 * Laporan / Pemantauan Vaksin of month M (thesis Gambar 4.45–4.46, DOMAIN.md "Vaccine stock"):
 * the stock balance per vaccine, checked; the doses it served; IP and wastage; and how long
 * the stock lasts at the average use.
 */
export function stockSheet(report: VaccineStockReport, ctx: LayoutContext): SheetSpec {
  const bln = monthName(report.month).slice(0, 3);
  const columns: Column[] = [
    { header: 'No', width: 4, align: 'center' },
    { header: 'Kode', width: 10 },
    { header: 'Vaksin', width: 18 },
    { header: 'Dosis per kemasan', width: 8, format: FORMAT.count },
    { header: 'Stok awal', width: 7, format: FORMAT.count, group: { label: `Stok bulan ${monthName(report.month)} (vial/ampul)`, span: 7 } },
    { header: 'Diterima', width: 7, format: FORMAT.count },
    { header: 'Dipakai', width: 7, format: FORMAT.count },
    { header: 'Rusak/ ED', width: 7, format: FORMAT.count },
    { header: 'Stok akhir', width: 7, format: FORMAT.count },
    { header: 'Stok akhir hitung', width: 7, format: FORMAT.count },
    { header: 'Selisih', width: 7, format: FORMAT.count },
    { header: 'Dosis register', width: 7, format: FORMAT.count, group: { label: 'Bulan ini', span: 5 } },
    { header: 'Dosis luar', width: 7, format: FORMAT.count },
    { header: 'Jumlah dosis', width: 7, format: FORMAT.count },
    { header: 'IP', width: 6, format: FORMAT.ratio },
    { header: 'Wastage', width: 7, format: FORMAT.percent },
    { header: 'Jumlah dosis', width: 7, format: FORMAT.count, group: { label: `Januari – ${monthName(report.month)}`, span: 5 } },
    { header: 'Vial dipakai', width: 7, format: FORMAT.count },
    { header: 'IP', width: 6, format: FORMAT.ratio },
    { header: 'IP acuan', width: 6, format: FORMAT.ratio },
    { header: 'Wastage', width: 7, format: FORMAT.percent },
    { header: 'Rata-rata vial per bulan', width: 8, format: FORMAT.ratio, group: { label: 'Ketersediaan', span: 2 } },
    { header: 'Cukup untuk (bulan)', width: 7, format: FORMAT.months },
  ];
  const span = columns.length;
  const b = new ReportSheetBuilder(STOCK_SHEET, 'LAPORAN PEMANTAUAN VAKSIN', ctx.puskesmas, { ...meta(ctx, 'Stok Vaksin, Vaksin, semua register, Imunisasi Luar'), notice: ctx.notice ?? ctx.stockNotice ?? null }, span);
  b.notComputableNote(notComputableText(ctx, report.lines.flatMap((l) => stockFigures(stockCode(l.kode, l.nama)))));
  b.blank();
  const cells = (l: VaccineStockLine, i: number): SpecCell[] => {
    const s = l.stock;
    const registerDoses = l.dosisBulanIni.total - l.dosisBulanIni.luar;
    // The doses served come from the registers' dose cells: broken ones leave them, IP and wastage uncounted.
    const dosis = l.group ? [stockIndicator(l.group.code, 'dosis')] : [];
    // A vaccine the schedule does not give: its doses and what is made of them are not computed.
    const served = (v: SpecCell, ...more: string[]) => (l.outOfSchedule ? OUT_OF_SCHEDULE : figure(ctx, [...dosis, ...more], 'TOTAL', v));
    // The month's Stok Vaksin cells, and the vials used since January: a broken one blocks what is made from it.
    const code = stockCode(l.kode, l.nama);
    const item = (i: Parameters<typeof stockIndicator>[1]) => stockIndicator(code, i);
    const stock = (v: SpecCell, ...items: Parameters<typeof stockIndicator>[1][]) => figure(ctx, items.map(item), 'TOTAL', v);
    const cumulative = stockCumulative(code);
    const balance = [item('awal'), item('diterima'), item('dipakai'), item('rusak')];
    return [
      i,
      l.kode,
      l.group ? `${l.nama}` : `${l.nama} (tidak dikenali)`,
      num(l.dosisPerKemasan),
      stock(num(s?.stokAwal ?? null), 'awal'),
      stock(num(s?.diterima ?? null), 'diterima'),
      stock(num(s?.dipakai ?? null), 'dipakai'),
      stock(s ? (s.rusak ?? 0) : '-', 'rusak'),
      stock(num(s?.stokAkhir ?? null), 'akhir'),
      figure(ctx, balance, 'TOTAL', num(l.stokAkhirHitung)),
      figure(ctx, [...balance, item('akhir')], 'TOTAL', num(l.selisih)),
      served(l.group ? registerDoses : '-'),
      served(l.group ? l.dosisBulanIni.luar : '-'),
      served(l.group ? l.dosisBulanIni.total : '-'),
      served(num(l.ip), item('dipakai')),
      served(num(l.wastage), item('dipakai')),
      served(l.group ? l.dosisKumulatif.total : '-'),
      figure(ctx, [cumulative], 'TOTAL', l.dipakaiKumulatif),
      served(num(l.ipKumulatif), cumulative),
      l.outOfSchedule ? OUT_OF_SCHEDULE : num(l.group?.referenceIp ?? null),
      served(num(l.wastageKumulatif), cumulative),
      figure(ctx, [cumulative], 'TOTAL', num(l.rataRataPakai)),
      figure(ctx, [cumulative, item('akhir')], 'TOTAL', num(l.sisaBulan)),
    ];
  };
  const t = b.table(columns, report.lines.map((l, i) => cells(l, i + 1)), null);

  const selisih = rangeAddress(t.firstBodyRow, 11, t.lastBodyRow, 11);
  b.conditionalFormats.push({ range: selisih, rule: { kind: 'cellValue', operator: 'lessThan', values: [0] }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } });
  b.conditionalFormats.push({ range: selisih, rule: { kind: 'cellValue', operator: 'greaterThan', values: [0] }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } });
  b.conditionalFormats.push({ range: rangeAddress(t.firstBodyRow, 23, t.lastBodyRow, 23), rule: { kind: 'cellValue', operator: 'lessThan', values: [1] }, style: { fill: '#FFC7CE', fontColor: '#9C0006' } });
  for (const note of scheduleStockNotes(report)) b.note(note);
  b.note(
    `Stok akhir hitung = stok awal + diterima − dipakai − rusak/ED; Selisih = stok akhir tercatat − stok akhir hitung (harus 0). Dosis = tanggal pemberian di semua register yang dilayani vaksin itu + jumlah di sheet Imunisasi Luar. IP (indeks pemakaian) = dosis ÷ vial dipakai; wastage = 1 − IP ÷ dosis per kemasan. ${referenceIpNote()} Cukup untuk = stok akhir ÷ rata-rata vial dipakai per bulan (Januari – ${bln}).`,
  );
  // 23 columns: across two A4 pages at a readable scale, No/Kode/Vaksin on each, a group's columns together.
  const firstPage = b.printAcross(3, [
    { first: 4, last: 11 },
    { first: 12, last: 16 },
    { first: 17, last: 21 },
    { first: 22, last: 23 },
  ]);
  signatureBlock(b, ctx.puskesmas, ctx.today, firstPage);
  return b.build();
}
