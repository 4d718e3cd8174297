import { SchemeKey } from '../registers/types';
import { outsideTKey, T_GROUPS } from '../antigens';
import { ANTIGEN_DOSES, DoseSheet, SasaranKind } from '../programme/antigenDoses';
import { VACCINES } from '../programme/vaccines';

export type { DoseSheet, SasaranKind };

export interface NeedLine {
  /** The key of its annual target (ProgrammeTargets.annual: Data Laporan names). */
  target: string;
  sasaran: SasaranKind;
  label: string;
  /** Only under this Td/TT scheme (BIAS classes differ between the schemes). */
  scheme?: SchemeKey;
}

/**
 * A vaccine as the programme stocks it (src/domain/programme/vaccines.ts), with what its dose
 * records say: which register doses one vial serves (for IP), the Imunisasi Luar columns, and
 * the contacts its yearly need is planned on. The Vaksin sheet's codes are free text; `codes`
 * are the spellings it is recognised by (compared without spaces or dashes).
 */
export interface VaccineGroup {
  key: string;
  /** The code the template's Vaksin sheet uses, and Data Laporan's stok.<code>.* names. */
  code: string;
  label: string;
  codes: readonly string[];
  serves: Readonly<Partial<Record<DoseSheet, readonly string[]>>>;
  /** Imunisasi Luar count columns of this vaccine. */
  luar: readonly string[];
  /** Kemenkes 2013 reference IP (DOMAIN.md "Vaccine stock"); null when the list has none. */
  referenceIp: number | null;
  /** Doses per vial of the national presentation. */
  dosesPerVial: number;
  /** WHO's acceptable wastage set for the vaccine itself; absent: by vial size. */
  acceptableWastage?: number;
  need: readonly NeedLine[];
}

/** Td/TT given to women elsewhere: Imunisasi Luar counts them per group and T step. */
const WOMEN: readonly DoseSheet[] = ['wus', 'caten', 'bumil'];
const tLuar = T_GROUPS.flatMap((g) => [1, 2, 3, 4, 5].map((n) => outsideTKey(g.key, n)));

export const VACCINE_GROUPS: readonly VaccineGroup[] = VACCINES.map((v) => {
  const doses = ANTIGEN_DOSES.filter((d) => d.vaccine === v.key);
  const serves: Partial<Record<DoseSheet, string[]>> = {};
  for (const d of doses) (serves[d.sheet] ??= []).push(d.key);
  return {
    key: v.key,
    code: v.code,
    label: v.label,
    codes: v.codes,
    serves,
    luar: [...doses.filter((d) => d.luar).map((d) => d.key), ...(doses.some((d) => WOMEN.includes(d.sheet)) ? tLuar : [])],
    referenceIp: v.referenceIp,
    dosesPerVial: v.dosesPerVial,
    ...(v.acceptableWastage !== undefined ? { acceptableWastage: v.acceptableWastage } : {}),
    need: [
      ...doses.flatMap((d): NeedLine[] => (d.indicator ? [{ target: d.indicator.key, sasaran: d.sasaran, label: d.indicator.needLabel, ...(d.scheme ? { scheme: d.scheme } : {}) }] : [])),
      ...(v.extraNeed ?? []),
    ],
  };
});

/** "DPT-HB-Hib (pentavalen)" → "DPTHBHIB": what is left to compare once notes and separators go. */
function compact(text: string): string {
  return text.replace(/\([^)]*\)/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const BY_CODE = new Map<string, VaccineGroup>(VACCINE_GROUPS.flatMap((g) => g.codes.map((c) => [c, g] as const)));

/** The vaccine a Vaksin row means: by its code, else by its name; null when neither is known. */
export function vaccineGroupOf(kode: string | null, nama?: string | null): VaccineGroup | null {
  for (const text of [kode, nama]) {
    if (!text) continue;
    const found = BY_CODE.get(compact(text));
    if (found) return found;
  }
  return null;
}

export function vaccineGroup(key: string): VaccineGroup {
  const found = VACCINE_GROUPS.find((g) => g.key === key);
  if (!found) throw new Error(`Unknown vaccine group ${key}`);
  return found;
}
