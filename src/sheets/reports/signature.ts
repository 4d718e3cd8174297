import { formatDateLongId } from '../../domain/dates/formatId';
import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { rangeAddress } from '../a1';
import { ReportSheetBuilder } from './builder';

/** "Kota Salatiga" → "Salatiga": the place written before the date of a signed letter. */
export function placeOf(puskesmas: Puskesmas | null): string {
  const kab = puskesmas?.kabupaten.trim() ?? '';
  return kab.replace(/^(kota|kabupaten|kab\.?)\s+/i, '') || '....................';
}

/**
 * The signature block of the Kepala Puskesmas (DOMAIN.md "Who and where": the report is signed
 * with name and NIP), at the right of the sheet, over `width` columns ending at column `right`.
 */
export function signatureBlock(b: ReportSheetBuilder, puskesmas: Puskesmas | null, today: IsoDate, right: number, width = 5): void {
  const left = Math.max(1, right - width + 1);
  b.blank();
  const pad = Array(left - 1).fill(null);
  const lines = [
    `${placeOf(puskesmas)}, ${formatDateLongId(today)}`,
    `Kepala Puskesmas ${puskesmas?.nama ?? '....................'}`,
    null,
    null,
    null,
    puskesmas?.kepala || '(....................................)',
    `NIP. ${puskesmas?.nipKepala ?? '....................................'}`,
  ];
  const first = b.nextRow;
  for (const text of lines) {
    const r = b.row([...pad, text]);
    b.merges.push(rangeAddress(r, left, r, right));
  }
  b.style(rangeAddress(first, left, first + lines.length - 1, right), { horizontal: 'center', fontSize: 10 });
  b.keepTogether(first, first + lines.length - 1);
  b.style(rangeAddress(first + 5, left, first + 5, right), { bold: true });
}
