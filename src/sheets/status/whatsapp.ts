import { formatDateId, formatMonthId } from '../../domain/dates/formatId';
import { DueEntry, Month } from '../../domain/status/dueList';
import { SpecLink } from '../spec';

/**
 * A phone number in the international form wa.me wants (62…, digits only), or null when
 * the number cannot be one: 0812… → 62812…, +62 812… → 62812…, 812… (typed as a number) → 62812….
 */
export function waNumber(phone: string | null): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  // Indonesian mobile numbers: 62 + 9–12 digits.
  return /^62\d{9,12}$/.test(digits) ? digits : null;
}

/** The message to a parent or a woman, naming the person, the dose and the posyandu month. */
export function waMessage(entry: DueEntry, month: Month, puskesmas: string | null): string {
  const when = `pada posyandu bulan ${formatMonthId(month.year, month.month)}`;
  const late = entry.overdue ? ` (jadwalnya sudah lewat sejak ${formatDateId(entry.due)})` : '';
  const posyandu = entry.posyandu ? `Posyandu ${entry.posyandu}` : 'posyandu';
  const where = puskesmas ? `ke ${posyandu} atau Puskesmas ${puskesmas}` : `ke ${posyandu} atau puskesmas`;
  if (entry.kelompok === 'bayi') {
    const to = entry.namaIbu ? `Ibu ${entry.namaIbu}, orang tua ${entry.nama}` : `Bapak/Ibu orang tua ${entry.nama}`;
    return `Yth. ${to}: ${entry.nama} dijadwalkan mendapat imunisasi ${entry.dose} ${when}${late}. Mohon datang ${where}. Terima kasih.`;
  }
  return `Yth. Ibu ${entry.nama}: Ibu dijadwalkan mendapat imunisasi ${entry.dose.replace(/ \(T(\d)\)$/, '')} untuk status T${entry.step} ${when}${late}. Mohon datang ${where} dengan membawa buku KIA atau kartu imunisasi. Terima kasih.`;
}

/** The WhatsApp link cell for a due entry, or null when the phone number is missing or unusable. */
export function waLink(entry: DueEntry, month: Month, puskesmas: string | null): SpecLink | null {
  const number = waNumber(entry.noHp);
  if (!number) return null;
  return { text: 'Kirim WA', url: `https://wa.me/${number}?text=${encodeURIComponent(waMessage(entry, month, puskesmas))}` };
}
