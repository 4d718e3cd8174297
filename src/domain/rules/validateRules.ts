import { INTERVAL_UNITS } from './interval';
import { DOSES_BY_SHEET, PERSON_SHEETS } from './doses';
import { PRESETS } from './presets';
import { SCHEDULES } from './schedules';
import { AgeLimit, Interval, PersonSheet, Rules } from './types';

/** A problem with a rule: where in the rules model (`path`) and what is wrong, in Bahasa Indonesia. */
export interface RuleProblem {
  path: string;
  message: string;
}

const UNITS: ReadonlySet<string> = new Set(INTERVAL_UNITS);

/**
 * Checks a rules model and returns every problem (never only the first): unknown doses,
 * units or registers, impossible numbers, missing or misordered T steps. An empty list
 * means the rules can be used. Nothing is dropped or defaulted silently.
 */
export function validateRules(rules: Rules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const checkInterval = (path: string, value: Interval | null | undefined, nullable: boolean) => {
    if (value === null || value === undefined) {
      if (!nullable) add(path, 'jarak waktu belum diisi');
      return;
    }
    if (!UNITS.has(value.unit)) add(path, `satuan "${String(value.unit)}" tidak dikenal; pakai hari, minggu, bulan atau tahun`);
    if (!Number.isInteger(value.amount) || value.amount < 0) add(path, `jumlah ${String(value.amount)} harus bilangan bulat 0 atau lebih`);
  };
  // An upper age: at least one part, largest unit first, each unit once (ageLimit.ts).
  const checkAgeLimit = (path: string, value: AgeLimit | null) => {
    if (value === null) return;
    if (!Array.isArray(value.parts) || value.parts.length === 0) {
      add(path, 'batas umur belum berisi angka dan satuan');
      return;
    }
    value.parts.forEach((part, i) => checkInterval(`${path}.parts[${i}]`, part, false));
    const ranks = value.parts.map((p) => INTERVAL_UNITS.indexOf(p.unit));
    if (ranks.some((r, i) => i > 0 && r >= ranks[i - 1])) add(path, 'satuan batas umur harus dari yang besar ke yang kecil (tahun, bulan, minggu, hari), setiap satuan sekali');
  };
  const checkCount = (path: string, value: number, max = Infinity) => {
    if (!Number.isInteger(value) || value < 0 || value > max) add(path, `${String(value)} harus bilangan bulat 0–${max === Infinity ? '…' : max}`);
  };
  const knownDose = (sheet: PersonSheet, dose: string) => DOSES_BY_SHEET[sheet].some((d) => d.key === dose);

  if (!(rules.preset in PRESETS)) add('preset', `skema "${String(rules.preset)}" tidak dikenal; pilih "Td terkini" atau "2005 (TT)"`);
  if (!(rules.jadwal in SCHEDULES)) add('jadwal', `jadwal imunisasi "${String(rules.jadwal)}" tidak dikenal; pilih "Kemenkes terkini" atau "Permenkes 12/2017"`);
  if (rules.monthCounting !== 'kalender' && rules.monthCounting !== 'hari') add('monthCounting', `hitungan bulan "${String(rules.monthCounting)}" tidak dikenal; pilih "kalender" atau "30 hari"`);
  checkCount('toleranceDays', rules.toleranceDays);
  checkInterval('overdueAfter', rules.overdueAfter, false);

  if (rules.tSteps.length !== 5) add('tSteps', `harus ada 5 tahap status (T1–T5), ada ${rules.tSteps.length}`);
  rules.tSteps.forEach((s, i) => {
    if (s.step !== i + 1) add(`tSteps[${i}]`, `tahap ke-${i + 1} harus T${i + 1}, tertulis T${s.step}`);
    checkInterval(`tSteps[${i}].minInterval`, s.minInterval, true);
    checkInterval(`tSteps[${i}].protection`, s.protection, i === 0);
  });

  const seenSources = new Set<string>();
  rules.tSources.forEach((s, i) => {
    if (!PERSON_SHEETS.includes(s.sheet)) {
      add(`tSources[${i}]`, `register "${String(s.sheet)}" tidak dikenal`);
      return;
    }
    if (!knownDose(s.sheet, s.dose)) add(`tSources[${i}]`, `dosis "${s.dose}" tidak ada di register ${s.sheet}`);
    const key = `${s.sheet}.${s.dose}`;
    if (seenSources.has(key)) add(`tSources[${i}]`, `dosis ${key} tercatat dua kali`);
    seenSources.add(key);
  });

  checkCount('bumil.threshold', rules.bumil.threshold, 5);
  checkCount('bumil.dosesBelow', rules.bumil.dosesBelow, 5);
  checkCount('bumil.dosesFrom', rules.bumil.dosesFrom, 5);
  checkInterval('bumil.pregnancyLength', rules.bumil.pregnancyLength, false);

  const seenInfant = new Set<string>();
  rules.infant.schedule.forEach((d, i) => {
    if (!knownDose('bayi', d.dose)) add(`infant.schedule[${i}]`, `dosis bayi "${d.dose}" tidak dikenal`);
    if (seenInfant.has(d.dose)) add(`infant.schedule[${i}]`, `dosis bayi "${d.dose}" tercatat dua kali`);
    seenInfant.add(d.dose);
    checkInterval(`infant.schedule[${i}].age`, d.age, false);
    checkAgeLimit(`infant.schedule[${i}].expiry`, d.expiry);
    checkInterval(`infant.schedule[${i}].minInterval`, d.minInterval, true);
  });
  checkInterval('infant.seriesMinInterval', rules.infant.seriesMinInterval, false);
  checkInterval('infant.listUntilAge', rules.infant.listUntilAge, false);

  for (const [name, rule] of [['idl', rules.idl], ['ibl', rules.ibl]] as const) {
    if (rule.doses.length === 0) add(`${name}.doses`, `daftar dosis ${name.toUpperCase()} kosong`);
    rule.doses.forEach((dose, i) => {
      if (!knownDose('bayi', dose)) add(`${name}.doses[${i}]`, `dosis bayi "${dose}" tidak dikenal`);
    });
    checkInterval(`${name}.before`, rule.before, false);
  }
  return problems;
}
