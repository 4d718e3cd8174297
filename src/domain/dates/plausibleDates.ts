import { addYears, differenceInYears, subYears } from 'date-fns';
import { ColumnSchema, SheetKey } from '../schema/types';
import { formatDateId } from './formatId';
import { fromLocalDate, IsoDate, toLocalDate } from './isoDate';

/*
 * When a date in a register column can be true, kept as data. A date outside its window is a
 * typing slip (a wrong year, 1800 for 2000, a year from another column), reported as
 * DATE_IMPLAUSIBLE with the date as the user sees it. Dates after the reference date are
 * DATE_FUTURE and doses before the birth date DOSE_BEFORE_BIRTH (validate/rowDates.ts);
 * these windows add what those two cannot see.
 */

/**
 * Ages a person of each register can have on the reference date, in whole years. Register
 * Bayi has no upper age: a puskesmas keeps its infants' rows for good (their infant doses
 * count towards the T status of the girls they become, and the thesis links a nine-year-old
 * pupil to her Register Bayi row), so any birth since the programme began is plausible.
 */
export const BIRTH_AGE_WINDOWS: Partial<Record<SheetKey, { minYears: number; maxYears?: number; who: string }>> = {
  bayi: { minYears: 0, who: 'bayi' },
  // Pupils from kelas 1 on; the register keeps former pupils' rows (their BIAS doses count
  // towards their T status as women), so grown-ups are plausible too.
  bias: { minYears: 4, maxYears: 50, who: 'murid SD/MI (termasuk bekas murid)' },
  wus: { minYears: 10, maxYears: 60, who: 'wanita usia subur' },
  caten: { minYears: 10, maxYears: 60, who: 'calon pengantin' },
  bumil: { minYears: 10, maxYears: 60, who: 'ibu hamil' },
};

/**
 * No dose, visit or screening in a register is older than Indonesia's immunisation
 * programme (Program Pengembangan Imunisasi, 1977).
 */
export const PROGRAMME_FLOOR: IsoDate = '1977-01-01';

/** How far ahead a date that may lie in the future (a planned wedding) can plausibly be. */
export const FUTURE_YEARS = 2;

/** The plausible dates of one column on one reference date, and how to word a date outside them. */
export interface PlausibleWindow {
  earliest: IsoDate;
  /** Latest plausible date; dates after the reference date are DATE_FUTURE unless the column allows them. */
  latest: IsoDate | null;
  /** The problem with a date outside the window, as a clause in Bahasa Indonesia. */
  problem(date: IsoDate): string;
}

const BIRTH_KEY = 'tanggalLahir';

/** The window of a date column of a sheet, on the reference date `today`. */
export function plausibleWindow(sheet: SheetKey, column: ColumnSchema, today: IsoDate): PlausibleWindow {
  const ages = BIRTH_AGE_WINDOWS[sheet];
  const now = toLocalDate(today);
  if (column.key === BIRTH_KEY && ages?.maxYears !== undefined) {
    const { minYears, maxYears, who } = ages;
    return {
      earliest: fromLocalDate(subYears(now, maxYears)),
      latest: minYears > 0 ? fromLocalDate(subYears(now, minYears)) : null,
      problem: (date) => {
        const age = differenceInYears(now, toLocalDate(date));
        return `tanggal lahir ${formatDateId(date)} berarti umur ${age} tahun pada ${formatDateId(today)}, padahal umur ${who} yang masuk akal ${minYears}–${maxYears} tahun. Periksa tahunnya`;
      },
    };
  }
  // A baby's birth, a dose, a visit or a screening: not before the programme began.
  const latest = column.future ? fromLocalDate(addYears(now, FUTURE_YEARS)) : null;
  const birth = column.key === BIRTH_KEY;
  const what = birth ? `${ages?.who ?? 'orang'} di register ini lahir` : 'dosis, kunjungan dan skrining di register ini tercatat';
  return {
    earliest: PROGRAMME_FLOOR,
    latest,
    problem: (date) =>
      date < PROGRAMME_FLOOR
        ? `tanggal${birth ? ' lahir' : ''} ${formatDateId(date)} terlalu lama: ${what} sesudah program imunisasi (PPI) dimulai tahun ${PROGRAMME_FLOOR.slice(0, 4)}. Periksa tahunnya`
        : `tanggal ${formatDateId(date)} lebih dari ${FUTURE_YEARS} tahun sesudah ${formatDateId(today)}. Periksa tahunnya`,
  };
}

/** Whether a date lies outside its window. */
export function isImplausible(window: PlausibleWindow, date: IsoDate): boolean {
  return date < window.earliest || (window.latest !== null && date > window.latest);
}
