import { formatDateId } from '../../domain/dates/formatId';
import { IsoDate } from '../../domain/dates/isoDate';
import { Registers } from '../../domain/registers/types';
import { addInterval } from '../../domain/rules/interval';
import { Rules } from '../../domain/rules/types';
import { PersonStatus } from '../../domain/status/types';
import { HEADER_FILL, ReportMeta, reportHeader } from '../reportFrame';
import { SheetSpec } from '../spec';
import { BlockSheet } from './blocks';
import { DATE_FORMAT, dateCell, idText, kelurahanNamer, sheetNamer } from './common';

export const KARTU_SHEET_NAME = 'Kartu TT';

/** One line of a card: a step, when and how it was reached. */
interface StepLine {
  step: string;
  date: IsoDate;
  what: string;
  where: string;
  until: IsoDate | null;
}

/** The steps of a person's card: each valid dose that raised the status, and a used screening. */
export function cardSteps(p: PersonStatus, rules: Rules, sheetName: (s: PersonStatus['rows'][number]['sheet']) => string): StepLine[] {
  const lines: StepLine[] = [];
  const until = (step: number, date: IsoDate) => {
    const protection = rules.tSteps[step - 1]?.protection;
    return protection ? addInterval(date, protection, rules.monthCounting) : null;
  };
  let status = 0;
  const events = [
    ...p.screenings.filter((s) => s.used).map((s) => ({ date: s.date, screening: s, dose: null })),
    ...p.doses.filter((d) => d.valid).map((d) => ({ date: d.date, screening: null, dose: d })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.screening ? -1 : 1));
  for (const e of events) {
    if (e.screening && e.screening.status > status) {
      const from = status + 1;
      status = e.screening.status;
      lines.push({ step: from === status ? `T${status}` : `T${from}–T${status}`, date: e.date, what: 'skrining (kartu/riwayat)', where: `${sheetName(e.screening.sheet)} baris ${e.screening.row}`, until: until(status, e.date) });
    } else if (e.dose && e.dose.step !== null && e.dose.step > status) {
      status = e.dose.step;
      lines.push({ step: `T${status}`, date: e.date, what: e.dose.column, where: `${sheetName(e.dose.sheet)} baris ${e.dose.row}`, until: until(status, e.date) });
    }
  }
  return lines;
}

/**
 * "Kartu TT": a printable card per person — every person at T5 (the Kartu TT seumur hidup of
 * the thesis, ch. IV) and any person asked for — with each step, its date, vaccine and
 * source row, and the Kepala Puskesmas's signature.
 */
export function kartuSheet(persons: readonly PersonStatus[], registers: Registers, rules: Rules, meta: ReportMeta, today: IsoDate): SheetSpec {
  const header = reportHeader(`Kartu Imunisasi ${rules.label}`, registers.puskesmas, meta);
  const sheet = new BlockSheet([...header.rows, []], header.styles);
  const kelurahan = kelurahanNamer(registers.kelurahan);
  const sheetName = sheetNamer(registers);
  if (persons.length === 0) sheet.row(['Belum ada orang berstatus T5 (dan tidak ada orang yang dipilih).']);
  for (const p of persons) {
    sheet.begin();
    sheet.title(p.lengkap ? `KARTU IMUNISASI ${rules.label} SEUMUR HIDUP` : `KARTU STATUS IMUNISASI ${rules.label}`, { bold: true, fontSize: 13, fill: p.lengkap ? '#C6EFCE' : '#FFF2CC', border: 'medium' });
    sheet.title(registers.puskesmas ? `Puskesmas ${registers.puskesmas.nama} · ${registers.puskesmas.kabupaten}` : 'Puskesmas', { italic: true, fontSize: 9 });
    const first = sheet.field('Nama', p.nama);
    sheet.field('NIK / Kode KK', idText(p.id));
    sheet.field('Tanggal Lahir', dateCell(p.tanggalLahir));
    const last = sheet.field('Alamat', [p.alamat, kelurahan(p.kelurahan)].filter(Boolean).join(', '));
    sheet.style(`A${first}:A${last}`, { bold: true });
    sheet.style(`B${first + 2}`, { numberFormat: DATE_FORMAT, horizontal: 'left' });
    const head = sheet.row(['Status', 'Tanggal', 'Vaksin', 'Sumber', 'Terlindung s.d.']);
    sheet.style(`A${head}:E${head}`, { bold: true, fill: HEADER_FILL, border: 'thin' });
    const steps = cardSteps(p, rules, sheetName);
    for (const s of steps) sheet.row([s.step, dateCell(s.date), s.what, s.where, s.step.endsWith('T5') ? 'seumur hidup' : dateCell(s.until)]);
    if (steps.length === 0) sheet.row(['T0', null, 'belum ada dosis yang dihitung']);
    const end = sheet.values.length;
    sheet.style(`A${head + 1}:E${end}`, { border: 'thin' });
    sheet.style(`B${head + 1}:B${end}`, { numberFormat: DATE_FORMAT, horizontal: 'center' });
    sheet.style(`E${head + 1}:E${end}`, { numberFormat: DATE_FORMAT, horizontal: 'center' });
    const summary = p.lengkap
      ? `Status T5: imunisasi ${rules.label} lengkap, terlindung seumur hidup.`
      : `Status T${p.status}. ${p.nextKind === 'segera' ? 'Dosis berikutnya: segera.' : `Dosis berikutnya mulai ${formatDateId(p.next!)}.`}`;
    const r = sheet.row([summary]);
    sheet.merges.push(`A${r}:E${r}`);
    sheet.style(`A${r}`, { bold: true });
    sheet.signature(registers.puskesmas, today);
    sheet.gap();
    sheet.end();
  }
  return {
    name: KARTU_SHEET_NAME,
    role: 'report',
    values: sheet.values,
    columnWidths: [16, 13, 24, 26, 15],
    styles: sheet.styles,
    merges: sheet.merges,
    rowBreaks: sheet.rowBreaks,
    print: { orientation: 'portrait', fitToWidth: true },
  };
}
