import { IsoDate } from '../domain/dates/isoDate';
import { lastDayWithin } from '../domain/rules/ageLimit';
import { addInterval } from '../domain/rules/interval';
import { Cell } from '../domain/raw';
import { BADUTA_KEYS, dosesOf } from '../domain/programme/doseIndex';
import { BAYI_SHEET } from '../domain/schema/registers';
import { SampleContext, toRow } from './context';

/*
 * Visits by age in months (the infant dose records' schedule; HB0, due at birth, is given
 * apart): the doses due at one age are given together. Each visit is at least 4 weeks after
 * the previous one, so every series keeps its interval.
 */
const VISITS: readonly { months: number; doses: readonly string[]; baduta: boolean }[] = (() => {
  const byAge = new Map<number, string[]>();
  for (const d of dosesOf('bayi')) if (d.schedule?.age.unit === 'bulan') byAge.set(d.schedule.age.amount, [...(byAge.get(d.schedule.age.amount) ?? []), d.key]);
  return [...byAge].sort(([a], [b]) => a - b).map(([months, doses]) => ({ months, doses, baduta: doses.every((k) => BADUTA_KEYS.includes(k)) }));
})();

export interface SampleInfant {
  kel: string;
  born: IsoDate;
  female: boolean;
  doses: Record<string, IsoDate>;
  row: Cell[];
}

/**
 * The register holds bayi and baduta: the first children in it were born 18 months before the
 * year, so that they get their baduta doses (18 months) in it; last year's babies finish their
 * series in it.
 */
export function firstBirth(ctx: SampleContext): IsoDate {
  return ctx.addMonths(`${ctx.year}-01-01`, -18);
}

const RECORDS = new Map(dosesOf('bayi').map((d) => [d.key, d]));

/**
 * Whether a dose may be given on `date`: not past its age limit (no RV dose after 6 months 29 days), and
 * at least its own minimum interval after the previous dose of its series (IPV 2: 4 months after
 * IPV 1), as the dose records say. A child late for it misses it, as happens.
 */
function allowed(dose: string, date: IsoDate, born: IsoDate, given: Readonly<Record<string, IsoDate>>): boolean {
  const record = RECORDS.get(dose);
  const schedule = record?.schedule;
  if (!schedule) return true;
  if (schedule.expiry && date > lastDayWithin(born, schedule.expiry, 'kalender')) return false;
  if (!schedule.minInterval || !record.series) return true;
  const earlier = dosesOf('bayi').filter((d) => d.series === record.series && d.key !== dose && given[d.key] !== undefined);
  const last = earlier.map((d) => given[d.key]).sort().pop();
  return last === undefined || date >= addInterval(last, schedule.minInterval, 'kalender');
}

/** Fewer children come back for the baduta visit (18 months) than for the infant series. */
const BADUTA_ATTENDANCE = 0.8;
/** Some also miss the 9-month visit (MR 1), after the 4-month one: MR 1 trails DPT-HB-Hib 3. */
const MR1_ATTENDANCE = 0.95;

/** Infants of one kelurahan, born from firstBirth to a few days before the end date, with their doses. */
export function sampleInfants(ctx: SampleContext, kel: string, count: number): SampleInfant[] {
  const { rnd } = ctx;
  const out: SampleInfant[] = [];
  for (let i = 0; i < count; i++) {
    const female = rnd.chance(0.49);
    const born = ctx.dayBetween(firstBirth(ctx), ctx.addDays(ctx.end, -3));
    const doses: Record<string, IsoDate> = {};
    if (rnd.chance(0.9)) doses.hb0 = ctx.addDays(born, rnd.int(0, 2));
    // Most children come on time, some late, some drop out after a few visits.
    const profile = rnd.next();
    const meanDelay = profile < 0.65 ? 4 : 20;
    const lastVisit = profile < 0.88 ? VISITS.length : rnd.int(1, VISITS.length - 1);
    let previous: IsoDate = doses.hb0 ?? born;
    for (let v = 0; v < lastVisit; v++) {
      const due = ctx.addMonths(born, VISITS[v].months);
      const earliest = ctx.addDays(previous, 28);
      const date = ctx.addDays(due > earliest ? due : earliest, rnd.delay(meanDelay));
      const attendance = VISITS[v].baduta ? BADUTA_ATTENDANCE : VISITS[v].doses.includes('mr1') ? MR1_ATTENDANCE : 1;
      if (date > ctx.end || (attendance < 1 && !rnd.chance(attendance))) break;
      for (const dose of VISITS[v].doses) if (!(dose === 'ipv' && rnd.chance(0.05)) && allowed(dose, date, born, doses)) doses[dose] = date;
      previous = date;
    }
    const id = ctx.identity(born, female, kel, 0.85, rnd.int(2, 5));
    // Drawn in the order they always were, so the posyandu (from the address) changes no other value.
    const nama = ctx.name(female);
    const namaSuami = ctx.name(true);
    const alamat = ctx.address();
    const row = toRow(BAYI_SHEET.columns, {
      ...id,
      nama,
      jk: female ? 'P' : 'L',
      tanggalLahir: born,
      namaSuami,
      kodeKelurahan: kel,
      posyandu: ctx.posyandu(kel, alamat),
      alamat,
      noHp: ctx.phone(),
      ...doses,
    });
    out.push({ kel, born, female, doses, row });
  }
  return out;
}
