import { formatDateLongId, formatMonthId } from '../../domain/dates/formatId';
import { IsoDate } from '../../domain/dates/isoDate';
import { Registers } from '../../domain/registers/types';
import { Rules } from '../../domain/rules/types';
import { doseHeader } from '../../domain/rules/doses';
import { Month } from '../../domain/status/dueList';
import { validInfantDose } from '../../domain/status/infant';
import { PersonStatus } from '../../domain/status/types';
import { HEADER_FILL, ReportMeta, reportHeader } from '../reportFrame';
import { SheetSpec } from '../spec';
import { BlockSheet } from './blocks';
import { DATE_FORMAT, dateCell, idText, kelurahanNamer } from './common';

export const SERTIFIKAT_SHEET_NAME = 'Sertifikat IDL';

/**
 * "Sertifikat IDL": a printable certificate for each child who reached IDL (imunisasi dasar
 * lengkap) in the month (seed 000: the bidan gives it when the basic series is complete),
 * with the IDL doses and their dates.
 */
export function sertifikatSheet(children: readonly PersonStatus[], month: Month, registers: Registers, rules: Rules, meta: ReportMeta, today: IsoDate): SheetSpec {
  const header = reportHeader(`Sertifikat Imunisasi Dasar Lengkap — ${formatMonthId(month.year, month.month)}`, registers.puskesmas, meta);
  const sheet = new BlockSheet([...header.rows, []], header.styles);
  const kelurahan = kelurahanNamer(registers.kelurahan);
  if (children.length === 0) sheet.row([`Tidak ada anak yang mencapai IDL pada bulan ${formatMonthId(month.year, month.month)}.`]);
  for (const c of children) {
    sheet.begin();
    const idl = c.infant!.idl!;
    sheet.title('SERTIFIKAT IMUNISASI DASAR LENGKAP', { bold: true, fontSize: 14, fill: '#DDEBF7', border: 'medium' });
    sheet.title(registers.puskesmas ? `Puskesmas ${registers.puskesmas.nama} · ${registers.puskesmas.kabupaten}` : 'Puskesmas', { italic: true, fontSize: 9 });
    const first = sheet.field('Diberikan kepada', c.nama);
    sheet.field('NIK / Kode KK', idText(c.id));
    sheet.field('Tanggal Lahir', dateCell(c.tanggalLahir));
    sheet.field('Nama Orang Tua', c.namaIbu ?? '-');
    const last = sheet.field('Alamat', [c.alamat, kelurahan(c.kelurahan)].filter(Boolean).join(', '));
    sheet.style(`A${first}:A${last}`, { bold: true });
    sheet.style(`B${first + 2}`, { numberFormat: DATE_FORMAT, horizontal: 'left' });
    const line = sheet.row([`telah mendapat imunisasi dasar lengkap pada tanggal ${formatDateLongId(idl.date!)}:`]);
    sheet.merges.push(`A${line}:E${line}`);
    const head = sheet.row(['Imunisasi', 'Tanggal', 'Imunisasi', 'Tanggal']);
    sheet.style(`A${head}:D${head}`, { bold: true, fill: HEADER_FILL, border: 'thin' });
    const doses = rules.idl.doses.map((key) => ({ name: doseHeader('bayi', key), date: validInfantDose(c.infant!, key) }));
    const half = Math.ceil(doses.length / 2);
    for (let i = 0; i < half; i++) {
      const right = doses[i + half];
      sheet.row([doses[i].name, dateCell(doses[i].date), right?.name ?? null, right ? dateCell(right.date) : null]);
    }
    const end = sheet.values.length;
    sheet.style(`A${head + 1}:D${end}`, { border: 'thin' });
    sheet.style(`B${head + 1}:B${end}`, { numberFormat: DATE_FORMAT, horizontal: 'center' });
    sheet.style(`D${head + 1}:D${end}`, { numberFormat: DATE_FORMAT, horizontal: 'center' });
    sheet.signature(registers.puskesmas, today);
    sheet.gap();
    sheet.end();
  }
  return {
    name: SERTIFIKAT_SHEET_NAME,
    role: 'report',
    values: sheet.values,
    columnWidths: [18, 13, 18, 13, 16],
    styles: sheet.styles,
    merges: sheet.merges,
    rowBreaks: sheet.rowBreaks,
    print: { orientation: 'portrait', fitToWidth: true },
  };
}
