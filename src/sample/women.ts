import { IsoDate } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { BUMIL_SHEET, CATEN_SHEET, WUS_SHEET } from '../domain/schema/registers';
import { SampleContext, toRow } from './context';

/** A woman who may appear in several registers under the same key (DOMAIN.md: T over a lifetime). */
export interface SampleWoman {
  id: { nik: string | null; kodeKK: string | null; noUrut: number | null };
  nama: string;
  born: IsoDate;
  kel: string;
  suami: string;
  alamat: string;
  posyandu: string;
  hp: string | null;
  /** Status on her card after the doses the sample gave her so far, and the last dose date. */
  status: number;
  lastDose: IsoDate | null;
}

/*
 * Minimum gaps before the next T step, in days or months (thesis Tabel 2.1): T2 4 weeks after
 * T1, T3 6 months after T2, T4 and T5 a year after the previous dose. The sample adds a delay.
 */
function nextStepDate(ctx: SampleContext, step: number, previous: IsoDate): IsoDate {
  if (step <= 2) return ctx.addDays(previous, 28 + ctx.rnd.delay(20));
  return ctx.addDays(ctx.addMonths(previous, step === 3 ? 6 : 12), ctx.rnd.delay(60));
}

/**
 * The day a woman's card was assessed, far enough before `dose` for the dose to count: the
 * status engine measures the next interval from the screening date (issue 3).
 */
function screeningBefore(ctx: SampleContext, dose: IsoDate, status: number): IsoDate {
  const slack = ctx.rnd.int(0, 120);
  if (status === 0) return ctx.addDays(dose, -ctx.rnd.int(0, 14));
  if (status === 1) return ctx.addDays(dose, -28 - slack);
  return ctx.addDays(ctx.addMonths(dose, status === 2 ? -6 : -12), -slack);
}

function screenedStatus(ctx: SampleContext): number {
  const r = ctx.rnd.next();
  return r < 0.1 ? 0 : r < 0.25 ? 1 : r < 0.55 ? 2 : r < 0.75 ? 3 : r < 0.9 ? 4 : 5;
}

export function sampleWoman(ctx: SampleContext, kel: string, minAge: number, maxAge: number): SampleWoman {
  const bornYear = ctx.year - ctx.rnd.int(minAge, maxAge);
  const born = ctx.dayBetween(`${bornYear}-01-01`, `${bornYear}-12-31`);
  const id = ctx.identity(born, true, kel, 0.93, ctx.rnd.int(1, 3));
  const nama = ctx.name(true);
  const suami = ctx.name(false);
  const alamat = ctx.address();
  return {
    id,
    nama,
    born,
    kel,
    suami,
    alamat,
    posyandu: ctx.posyandu(kel, alamat),
    hp: ctx.phone(),
    status: 0,
    lastDose: null,
  };
}

const person = (w: SampleWoman) => ({ ...w.id, nama: w.nama, tanggalLahir: w.born, namaSuami: w.suami, kodeKelurahan: w.kel, posyandu: w.posyandu, alamat: w.alamat, noHp: w.hp });

/**
 * WUS: screened (status from her card) or not; then doses recorded in the column of the T
 * step each one reaches. One in twenty gets a T3 too early (4 months after T2): recorded, not
 * valid — the status engine must not count it.
 */
export function sampleWus(ctx: SampleContext, w: SampleWoman): { row: Cell[]; given: IsoDate[] } {
  const { rnd } = ctx;
  const record: Record<string, Cell> = {};
  const given: IsoDate[] = [];
  // The first dose she gets in this register; when screened, the card was assessed before it.
  let date = ctx.dayBetween(`${ctx.year - 1}-01-01`, ctx.addDays(ctx.end, -30));
  if (rnd.chance(0.7)) {
    w.status = screenedStatus(ctx);
    record.statusSkrining = w.status;
    record.tanggalSkrining = screeningBefore(ctx, date, w.status);
  }
  let first = true;
  while (w.status < 5 && rnd.chance(first ? 0.85 : 0.7)) {
    const step = w.status + 1;
    const early = step === 3 && !first && rnd.chance(0.05);
    const next = first ? date : early ? ctx.addMonths(date, 4) : nextStepDate(ctx, step, date);
    if (next > ctx.end) break;
    record[`t${step}`] = next;
    given.push(next);
    date = next;
    w.lastDose = next;
    first = false;
    if (early) break;
    w.status = step;
  }
  return { row: toRow(WUS_SHEET.columns, { ...person(w), ...record }), given };
}

/** Caten: screened at registration; one or two Td doses before the wedding (thesis II.C.1). */
export function sampleCaten(ctx: SampleContext, w: SampleWoman): { row: Cell[]; wedding: IsoDate; given: IsoDate[] } {
  const { rnd } = ctx;
  const wedding = ctx.dayBetween(`${ctx.year}-01-20`, ctx.addMonths(ctx.end, 2));
  const registered = ctx.addDays(wedding, -rnd.int(45, 90));
  const record: Record<string, Cell> = { rencanaNikah: wedding };
  const given: IsoDate[] = [];
  // A girl from the BIAS register has her history there; the others are screened, mostly.
  if (w.lastDose === null && rnd.chance(0.6)) {
    // Girls who had BIAS usually reach T3–T4 (thesis Tabel 2.2); some cards show less.
    w.status = rnd.pick([1, 2, 3, 3, 4, 4, 5]);
    record.statusSkrining = w.status;
    record.tanggalSkrining = screeningBefore(ctx, registered, w.status);
  }
  if (w.status < 5 && registered <= ctx.end) {
    const td1 = ctx.addDays(registered, rnd.int(0, 7));
    if (td1 <= ctx.end) {
      record.td1 = td1;
      given.push(td1);
      w.lastDose = td1;
      w.status += 1;
      const td2 = ctx.addDays(td1, 28 + rnd.delay(10));
      if (w.status < 2 && rnd.chance(0.7) && td2 <= ctx.end) {
        record.td2 = td2;
        given.push(td2);
        w.lastDose = td2;
        w.status += 1;
      }
    }
  }
  return { row: toRow(CATEN_SHEET.columns, { ...person(w), ...record }), wedding, given };
}

/**
 * Bumil (thesis II.B.1): T2 or more before this pregnancy → one dose (Td ulang); otherwise two
 * doses at least 4 weeks apart; none at T5. K1–K4 visits through the pregnancy.
 */
export function sampleBumil(ctx: SampleContext, w: SampleWoman, hpht: IsoDate, hamilKe: number): { row: Cell[]; given: IsoDate[] } {
  const { rnd } = ctx;
  const record: Record<string, Cell> = { hamilKe, hpht };
  const given: IsoDate[] = [];
  const visits = [ctx.addDays(hpht, rnd.int(50, 85))];
  for (const weeks of [rnd.int(14, 18), rnd.int(10, 14), rnd.int(4, 8)]) visits.push(ctx.addDays(visits[visits.length - 1], weeks * 7));
  visits.forEach((d, i) => {
    if (d <= ctx.end && rnd.chance(i === 0 ? 1 : 0.9)) record[`k${i + 1}`] = d;
  });
  const k1 = visits[0];
  if (k1 > ctx.end) return { row: toRow(BUMIL_SHEET.columns, { ...person(w), ...record }), given };
  let date = ctx.addDays(k1, rnd.int(0, 20));
  // Her last dose (as caten or WUS) or her card, assessed early enough for this dose to count.
  if (w.lastDose === null && rnd.chance(0.8)) {
    if (w.status === 0) w.status = screenedStatus(ctx);
    record.statusSkrining = w.status;
    const screened = screeningBefore(ctx, date, w.status);
    record.tanggalSkrining = screened <= ctx.end ? screened : k1;
  } else if (w.lastDose !== null) {
    const earliest = w.status <= 1 ? ctx.addDays(w.lastDose, 28) : ctx.addMonths(w.lastDose, w.status === 2 ? 6 : 12);
    if (earliest > date) date = ctx.addDays(earliest, rnd.int(0, 14));
  }
  const needed = w.status >= 5 ? 0 : w.status >= 2 ? 1 : 2;
  for (let n = 1; n <= needed && date <= ctx.end && rnd.chance(0.9); n++) {
    record[`td${n}`] = date;
    given.push(date);
    w.lastDose = date;
    w.status += 1;
    date = ctx.addDays(date, 28 + rnd.delay(14));
  }
  return { row: toRow(BUMIL_SHEET.columns, { ...person(w), ...record }), given };
}
