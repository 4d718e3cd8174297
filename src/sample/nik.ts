import { IsoDate } from '../domain/dates/isoDate';

/**
 * A NIK that agrees with its person (DOMAIN.md): 6 digits of region, the birth date DDMMYY
 * with 40 added to DD for women, and a 4-digit serial.
 */
export function makeNik(region: string, born: IsoDate, female: boolean, serial: number): string {
  const day = Number(born.slice(8, 10)) + (female ? 40 : 0);
  return `${region}${String(day).padStart(2, '0')}${born.slice(5, 7)}${born.slice(2, 4)}${String(serial % 10000).padStart(4, '0')}`;
}
