import { normalizeName } from '../../read/normalize';
import { sheetSchema } from '../../schema/registers';
import { formatInterval, Interval } from '../interval';
import { TD_RULES } from '../presets';
import { DOSES_BY_SHEET, doseHeader, PERSON_SHEETS } from '../doses';
import { IBL_KEYS, IDL_KEYS } from '../../programme/doseIndex';
import { doseListText, infantSeriesText } from '../../programme/doseTexts';
import { PersonSheet, Rules } from '../types';
import { aturanKey } from './readAturan';
import { AgeLimit } from '../ageLimit';
import { ageLimitValue, choiceValue, daysValue, intervalValue, tStatusValue, ValueKind, wholeValue, yesNoValue } from './setting';

/**
 * The Aturan rows of the status engine and the due lists: each names one value of the
 * rules model, how it is read, and where it goes. Families of rows name a dose ("Umur BCG",
 * "Menaikkan status T: Register BIAS DT Kelas 1"); the dose is looked up by its header or
 * any alias, and an unknown dose is an error (RULE_INVALID), never ignored.
 */
export interface StatusSetting {
  name: string;
  description: string;
  kind: ValueKind<unknown>;
  /** The value in these rules; null when the rules have none (no expiry, not a source). */
  get(rules: Rules): unknown;
  /** Puts the value into a draft copy of the rules; returns a problem when it cannot. */
  set(draft: Rules, value: unknown): string | null;
  /** Whether the template's Aturan sheet lists this row (values the presets hold). */
  inTemplate(rules: Rules): boolean;
}

function setting<T>(s: {
  name: string;
  description: string;
  kind: ValueKind<T>;
  get(rules: Rules): T | null;
  set(draft: Rules, value: T): string | null | void;
  inTemplate?: (rules: Rules) => boolean;
}): StatusSetting {
  return {
    name: s.name,
    description: s.description,
    kind: s.kind as ValueKind<unknown>,
    get: s.get,
    set: (draft, value) => s.set(draft, value as T) ?? null,
    inTemplate: s.inTemplate ?? (() => true),
  };
}

const STEP_NAMES = [1, 2, 3, 4, 5];

/** Doses of the infant register looked up by header or alias. */
function infantDoseLookup(): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of DOSES_BY_SHEET.bayi) for (const name of [d.header, ...d.aliases]) if (!map.has(normalizeName(name))) map.set(normalizeName(name), d.key);
  return map;
}

/** "HB0, BCG, DPT-HB-Hib 1, …": the IDL doses, each by header or alias. */
const infantDoseList: ValueKind<string[]> = {
  parse: (cell) => {
    const lookup = infantDoseLookup();
    const items = String(cell).split(/[,;\n]+/).map((s) => s.trim()).filter((s) => s !== '');
    const unknown = items.filter((s) => !lookup.has(normalizeName(s)));
    if (items.length === 0) return { ok: false, problem: 'daftar dosis kosong' };
    if (unknown.length > 0) return { ok: false, problem: `dosis ${unknown.map((u) => `"${u}"`).join(', ')} tidak dikenal di Register Bayi. Tulis nama kolom dosis, dipisah koma` };
    return { ok: true, value: [...new Set(items.map((s) => lookup.get(normalizeName(s))!))] };
  },
  format: (keys) => keys.map((k) => doseHeader('bayi', k)).join(', '),
};

const monthCounting = choiceValue<Rules['monthCounting']>([
  { value: 'kalender', words: ['kalender', 'bulan kalender'] },
  { value: 'hari', words: ['30 hari', 'hari', '30 hari sebulan'] },
]);

const FIXED: StatusSetting[] = [
  ...STEP_NAMES.map((n) =>
    setting({
      name: `Jarak minimal T${n}`,
      description:
        n === 1
          ? 'Jarak minimal dosis yang membawa ke T1 setelah dosis sah sebelumnya yang tidak menaikkan status (DPT-HB-Hib 1 bayi → DPT-HB-Hib 2). Dosis pertama seseorang tidak perlu jarak.'
          : `Jarak minimal dosis yang membawa ke T${n} setelah dosis sah sebelumnya (Tabel 2.1).`,
      kind: intervalValue,
      get: (r) => r.tSteps[n - 1]?.minInterval ?? null,
      set: (d, v) => {
        d.tSteps = d.tSteps.map((s) => (s.step === n ? { ...s, minInterval: v } : s));
      },
    }),
  ),
  ...STEP_NAMES.slice(1).map((n) =>
    setting({
      name: `Lama perlindungan T${n}`,
      description: `Lama perlindungan setelah mencapai T${n} (Tabel 2.1)${n === 5 ? '; T5 = seumur hidup' : ''}.`,
      kind: intervalValue,
      get: (r) => r.tSteps[n - 1]?.protection ?? null,
      set: (d, v) => {
        d.tSteps = d.tSteps.map((s) => (s.step === n ? { ...s, protection: v } : s));
      },
    }),
  ),
  setting({
    name: 'Hitungan bulan',
    description: '"kalender": bulan dan tahun dihitung per bulan kalender (1 tahun = bulan yang sama tahun berikutnya); "30 hari": 1 bulan = 30 hari, 1 tahun = 365 hari. Minggu selalu 7 hari.',
    kind: monthCounting,
    get: (r) => r.monthCounting,
    set: (d, v) => {
      d.monthCounting = v;
    },
  }),
  setting({
    name: 'Toleransi jarak',
    description: 'Dosis yang diberikan paling banyak sekian hari sebelum jarak minimalnya tetap dihitung sah.',
    kind: daysValue,
    get: (r) => r.toleranceDays,
    set: (d, v) => {
      d.toleranceDays = v;
    },
  }),
  setting({
    name: 'Batas terlambat',
    description: 'Dosis yang belum diberikan disebut terlambat sejak sekian lama setelah tanggal jatuh temponya.',
    kind: intervalValue,
    get: (r) => r.overdueAfter,
    set: (d, v) => {
      d.overdueAfter = v;
    },
  }),
  setting({
    name: 'Batas status bumil',
    description: 'Bumil yang sebelum hamil sudah mencapai status ini cukup mendapat "Dosis bumil mulai batas" (Td/TT ulang); di bawahnya mendapat "Dosis bumil di bawah batas" (tesis II.B.1).',
    kind: tStatusValue,
    get: (r) => r.bumil.threshold,
    set: (d, v) => {
      d.bumil = { ...d.bumil, threshold: v };
    },
  }),
  setting({
    name: 'Dosis bumil di bawah batas',
    description: 'Jumlah dosis dalam satu kehamilan bila status sebelum hamil di bawah batas.',
    kind: wholeValue(0, 5),
    get: (r) => r.bumil.dosesBelow,
    set: (d, v) => {
      d.bumil = { ...d.bumil, dosesBelow: v };
    },
  }),
  setting({
    name: 'Dosis bumil mulai batas',
    description: 'Jumlah dosis dalam satu kehamilan bila status sebelum hamil sudah mencapai batas (kecuali T5: tidak perlu dosis).',
    kind: wholeValue(0, 5),
    get: (r) => r.bumil.dosesFrom,
    set: (d, v) => {
      d.bumil = { ...d.bumil, dosesFrom: v };
    },
  }),
  setting({
    name: 'Lama kehamilan',
    description: 'Sejak HPHT; setelah itu baris Register Bumil dianggap kehamilan yang sudah selesai.',
    kind: intervalValue,
    get: (r) => r.bumil.pregnancyLength,
    set: (d, v) => {
      d.bumil = { ...d.bumil, pregnancyLength: v };
    },
  }),
  setting({
    name: 'Jarak minimal dosis satu seri',
    description: `Jarak minimal dua dosis bayi dalam satu seri (${infantSeriesText()}).`,
    kind: intervalValue,
    get: (r) => r.infant.seriesMinInterval,
    set: (d, v) => {
      d.infant = { ...d.infant, seriesMinInterval: v };
    },
  }),
  setting({
    name: 'Jadwal bayi sampai umur',
    description: 'Anak yang lebih tua dari ini tidak lagi dimasukkan ke jadwal bulanan bayi (baduta = bawah dua tahun).',
    kind: intervalValue,
    get: (r) => r.infant.listUntilAge,
    set: (d, v) => {
      d.infant = { ...d.infant, listUntilAge: v };
    },
  }),
  setting({
    name: 'Dosis IDL',
    description:
      `Dosis yang harus lengkap untuk Imunisasi Dasar Lengkap, nama kolom Register Bayi dipisah koma. Bawaan: ${doseListText(IDL_KEYS)} (definisi Profil Kesehatan Indonesia sejak IPV masuk jadwal). Apakah PCV dan RV termasuk IDL ditetapkan di sini: tambahkan "PCV 1, PCV 2, RV 1, RV 2, RV 3" bila kabupaten/provinsi memakainya.`,
    kind: infantDoseList,
    get: (r) => [...r.idl.doses],
    set: (d, v) => {
      d.idl = { ...d.idl, doses: v };
    },
  }),
  setting({
    name: 'IDL sebelum umur',
    description: 'Semua dosis IDL harus diberikan sebelum umur ini (ulang tahun pertama).',
    kind: intervalValue,
    get: (r) => r.idl.before,
    set: (d, v) => {
      d.idl = { ...d.idl, before: v };
    },
  }),
  setting({
    name: 'Dosis IBL',
    description: `Dosis yang harus lengkap untuk Imunisasi Baduta Lengkap (IBL), nama kolom Register Bayi dipisah koma. Bawaan: ${doseListText(IBL_KEYS)}. IDL dan IBL = imunisasi rutin lengkap.`,
    kind: infantDoseList,
    get: (r) => [...r.ibl.doses],
    set: (d, v) => {
      d.ibl = { ...d.ibl, doses: v };
    },
  }),
  setting({
    name: 'IBL sebelum umur',
    description: `Semua dosis IBL harus diberikan sebelum umur ini (${formatInterval(TD_RULES.ibl.before)}).`,
    kind: intervalValue,
    get: (r) => r.ibl.before,
    set: (d, v) => {
      d.ibl = { ...d.ibl, before: v };
    },
  }),
];

/* Families: one row per dose. */

export const SOURCE_PREFIX = 'Menaikkan status T:';
export const AGE_PREFIX = 'Umur';
export const EXPIRY_PREFIX = 'Batas umur';

function sourceSetting(sheet: PersonSheet, dose: string): StatusSetting {
  const sheetName = sheetSchema(sheet).name;
  return setting({
    name: `${SOURCE_PREFIX} ${sheetName} ${doseHeader(sheet, dose)}`,
    description: '"ya": setiap dosis sah menaikkan status satu tahap; "tidak": dosis tercatat di riwayat T tetapi tidak menaikkan status (DPT-HB-Hib 1 bayi = T0, Tabel 2.2).',
    kind: yesNoValue,
    get: (r) => r.tSources.find((s) => s.sheet === sheet && s.dose === dose)?.raises ?? null,
    set: (d, v) => {
      const rest = d.tSources.filter((s) => !(s.sheet === sheet && s.dose === dose));
      d.tSources = [...rest, { sheet, dose, raises: v }];
    },
    inTemplate: (r) => r.tSources.some((s) => s.sheet === sheet && s.dose === dose),
  });
}

function ageSetting(dose: string): StatusSetting {
  return setting({
    name: `${AGE_PREFIX} ${doseHeader('bayi', dose)}`,
    description: 'Umur jatuh tempo dosis ini pada jadwal bayi (Kemenkes). Untuk dosis satu seri juga minimal "Jarak minimal dosis satu seri" setelah dosis sebelumnya.',
    kind: intervalValue,
    get: (r) => r.infant.schedule.find((s) => s.dose === dose)?.age ?? null,
    set: (d, v: Interval) => {
      const found = d.infant.schedule.some((s) => s.dose === dose);
      const schedule = found ? d.infant.schedule.map((s) => (s.dose === dose ? { ...s, age: v } : s)) : [...d.infant.schedule, { dose, age: v, expiry: null }];
      d.infant = { ...d.infant, schedule };
    },
  });
}

function expirySetting(dose: string): StatusSetting {
  return setting({
    name: `${EXPIRY_PREFIX} ${doseHeader('bayi', dose)}`,
    description:
      'Umur paling lambat dosis ini diberikan; hari itu masih boleh, sesudahnya dosis tidak diberikan lagi dan tidak masuk jadwal (HB0: 7 hari; RV 1–3: 6 bulan 29 hari). Boleh lebih dari satu satuan, yang besar dulu, mis. "6 bulan 29 hari": tanggal lahir ditambah 6 bulan, lalu 29 hari. Dosis yang tercatat sesudah batas ini diberi peringatan oleh "Periksa data", tetapi tetap dihitung.',
    kind: ageLimitValue,
    get: (r) => r.infant.schedule.find((s) => s.dose === dose)?.expiry ?? null,
    set: (d, v: AgeLimit) => {
      if (!d.infant.schedule.some((s) => s.dose === dose)) return `dosis ${doseHeader('bayi', dose)} tidak ada di jadwal bayi; isi dulu "${AGE_PREFIX} ${doseHeader('bayi', dose)}"`;
      d.infant = { ...d.infant, schedule: d.infant.schedule.map((s) => (s.dose === dose ? { ...s, expiry: v } : s)) };
      return null;
    },
    inTemplate: (r) => r.infant.schedule.some((s) => s.dose === dose && s.expiry !== null),
  });
}

/** Every status setting with its standard name, in the order of the template. */
export function statusSettings(): StatusSetting[] {
  return [
    ...FIXED,
    ...PERSON_SHEETS.flatMap((sheet) => DOSES_BY_SHEET[sheet].map((d) => sourceSetting(sheet, d.key))),
    ...DOSES_BY_SHEET.bayi.map((d) => ageSetting(d.key)),
    ...DOSES_BY_SHEET.bayi.map((d) => expirySetting(d.key)),
  ];
}

export type SettingLookup = { setting: StatusSetting } | { unknownDose: string; family: string } | null;

let lookupCache: Map<string, StatusSetting> | null = null;

/** Every accepted name → its setting: standard names, plus dose families under any alias. */
function lookupTable(): Map<string, StatusSetting> {
  if (lookupCache) return lookupCache;
  const map = new Map<string, StatusSetting>();
  const add = (name: string, s: StatusSetting) => {
    const key = aturanKey(name);
    if (!map.has(key)) map.set(key, s);
  };
  for (const s of FIXED) add(s.name, s);
  for (const sheet of PERSON_SHEETS) {
    const schema = sheetSchema(sheet);
    for (const d of DOSES_BY_SHEET[sheet]) {
      const s = sourceSetting(sheet, d.key);
      for (const sheetName of [schema.name, ...(schema.aliases ?? [])]) for (const doseName of [d.header, ...d.aliases]) add(`${SOURCE_PREFIX} ${sheetName} ${doseName}`, s);
    }
  }
  for (const d of DOSES_BY_SHEET.bayi) {
    const age = ageSetting(d.key);
    const expiry = expirySetting(d.key);
    for (const doseName of [d.header, ...d.aliases]) {
      add(`${AGE_PREFIX} ${doseName}`, age);
      add(`${EXPIRY_PREFIX} ${doseName}`, expiry);
    }
  }
  lookupCache = map;
  return map;
}

/**
 * The setting a row name means; for a row of a dose family whose dose is unknown ("Umur RV"
 * when the register has no RV column), which family and what was not recognised; null when
 * the name is not a status setting at all.
 */
export function findStatusSetting(name: string): SettingLookup {
  const key = aturanKey(name);
  const found = lookupTable().get(key);
  if (found) return { setting: found };
  for (const family of [SOURCE_PREFIX, EXPIRY_PREFIX, AGE_PREFIX]) {
    const prefix = aturanKey(family);
    if (key.startsWith(prefix)) {
      const rest = name.trim().slice(family.length).trim();
      return { unknownDose: rest || name, family };
    }
  }
  return null;
}
