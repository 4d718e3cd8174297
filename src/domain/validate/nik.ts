import { IsoDate } from '../dates/isoDate';
import { ParsedTable } from '../read/readTable';

/*
 * NIK digits 7–12 are the birth date DDMMYY, with 40 added to DD for women
 * (Permendagri on NIK; DOMAIN.md). A NIK that disagrees with the row's birth date or sex
 * is a typing slip in one of them.
 */
export function nikBirthParts(nik: string): { day: number; month: number; yy: number; female: boolean } {
  const dd = Number(nik.slice(6, 8));
  return { day: dd > 40 ? dd - 40 : dd, month: Number(nik.slice(8, 10)), yy: Number(nik.slice(10, 12)), female: dd > 40 };
}

export function checkNikConsistency(table: ParsedTable): void {
  const { context } = table;
  if (!context.has('nik')) return;
  // WUS, caten and bumil registers hold women only.
  const impliedSex = context.has('jk') ? null : 'P';
  for (const { row, values } of table.rows) {
    const nik = values.nik as string | null;
    if (!nik) continue;
    const parts = nikBirthParts(nik);
    const born = values.tanggalLahir as IsoDate | null;
    if (born) {
      const [y, m, d] = [Number(born.slice(0, 4)), Number(born.slice(5, 7)), Number(born.slice(8, 10))];
      if (parts.day !== d || parts.month !== m || parts.yy !== y % 100) {
        const shown = `${String(parts.day).padStart(2, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.yy).padStart(2, '0')}`;
        context.cell('NIK_BIRTHDATE_MISMATCH', 'warning', row, 'nik', `digit 7–12 NIK menunjukkan lahir ${shown}, tetapi Tanggal Lahir ${born.slice(8, 10)}-${born.slice(5, 7)}-${born.slice(0, 4)}. Periksa NIK atau tanggal lahirnya`);
      }
    }
    const sex = (values.jk as string | null) ?? impliedSex;
    if (sex && (sex === 'P') !== parts.female) {
      context.cell('NIK_SEX_MISMATCH', 'warning', row, 'nik', `NIK menunjukkan ${parts.female ? 'perempuan' : 'laki-laki'} (tanggal pada digit 7–8 ${parts.female ? 'ditambah' : 'tidak ditambah'} 40), tetapi baris ini ${sex === 'P' ? 'perempuan' : 'laki-laki'}. Periksa NIK atau jenis kelaminnya`);
    }
  }
}
