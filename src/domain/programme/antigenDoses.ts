import { ScheduleKey, SchemeKey } from '../read/cellValue';
import { AgeLimit, ageLimit } from '../rules/ageLimit';
import { interval, Interval } from '../rules/interval';

/*
 * One record per dose the registers record: everything the programme knows about it. The
 * register schema, the templates, the infant schedule, IDL, the reports, PWS, Data Laporan,
 * the targets, stock and need all derive from this list (programme/derive*.ts). Adding an
 * antigen is adding its records here and its vaccine in vaccines.ts: no code changes.
 *
 * Sources: infant schedule DOMAIN.md "Infant schedule" (Permenkes 12/2017; KMK
 * HK.01.07/Menkes/1139/2022 for RV, 1453/2022 for IPV 2, the Kemenkes introduction material 2022 for PCV); BIAS thesis II.C.3 and the
 * current BIAS (DT + MR kelas 1, Td kelas 2 and 5, HPV kelas 5); Td/TT thesis Tabel 2.1.
 */

/** The person registers a dose column stands in. */
export type DoseSheet = 'bayi' | 'bias' | 'wus' | 'caten' | 'bumil';

/** Who a dose is for: the sasaran its coverage and its yearly need are measured against. */
export type SasaranKind = 'bayi' | 'baduta' | 'bumil' | 'wus' | 'caten' | 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5';

/** Each sasaran as report sheets name it. */
export const SASARAN_LABELS: Readonly<Record<SasaranKind, string>> = {
  bayi: 'Bayi',
  baduta: 'Baduta',
  bumil: 'Ibu hamil',
  wus: 'WUS',
  caten: 'Calon pengantin',
  murid1: 'Murid kelas 1',
  murid2: 'Murid kelas 2',
  murid3: 'Murid kelas 3',
  murid5: 'Murid kelas 5',
  muridPerempuan5: 'Siswi kelas 5',
};

/**
 * The national schedules a workbook may follow: Permenkes 12/2017 (no PCV, RV, IPV 2), and the
 * current Kemenkes schedule (PCV 1–3: Kemenkes PCV introduction material 2022; RV 1–3: KMK
 * HK.01.07/Menkes/1139/2022; IPV 2: KMK HK.01.07/Menkes/1453/2022; docs/rules.md §9).
 */
export type SchedulePreset = ScheduleKey;
export const SCHEDULE_PRESETS: readonly SchedulePreset[] = ['permenkes2017', 'kemenkes2023'];

/** When an infant dose is due (DOMAIN.md "Infant schedule"). */
export interface DoseSchedule {
  /** Due at this age. */
  age: Interval;
  /** The last age at which the dose is still given, that day included (HB0: 7 days; RV: 6 months 29 days); null: no limit. */
  expiry: AgeLimit | null;
  /** At least this long after the previous dose of its series, when longer than the series' 4 weeks. */
  minInterval?: Interval;
  source: string;
}

/** The report indicator a dose is counted in, with its default annual target. */
export interface DoseIndicator {
  /** Data Laporan name and ProgrammeTargets.annual key. */
  key: string;
  /** Its short name in report sheets and the Target sheet. */
  label: string;
  /** Data Laporan's description (docs/format.md); absent: "Dosis <header> (register + luar)". */
  dataLaporan?: string;
  /** Default annual target (fraction of sasaran); absent: none, the Target sheet must give it (a finding until it does). */
  target?: number;
  /** Where the default comes from, as the Target sheet's Keterangan says it. */
  targetSource: string;
  /** Its line in Kebutuhan Vaksin. */
  needLabel: string;
}

export interface AntigenDose {
  /** The register column key. */
  key: string;
  /** The register whose dose column it is (caten and bumil share the Td/TT episode doses). */
  sheet: DoseSheet;
  /** The template's column header, and the header users know it by in reports. */
  header: string;
  /** Its name where a column is narrow (the drop-out lines: "DPT1 → DPT3"); absent: the header without spaces ("MR1"). */
  short?: string;
  /** Other headers the reader recognises (older forms, other spellings). */
  aliases: readonly string[];
  /** Doses of one series are given in order, at least 4 weeks apart (longer where `schedule.minInterval` says). */
  series?: string;
  /** The vaccine key (vaccines.ts) whose vials it uses. */
  vaccine: string;
  sasaran: SasaranKind;
  /** Infant doses: when it is due. */
  schedule?: DoseSchedule;
  /** BIAS doses: the class it is given in. */
  kelas?: number;
  /** The schedules that include it. */
  presets: readonly SchedulePreset[];
  /** Only under this Td/TT scheme (the BIAS classes differ between the schemes). */
  scheme?: SchemeKey;
  /** The indicator it is counted in on its own; absent for Td/TT doses, which count through status T. */
  indicator?: DoseIndicator;
  /** Part of imunisasi dasar lengkap (IDL) by default. */
  idl?: boolean;
  /** Part of imunisasi baduta lengkap (IBL) by default. */
  ibl?: boolean;
  /** Imunisasi Luar has a count column for it. */
  luar?: boolean;
  /** Drop-out: this dose is the last dose of the pair whose first dose is named (DOMAIN.md "PWS"). */
  dropOutFrom?: string;
  /** Has a block and a line chart on the PWS sheets by default (the charts users expect, DOMAIN.md "PWS"). */
  pws?: boolean;
}

const BOTH: readonly SchedulePreset[] = SCHEDULE_PRESETS;
const CURRENT: readonly SchedulePreset[] = ['kemenkes2023'];

const SCHEDULE = 'Jadwal imunisasi bayi Kemenkes (Permenkes 12/2017; DOMAIN.md "Infant schedule")';
const PCV_SCHEDULE = 'PCV: materi introduksi PCV Kemenkes 2022 (2, 3 dan 12 bulan)';
const RV_SCHEDULE = 'RV: KMK HK.01.07/Menkes/1139/2022 dan surat Ditjen P2P IM.02.02/C/3052/2023 (oral, 3 dosis umur 2, 3 dan 4 bulan, jarak minimal 4 minggu, dosis terakhir paling lambat umur 6 bulan 29 hari)';
const IPV2_SCHEDULE = 'IPV 2: KMK HK.01.07/Menkes/1453/2022 (umur 9 bulan bersama MR 1, minimal 4 bulan setelah IPV 1)';
export const INFANT_TARGET = 'Target cakupan bayi 90% setahun (DOMAIN.md "PWS": 90% → 7,5% sebulan).';
const BIAS_TARGET = 'BIAS 100% murid (tesis II.D.1, "Target imunisasi").';

const months = (n: number) => interval(n, 'bulan');

interface InfantSpec {
  key: string;
  header: string;
  short?: string;
  aliases: readonly string[];
  series?: string;
  vaccine: string;
  age: Interval;
  expiry?: AgeLimit;
  minInterval?: Interval;
  source?: string;
  presets?: readonly SchedulePreset[];
  needLabel?: string;
  baduta?: boolean;
  idl?: boolean;
  dropOutFrom?: string;
  pws?: boolean;
}

/** An infant dose: due at an age, counted on its own against sasaran bayi (baduta: second year), 90% a year, in Imunisasi Luar. */
const infant = (s: InfantSpec): AntigenDose => ({
  key: s.key,
  sheet: 'bayi',
  header: s.header,
  ...(s.short ? { short: s.short } : {}),
  aliases: s.aliases,
  ...(s.series ? { series: s.series } : {}),
  vaccine: s.vaccine,
  sasaran: s.baduta ? 'baduta' : 'bayi',
  schedule: { age: s.age, expiry: s.expiry ?? null, ...(s.minInterval ? { minInterval: s.minInterval } : {}), source: s.source ?? SCHEDULE },
  presets: s.presets ?? BOTH,
  indicator: { key: s.key, label: s.header, target: 0.9, targetSource: INFANT_TARGET, needLabel: s.needLabel ?? s.header },
  ...(s.idl ? { idl: true } : {}),
  ...(s.baduta ? { ibl: true } : {}),
  luar: true,
  ...(s.dropOutFrom ? { dropOutFrom: s.dropOutFrom } : {}),
  ...(s.pws ? { pws: true } : {}),
});

const polio = (n: number, age: number) =>
  infant({ key: `polio${n}`, header: `Polio ${n}`, aliases: [`OPV ${n}`, `bOPV ${n}`, `Polio Tetes ${n}`], series: 'polio', vaccine: 'polio', age: months(age), idl: true, pws: n === 4 });
const dpt = (n: number, aliases: readonly string[], age: number, extra: Partial<InfantSpec> = {}) =>
  infant({ key: `dpt${n}`, header: `DPT-HB-Hib ${n}`, short: `DPT${n}`, aliases: [`DPT ${n}`, `Penta ${n}`, ...aliases], series: 'dpt', vaccine: 'dpt', age: months(age), ...extra });
const pcv = (n: number, age: number) =>
  infant({ key: `pcv${n}`, header: `PCV ${n}`, aliases: [`Pneumokokus ${n}`], series: 'pcv', vaccine: 'pcv', age: months(age), source: PCV_SCHEDULE, presets: CURRENT });

/**
 * No RV dose after 6 months 29 days (letter IM.02.02/C/3052/2023: the last dose at the latest
 * then, so no earlier one later either): the birth date + 6 months, then + 29 days (ageLimit.ts
 * on month ends), that day included. Every RV dose carries it, so no RV 1 is offered to an older child.
 */
const RV_LIMIT = ageLimit(months(6), interval(29, 'hari'));
const rv = (n: number, age: number) =>
  infant({ key: `rv${n}`, header: `RV ${n}`, aliases: [`Rotavirus ${n}`, `Rota ${n}`, `RV${n}`], series: 'rv', vaccine: 'rv', age: months(age), expiry: RV_LIMIT, source: RV_SCHEDULE, presets: CURRENT });

/** The infant doses in the order of the register form (Register Bayi, Imunisasi Luar). */
const INFANT: readonly AntigenDose[] = [
  // HB0 within 24 hours, at the latest 7 days after birth.
  infant({ key: 'hb0', header: 'HB0', aliases: ['HB 0', 'HB-0', 'Hep B 0', 'Hepatitis B 0', 'HB0 (<24 jam)', 'HB0 < 24 jam', 'HB Uniject'], vaccine: 'hb0', age: interval(0, 'hari'), expiry: ageLimit(interval(7, 'hari')), needLabel: 'HB0 bayi', idl: true, pws: true }),
  infant({ key: 'bcg', header: 'BCG', aliases: [], vaccine: 'bcg', age: months(1), needLabel: 'BCG bayi', idl: true, pws: true }),
  polio(1, 1),
  polio(2, 2),
  polio(3, 3),
  polio(4, 4),
  dpt(1, ['Pentavalen 1', 'DPT-HB 1', 'DPT HB Hib 1'], 2, { idl: true, pws: true }),
  dpt(2, ['Pentavalen 2', 'DPT-HB 2', 'DPT HB Hib 2'], 3, { idl: true }),
  dpt(3, ['Pentavalen 3', 'DPT-HB 3', 'DPT HB Hib 3'], 4, { idl: true, dropOutFrom: 'dpt1', pws: true }),
  // IDL includes IPV 1 since it entered the schedule (Kemenkes Profil Kesehatan; DOMAIN.md "Infant schedule").
  // Registers from before IPV 2 have one column "IPV": it reads as IPV 1.
  infant({ key: 'ipv', header: 'IPV 1', aliases: ['IPV', 'Polio Suntik', 'Polio Suntik 1'], series: 'ipv', vaccine: 'ipv', age: months(4), idl: true }),
  infant({ key: 'ipv2', header: 'IPV 2', aliases: ['Polio Suntik 2'], series: 'ipv', vaccine: 'ipv', age: months(9), minInterval: months(4), source: IPV2_SCHEDULE, presets: CURRENT }),
  pcv(1, 2),
  pcv(2, 3),
  pcv(3, 12),
  rv(1, 2),
  rv(2, 3),
  rv(3, 4),
  infant({ key: 'mr1', header: 'MR 1', aliases: ['MR', 'Campak', 'Campak 1', 'Campak/MR 1', 'Campak Rubela 1'], series: 'mr', vaccine: 'mr', age: months(9), needLabel: 'MR 1 bayi', idl: true, dropOutFrom: 'dpt1', pws: true }),
  // The second year (baduta): counted against sasaran baduta.
  dpt(4, ['DPT-HB-Hib Lanjutan', 'DPT Lanjutan', 'Booster DPT'], 18, { baduta: true, needLabel: 'DPT-HB-Hib 4 (baduta)' }),
  infant({ key: 'mr2', header: 'MR 2', aliases: ['Campak 2', 'MR Lanjutan', 'Campak Lanjutan', 'Campak/MR 2'], series: 'mr', vaccine: 'mr', age: months(18), baduta: true, needLabel: 'MR 2 (baduta)' }),
];

interface BiasSpec {
  key: string;
  header: string;
  aliases: readonly string[];
  vaccine: string;
  kelas: number;
  sasaran: SasaranKind;
  indicator: string;
  label: string;
  dataLaporan: string;
  needLabel: string;
  scheme?: SchemeKey;
}

/** A BIAS dose: given in school to the pupils of one class, 100% of them a year. */
const bias = (s: BiasSpec): AntigenDose => ({
  key: s.key,
  sheet: 'bias',
  header: s.header,
  aliases: s.aliases,
  vaccine: s.vaccine,
  sasaran: s.sasaran,
  kelas: s.kelas,
  presets: BOTH,
  ...(s.scheme ? { scheme: s.scheme } : {}),
  indicator: { key: s.indicator, label: s.label, dataLaporan: s.dataLaporan, target: 1, targetSource: BIAS_TARGET, needLabel: s.needLabel },
});

const td = (n: number) => ({
  header: `TT/Td Kelas ${n}`,
  aliases: [`Td Kelas ${n}`, `TT Kelas ${n}`, `Td Kls ${n}`, `TT Kls ${n}`, `Td/TT Kelas ${n}`],
  vaccine: 'td',
  kelas: n,
});

const BIAS: readonly AntigenDose[] = [
  bias({ key: 'dtK1', header: 'DT Kelas 1', aliases: ['DT Kls 1', 'DT', 'DT Kelas I'], vaccine: 'dt', kelas: 1, sasaran: 'murid1', indicator: 'bias_dt_k1', label: 'DT kelas 1', dataLaporan: 'Murid kelas 1 mendapat DT (tahun ini)', needLabel: 'DT kelas 1 (BIAS)' }),
  bias({ key: 'mrK1', header: 'MR Kelas 1', aliases: ['MR Kls 1', 'Campak Kelas 1', 'MR BIAS', 'Campak Kls 1'], vaccine: 'mr', kelas: 1, sasaran: 'murid1', indicator: 'bias_mr_k1', label: 'MR kelas 1', dataLaporan: 'Murid kelas 1 mendapat MR (tahun ini)', needLabel: 'MR kelas 1 (BIAS)' }),
  bias({ key: 'tdK2', ...td(2), sasaran: 'murid2', indicator: 'bias_td_k2', label: 'Td/TT kelas 2', dataLaporan: 'Murid kelas 2 mendapat Td/TT (tahun ini)', needLabel: 'Td kelas 2 (BIAS)' }),
  bias({ key: 'tdK3', ...td(3), sasaran: 'murid3', indicator: 'bias_td_k3', label: 'Td/TT kelas 3', dataLaporan: 'Murid kelas 3 mendapat Td/TT (tahun ini; skema 2005)', needLabel: 'TT kelas 3 (BIAS, skema 2005)', scheme: 'tt2005' }),
  bias({ key: 'tdK5', ...td(5), sasaran: 'murid5', indicator: 'bias_td_k5', label: 'Td kelas 5', dataLaporan: 'Murid kelas 5 mendapat Td (tahun ini)', needLabel: 'Td kelas 5 (BIAS)', scheme: 'td' }),
  bias({ key: 'hpv', header: 'HPV', aliases: ['HPV 1', 'HPV Kelas 5'], vaccine: 'hpv', kelas: 5, sasaran: 'muridPerempuan5', indicator: 'bias_hpv_k5', label: 'HPV kelas 5', dataLaporan: 'Murid perempuan kelas 5 mendapat HPV (tahun ini)', needLabel: 'HPV siswi kelas 5 (BIAS)', scheme: 'td' }),
];

/** WUS: each dose sits in the column of the T step it was recorded as; counted through status T. */
const WUS: readonly AntigenDose[] = [1, 2, 3, 4, 5].map((n) => ({
  key: `t${n}`,
  sheet: 'wus',
  header: `Td/TT ${n}`,
  aliases: [`TT/Td ${n}`, `TT ${n}`, `Td ${n}`, `T${n}`, `Td/TT ke-${n}`],
  series: 't',
  vaccine: 'td',
  sasaran: 'wus',
  presets: BOTH,
}));

/** Caten and bumil record the doses given in that episode: dose 1 and dose 2; counted through status T. */
const episode = (sheet: 'caten' | 'bumil'): AntigenDose[] =>
  [1, 2].map((n) => ({
    key: `td${n}`,
    sheet,
    header: `Td/TT Dosis ${n}`,
    aliases: [`TT/Td Dosis ${n}`, `Td/TT ${n}`, `TT/Td ${n}`, `TT ${n}`, `Td ${n}`, `TT Dosis ${n}`, `Td Dosis ${n}`],
    series: 'td',
    vaccine: 'td',
    sasaran: sheet,
    presets: BOTH,
  }));

export const ANTIGEN_DOSES: readonly AntigenDose[] = [...INFANT, ...BIAS, ...WUS, ...episode('caten'), ...episode('bumil')];
