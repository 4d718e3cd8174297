import { addDaysIso, addMonthsIso, daysBetween, IsoDate } from '../domain/dates/isoDate';
import { isoDateToSerial } from '../domain/dates/excelSerial';
import { Cell } from '../domain/raw';
import { ColumnSchema } from '../domain/schema/types';
import { FEMALE_NAMES, MALE_NAMES, SECOND_NAMES, STREETS } from './names';
import { makeNik } from './nik';
import { Random } from './random';

const POSYANDU_NAMES = ['Melati', 'Mawar', 'Anggrek', 'Dahlia', 'Kenanga', 'Flamboyan', 'Cempaka', 'Teratai'];

/** Everything a sample generator shares: the seeded randomness, the year, unique keys. */
export class SampleContext {
  readonly rnd: Random;
  private readonly usedNik = new Set<string>();
  private serial = 0;
  private kkSerial = 0;

  constructor(
    seed: number,
    readonly year: number,
    /** The last day with data: nothing in the sample happens after it. */
    readonly end: IsoDate,
    readonly region: string,
  ) {
    this.rnd = new Random(seed);
  }

  /** A day between two dates, inclusive. */
  dayBetween(from: IsoDate, to: IsoDate): IsoDate {
    const span = Math.max(0, daysBetween(from, to));
    return addDaysIso(from, this.rnd.int(0, span));
  }

  addDays(date: IsoDate, days: number): IsoDate {
    return addDaysIso(date, days);
  }

  addMonths(date: IsoDate, months: number): IsoDate {
    return addMonthsIso(date, months);
  }

  nik(born: IsoDate, female: boolean): string {
    for (;;) {
      const nik = makeNik(this.region, born, female, ++this.serial);
      if (!this.usedNik.has(nik)) {
        this.usedNik.add(nik);
        return nik;
      }
    }
  }

  /** A person's key: usually a NIK; otherwise Kode KK + No Urut (the family folder). */
  identity(born: IsoDate, female: boolean, kel: string, nikShare: number, urut: number): { nik: string | null; kodeKK: string | null; noUrut: number | null } {
    if (this.rnd.chance(nikShare)) return { nik: this.nik(born, female), kodeKK: null, noUrut: null };
    return { nik: null, kodeKK: `${kel}-${String(++this.kkSerial).padStart(4, '0')}`, noUrut: urut };
  }

  name(female: boolean): string {
    const first = this.rnd.pick(female ? FEMALE_NAMES : MALE_NAMES);
    return this.rnd.chance(0.8) ? `${first} ${this.rnd.pick(SECOND_NAMES)}` : first;
  }

  address(): string {
    return `${this.rnd.pick(STREETS)} No. ${this.rnd.int(1, 120)}, RT ${String(this.rnd.int(1, 9)).padStart(2, '0')}/RW ${String(this.rnd.int(1, 6)).padStart(2, '0')}`;
  }

  /**
   * The posyandu of an address: three per kelurahan, each serving two RW (posyandu are
   * organised per RW), named after a flower per kelurahan ("Melati 2"). Drawn from the
   * address, not from the randomness, so adding it left every other sample value as it was.
   */
  posyandu(kel: string, alamat: string): string {
    const rw = Number(/RW (\d+)/.exec(alamat)?.[1] ?? 1);
    const k = Number(kel.replace(/\D/g, '')) || 1;
    return `${POSYANDU_NAMES[(k - 1) % POSYANDU_NAMES.length]} ${Math.ceil(rw / 2)}`;
  }

  phone(): string | null {
    return this.rnd.chance(0.85) ? `08${this.rnd.pick(['12', '13', '21', '22', '52', '56', '57', '77', '78', '95'])}${String(this.rnd.int(10_000_000, 99_999_999))}` : null;
  }
}

/** A record keyed by column key → the row in the schema's column order (dates as serials). */
export function toRow(columns: readonly ColumnSchema[], record: Record<string, Cell | undefined>): Cell[] {
  return columns.map((c) => {
    const v = record[c.key];
    if (v === undefined || v === null) return null;
    return c.type === 'date' && typeof v === 'string' ? isoDateToSerial(v) : v;
  });
}
