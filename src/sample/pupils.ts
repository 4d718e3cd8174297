import { IsoDate } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { BIAS_SHEET } from '../domain/schema/registers';
import { SampleContext, toRow } from './context';
import type { SampleWoman } from './women';

export interface SampleSchool {
  kode: string;
  nama: string;
  kel: string;
  /** Pupils per class 1–6 this school year. */
  perClass: number[];
}

export interface SamplePupil {
  school: string;
  kelas: number;
  female: boolean;
  doses: Record<string, IsoDate>;
  row: Cell[];
}

/*
 * BIAS under the current scheme (DOMAIN.md "Register BIAS"): MR (August) and DT (November) in
 * class 1, Td in class 2 and class 5 (November), HPV for girls in class 5 (August, since 2023).
 * A pupil now in class k had class 1 in year − (k − 1).
 */
export function samplePupils(ctx: SampleContext, school: SampleSchool): SamplePupil[] {
  const { rnd } = ctx;
  const out: SamplePupil[] = [];
  const given = (yearOfClass: number, month: number, p: number): IsoDate | undefined => {
    if (!rnd.chance(p)) return undefined;
    const mm = String(month).padStart(2, '0');
    const date = ctx.dayBetween(`${yearOfClass}-${mm}-05`, `${yearOfClass}-${mm}-25`);
    return date <= ctx.end ? date : undefined;
  };
  for (let kelas = 1; kelas <= 6; kelas++) {
    for (let i = 0; i < school.perClass[kelas - 1]; i++) {
      const female = rnd.chance(0.5);
      const bornYear = ctx.year - 5 - kelas;
      const born = ctx.dayBetween(`${bornYear}-07-01`, `${bornYear + 1}-06-30`);
      const class1 = ctx.year - (kelas - 1);
      const doses: Record<string, IsoDate | undefined> = {
        mrK1: given(class1, 8, 0.95),
        dtK1: given(class1, 11, 0.95),
        tdK2: kelas >= 2 ? given(class1 + 1, 11, 0.94) : undefined,
        tdK5: kelas >= 5 ? given(class1 + 4, 11, 0.93) : undefined,
        hpv: female && kelas >= 5 && class1 + 4 >= 2023 ? given(class1 + 4, 8, 0.9) : undefined,
      };
      const defined = Object.fromEntries(Object.entries(doses).filter(([, d]) => d !== undefined)) as Record<string, IsoDate>;
      const row = toRow(BIAS_SHEET.columns, {
        ...ctx.identity(born, female, school.kel, 0.95, rnd.int(1, 4)),
        nama: ctx.name(female),
        jk: female ? 'P' : 'L',
        tanggalLahir: born,
        kodeSekolah: school.kode,
        kelas,
        ...defined,
      });
      out.push({ school: school.kode, kelas, female, doses: defined, row });
    }
  }
  return out;
}

/*
 * The BIAS of the 2005 scheme (thesis Tabel 2.2; DOMAIN.md "Register BIAS"): DT in class 1,
 * TT in classes 2 and 3, each in November. A pupil starts class 1 in the July after she turns 6.
 */
const FORMER_DOSES: readonly { key: string; classYear: number }[] = [
  { key: 'dtK1', classYear: 0 },
  { key: 'tdK2', classYear: 1 },
  { key: 'tdK3', classYear: 2 },
];

/**
 * The old BIAS row of a woman who went to a school of the puskesmas (kept in the register,
 * as the thesis's CITRA: BIAS 2001–2003, caten 2017). Her T status and last dose are set from
 * it, so the caten register needs no screening for her.
 */
export function sampleFormerPupil(ctx: SampleContext, w: SampleWoman, school: string): { row: Cell[]; doses: Record<string, IsoDate> } {
  const { rnd } = ctx;
  const bornYear = Number(w.born.slice(0, 4));
  const class1 = Number(w.born.slice(5, 7)) >= 7 ? bornYear + 7 : bornYear + 6;
  const doses: Record<string, IsoDate> = {};
  for (const { key, classYear } of FORMER_DOSES) {
    if (!rnd.chance(0.9)) continue;
    doses[key] = ctx.dayBetween(`${class1 + classYear}-11-05`, `${class1 + classYear}-11-25`);
    w.status += 1;
    w.lastDose = doses[key];
  }
  const row = toRow(BIAS_SHEET.columns, { ...w.id, nama: w.nama, jk: 'P', tanggalLahir: w.born, kodeSekolah: school, kelas: 6, ...doses });
  return { row, doses };
}
