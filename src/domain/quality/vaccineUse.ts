import { VACCINES } from '../programme/vaccines';
import { QualityFinding } from './types';
import { formatCount, formatDecimal, formatPercent } from './format';

/**
 * WHO's acceptable wastage for a vaccine by its vial (DOMAIN.md "Vaccine use"; WHO, "Monitoring
 * vaccine wastage at country level", WHO/V&B/03.18, as taught in WHO/OpenLearn "Immunization
 * module" Box 5.1): 5% for 1–2-dose vials, 10% for OPV, 15% for liquid vials of 10 or more
 * doses, 25% for measles/MR and 50% for BCG (reconstituted). Vials of 3–9 doses (DPT-HB-Hib 5,
 * IPV 5, PCV 4) take the 10% WHO/V&B/03.18 gives for 2–6-dose vials.
 */
export function acceptableWastage(groupKey: string | null, dosesPerVial: number): number {
  const own = groupKey === null ? undefined : VACCINES.find((v) => v.key === groupKey)?.acceptableWastage;
  if (own !== undefined) return own;
  if (dosesPerVial <= 2) return 0.05;
  if (dosesPerVial < 10) return 0.1;
  return 0.15;
}

/** The vial sizes of the national programme (Kemenkes; the template's Vaksin sheet), for Dinkes, whose reports carry no vial size. */
export const STANDARD_VIAL_DOSES: Readonly<Record<string, number>> = Object.fromEntries(VACCINES.map((v) => [v.key, v.dosesPerVial]));

export interface VaccineUse {
  place: string;
  /** "BCG", "MR (campak-rubela)" */
  vaccine: string;
  groupKey: string | null;
  dosesPerVial: number;
  /** "Desember 2025" or "Januari–Desember 2025" */
  period: string;
  doses: number;
  vials: number;
  /** Where the vials used are recorded ("sheet Stok Vaksin baris 40"). */
  vialsAt: string;
  /** Where the vial size is ("sheet Vaksin baris 3", or "ukuran baku"). */
  sizeAt: string;
  /** Kemenkes's reference IP (src/domain/reports/vaccines.ts), said beside a high wastage. */
  referenceIp?: number | null;
}

/**
 * Impossible use: IP (doses given per vial used) above the doses a vial holds; otherwise
 * wastage (1 − IP / doses per vial) above WHO's acceptable rate for that vial.
 */
export function checkVaccineUse(uses: readonly VaccineUse[]): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const u of uses) {
    if (u.vials <= 0 || u.dosesPerVial <= 0) continue;
    const ip = u.doses / u.vials;
    const figures = `${formatCount(u.doses)} dosis · ${formatCount(u.vials)} kemasan dipakai · IP ${formatDecimal(ip, 2)} · ${u.dosesPerVial} dosis per kemasan`;
    if (ip > u.dosesPerVial + 1e-9) {
      out.push({
        kind: 'ip_mustahil',
        place: u.place,
        subject: `${u.vaccine}, ${u.period}`,
        figures,
        message: `IP ${formatDecimal(ip, 2)} melebihi ${u.dosesPerVial} dosis per kemasan: ${formatCount(u.doses)} dosis tidak mungkin diberikan dari ${formatCount(u.vials)} kemasan.`,
        look: `Periksa kolom Dipakai (${u.vialsAt}): kemasan yang dibuka belum dicatat semua; Dosis per Kemasan (${u.sizeAt}); dan dosis register atau Imunisasi Luar yang tercatat dua kali.`,
      });
      continue;
    }
    const wastage = 1 - ip / u.dosesPerVial;
    const limit = acceptableWastage(u.groupKey, u.dosesPerVial);
    if (wastage > limit + 1e-9) {
      out.push({
        kind: 'wastage_tinggi',
        place: u.place,
        subject: `${u.vaccine}, ${u.period}`,
        figures: `${figures} · wastage ${formatPercent(wastage)} (batas WHO ${formatPercent(limit)})`,
        message: `wastage ${formatPercent(wastage)} di atas batas yang dapat diterima WHO untuk kemasan ini (${formatPercent(limit)}).`,
        look: `${u.referenceIp && ip >= u.referenceIp ? `IP ${formatDecimal(ip, 2)} tidak di bawah IP acuan Kemenkes (${formatDecimal(u.referenceIp, 1)}), tetapi tetap di atas batas WHO. ` : ''}Periksa apakah kemasan rusak/kedaluwarsa tercatat di kolom Rusak, bukan Dipakai (${u.vialsAt}), dan apakah semua dosis sudah dientri di register dan Imunisasi Luar. Bila datanya benar: tinjau ukuran sesi posyandu dan kebijakan vial terbuka.`,
      });
    }
  }
  return out;
}
