import { INFANT_DOSES } from '../antigens';
import { DEFAULT_SCHEDULE, ScheduleKey } from '../read/cellValue';
import { scheduleDoseKeys } from '../rules/schedules';
import { Registers, SchemeKey } from '../registers/types';
import { kelurahanSasaran, rowsForYear } from './sasaran';
import { annualTarget, ReportSettings } from './settings';
import { VaccineStockLine } from './vaccineStock';
import { NeedLine, SasaranKind } from './vaccines';

export interface NeedContactLine extends NeedLine {
  sasaranValue: number | null;
  /** Null when the indicator has no target (TARGET_MISSING): the contacts are then unknown, never 100%. */
  targetValue: number | null;
  /** Planned contacts = sasaran × target, rounded (thesis II.D.3: 3,336 × 90% = 3,002); null without a target. */
  contacts: number | null;
}

export interface VaccineNeedLine {
  kode: string;
  nama: string;
  dosisPerKemasan: number | null;
  /** The Jadwal Imunisasi gives none of its doses: no contacts, IP, vials or request (never 0); only its stock left. */
  outOfSchedule: boolean;
  lines: NeedContactLine[];
  /** Null when a line has no target: the vials and the request are then not computed. */
  contacts: number | null;
  /** The IP used: measured over January … M, else the Kemenkes reference, else doses per vial. */
  ip: number | null;
  ipSource: 'terukur' | 'acuan' | 'kemasan' | null;
  /** Vials for the contacts: contacts / IP, rounded up. */
  vials: number | null;
  /** Stock left at the end of month M (vials). */
  sisa: number;
  /** Vials to request: vials − sisa, never below 0. */
  kebutuhan: number | null;
}

export interface VaccineNeedReport {
  /** The year planned for (Y + 1). */
  year: number;
  /** The Jadwal Imunisasi whose doses were planned. */
  jadwal: ScheduleKey;
  /** The year whose Kelurahan / Sekolah rows gave the sasaran. */
  sasaranYear: { kelurahan: number | null; sekolah: number | null };
  sasaran: Record<SasaranKind, number | null>;
  lines: VaccineNeedLine[];
}

/**
 * Rencana Kebutuhan Vaksin for year Y + 1 (DOMAIN.md "Vaccine stock", thesis II.D.3):
 * per vaccine Σ (sasaran × doses × target) / IP − remaining stock. One contact line per dose,
 * so "doses" is the number of lines a vaccine has for a sasaran.
 */
export function vaccineNeedReport(registers: Registers, stock: readonly VaccineStockLine[], year: number, scheme: SchemeKey, settings: ReportSettings): VaccineNeedReport {
  const planned = year + 1;
  const kel = rowsForYear(registers.kelurahan, planned);
  const { list } = kelurahanSasaran(registers, kel.usedYear ?? planned, settings);
  const schools = rowsForYear(registers.sekolah, planned);
  const sum = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((n, v) => n + (v ?? 0), 0) : null);
  const sasaran: Record<SasaranKind, number | null> = {
    bayi: sum(list.map((k) => k.bayi.value)),
    baduta: sum(list.map((k) => k.baduta.value)),
    bumil: sum(list.map((k) => k.bumil.value)),
    wus: sum(list.map((k) => k.wus.value)),
    caten: null,
    murid1: sum(schools.rows.map((s) => s.murid1)),
    murid2: sum(schools.rows.map((s) => s.murid2)),
    murid3: sum(schools.rows.map((s) => s.murid3)),
    murid5: sum(schools.rows.map((s) => s.murid5)),
    muridPerempuan5: sum(schools.rows.map((s) => s.muridPerempuan5)),
  };
  // An infant dose the workbook's Jadwal Imunisasi does not give is not planned (no RV need under
  // Permenkes 12/2017); a vaccine it gives none of is not planned at all (its stock line says so).
  const jadwal = registers.puskesmas?.jadwal ?? DEFAULT_SCHEDULE;
  const given = new Set(scheduleDoseKeys(jadwal));
  const inSchedule = (target: string) => !INFANT_DOSES.some((d) => d.key === target) || given.has(target);
  const lines = stock
    .filter((s) => s.group !== null)
    .map((s): VaccineNeedLine => {
      const contactLines = s.group!.need
        .filter((n) => (!n.scheme || n.scheme === scheme) && inSchedule(n.target))
        .map((n): NeedContactLine => {
          const value = sasaran[n.sasaran];
          const target = annualTarget(settings, n.target);
          return { ...n, sasaranValue: value, targetValue: target, contacts: target === null ? null : value === null ? 0 : Math.round(value * target) };
        });
      const sisa = s.stock?.stokAkhir ?? 0;
      if (s.outOfSchedule) return { kode: s.kode, nama: s.nama, dosisPerKemasan: s.dosisPerKemasan, outOfSchedule: true, lines: [], contacts: null, ip: null, ipSource: null, vials: null, sisa, kebutuhan: null };
      const contacts = contactLines.some((l) => l.contacts === null) ? null : contactLines.reduce((n, l) => n + l.contacts!, 0);
      const [ip, ipSource] = s.ipKumulatif !== null && s.dosisKumulatif.total > 0 ? [s.ipKumulatif, 'terukur' as const] : s.group!.referenceIp !== null ? [s.group!.referenceIp, 'acuan' as const] : s.dosisPerKemasan ? [s.dosisPerKemasan, 'kemasan' as const] : [null, null];
      const vials = ip && contacts !== null ? Math.ceil(contacts / ip - 1e-9) : null;
      return { kode: s.kode, nama: s.nama, dosisPerKemasan: s.dosisPerKemasan, outOfSchedule: false, lines: contactLines, contacts, ip, ipSource, vials, sisa, kebutuhan: vials === null ? null : Math.max(0, vials - sisa) };
    });
  return { year: planned, jadwal, sasaranYear: { kelurahan: kel.usedYear, sekolah: schools.usedYear }, sasaran, lines };
}
