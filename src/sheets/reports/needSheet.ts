import { VaccineNeedReport } from '../../domain/reports/vaccineNeed';
import { SASARAN_LABELS } from '../../domain/programme/antigenDoses';
import { SheetSpec, SpecCell } from '../spec';
import { Column, FORMAT, ReportSheetBuilder } from './builder';
import { figure, LayoutContext, meta, monthName, NO_TARGET, notComputableText, num, targetSourceText, targetText } from './context';
import { planIndicator, SasaranKey, stockCode, stockCumulative } from '../../domain/reports/feeds';
import { stockIndicator } from '../../domain/dataLaporan/indicators';
import { OUT_OF_SCHEDULE, stockFigures } from './stockSheet';
import { signatureBlock } from './signature';
import { annualTarget } from '../../domain/reports/settings';
import { SCHEDULES } from '../../domain/rules/schedules';

export const NEED_SHEET = 'Kebutuhan Vaksin';


const IP_SOURCE = { terukur: 'terukur', acuan: 'acuan Kemenkes', kemasan: 'dosis/kemasan' } as const;

/**
 * Rencana Kebutuhan Vaksin for next year (DOMAIN.md "Vaccine stock", thesis II.D.3): the
 * contacts per sasaran (sasaran × target), then per vaccine contacts ÷ IP − remaining stock.
 */
export function needSheet(report: VaccineNeedReport, ctx: LayoutContext): SheetSpec {
  const span = 10;
  const b = new ReportSheetBuilder(NEED_SHEET, `RENCANA KEBUTUHAN VAKSIN TAHUN ${report.year}`, ctx.puskesmas, meta(ctx, 'Kelurahan, Sekolah, Stok Vaksin, semua register', `Tahun ${report.year} (dihitung ${monthName(ctx.month)} ${ctx.year})`), span);
  const years = [report.sasaranYear.kelurahan, report.sasaranYear.sekolah].filter((y) => y !== null && y !== report.year);
  if (years.length > 0) b.note(`Sasaran tahun ${report.year} belum diisi di sheet Kelurahan/Sekolah; dipakai sasaran tahun ${[...new Set(years)].join(' dan ')}.`);

  b.notComputableNote(notComputableText(ctx, [...new Set(report.lines.flatMap((v) => [...v.lines.map((l) => planIndicator(l.sasaran)), ...stockFigures(stockCode(v.kode, v.nama))]))]));
  b.blank();
  b.section(`A. Jumlah kontak (sasaran × target) tahun ${report.year}`);
  const contactColumns: Column[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Kode', width: 10 },
    { header: 'Vaksin', width: 20 },
    { header: 'Dosis untuk', width: 24 },
    { header: 'Sasaran', width: 12 },
    { header: 'Jumlah sasaran', width: 10, format: FORMAT.count },
    { header: 'Target', width: 9, format: FORMAT.percent },
    { header: 'Kontak', width: 10, format: FORMAT.count },
  ];
  const contactRows: SpecCell[][] = [];
  // Contacts multiply the planned year's sasaran: a broken Kelurahan/Sekolah cell behind it blocks them.
  const planned = (l: { sasaran: SasaranKey }) => [planIndicator(l.sasaran)];
  for (const v of report.lines) for (const l of v.lines) contactRows.push([contactRows.length + 1, v.kode, v.nama, l.label, SASARAN_LABELS[l.sasaran], figure(ctx, planned(l), 'TOTAL', num(l.sasaranValue)), l.targetValue ?? NO_TARGET, figure(ctx, planned(l), 'TOTAL', l.contacts ?? '-')]);
  b.table(contactColumns, contactRows, null);

  b.blank();
  b.section(`B. Kebutuhan vaksin tahun ${report.year}`);
  const needColumns: Column[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Kode', width: 10 },
    { header: 'Vaksin', width: 20 },
    { header: 'Jumlah kontak', width: 24, format: FORMAT.count },
    { header: 'IP dipakai', width: 12, format: FORMAT.ratio },
    { header: 'Sumber IP', width: 10 },
    { header: 'Dibutuhkan (vial)', width: 11, format: FORMAT.count },
    { header: `Sisa stok akhir ${monthName(ctx.month)}`, width: 10, format: FORMAT.count },
    { header: 'Permintaan (vial)', width: 10, format: FORMAT.count },
  ];
  b.table(
    needColumns,
    report.lines.map((v, i) => {
      const code = stockCode(v.kode, v.nama);
      const contacts = v.lines.flatMap(planned);
      // A measured IP is this year's doses ÷ vials used since January; the rest is the stock left at the end of the month.
      const ip = v.ipSource === 'terukur' ? [stockIndicator(code, 'dosis'), stockCumulative(code)] : [];
      const sisa = [stockIndicator(code, 'akhir')];
      // A vaccine the Jadwal Imunisasi does not give: its stock left, nothing planned.
      if (v.outOfSchedule) return [i + 1, v.kode, v.nama, OUT_OF_SCHEDULE, OUT_OF_SCHEDULE, '-', OUT_OF_SCHEDULE, figure(ctx, sisa, 'TOTAL', v.sisa), OUT_OF_SCHEDULE];
      return [i + 1, v.kode, v.nama, figure(ctx, contacts, 'TOTAL', num(v.contacts)), figure(ctx, ip, 'TOTAL', num(v.ip)), v.ipSource ? IP_SOURCE[v.ipSource] : '-', figure(ctx, [...contacts, ...ip], 'TOTAL', num(v.vials)), figure(ctx, sisa, 'TOTAL', v.sisa), figure(ctx, [...contacts, ...ip, ...sisa], 'TOTAL', num(v.kebutuhan))];
    }),
    null,
  );
  const outside = report.lines.filter((v) => v.outOfSchedule);
  if (outside.length > 0) {
    b.note(`${outside.map((v) => `${v.nama} (${v.kode})`).join(', ')}: tidak direncanakan karena Jadwal Imunisasi "${SCHEDULES[report.jadwal].name}" (sheet Puskesmas) tidak memuat vaksin ini; hanya sisa stoknya yang ditampilkan. Bila puskesmas akan memberikannya, pilih Jadwal Imunisasi yang memuatnya di sheet Puskesmas.`);
  }
  b.note(
    `Dibutuhkan = jumlah kontak ÷ IP, dibulatkan ke atas; Permintaan = dibutuhkan − sisa stok (tidak kurang dari 0). IP terukur = dosis diberikan ÷ vial dipakai Januari – ${monthName(ctx.month)} ${ctx.year}; bila belum ada pemakaian dipakai IP acuan Kemenkes 2013, atau dosis per kemasan bila acuan tidak ada. Kontak bumil: Td1 (target ${targetText(annualTarget(ctx.settings, 'bumil_t1'))}) + Td2+ (target ${targetText(annualTarget(ctx.settings, 'bumil_t2plus'))}), seperti contoh tesis: 3.336 bumil × 90% = 3.002 kontak TT1. ${targetSourceText(ctx.settings)}`,
  );
  signatureBlock(b, ctx.puskesmas, ctx.today, span);
  return b.build();
}
