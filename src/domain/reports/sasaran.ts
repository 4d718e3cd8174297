import { Finding } from '../findings';
import { sheetFinding } from '../read/tableContext';
import { Kelurahan, Registers } from '../registers/types';
import { ReportSettings } from './settings';

/** A denominator and where it came from, so the sheet can say so. */
export interface Sasaran {
  value: number | null;
  /** sheet: typed in the Kelurahan sheet; rule: computed by a denominator rule; none: unknown. */
  source: 'sheet' | 'rule' | 'none';
}

export interface KelurahanSasaran {
  kode: string;
  nama: string;
  /** Row of the Kelurahan sheet the sasaran come from; null for the "not listed" bucket. */
  row: number | null;
  bayi: Sasaran;
  /** Children in their second year (DPT-HB-Hib 4, MR 2): last year's sasaran bayi when typed. */
  baduta: Sasaran;
  bumil: Sasaran;
  wus: Sasaran;
}

/** Doses whose kelurahan is not in the year's list are counted on this row (code and name). */
export const UNLISTED_KELURAHAN = { kode: '?', nama: 'Kelurahan tidak terdaftar' } as const;

const typed = (value: number | null): Sasaran | null => (value !== null ? { value, source: 'sheet' } : null);
const rule = (value: number | null): Sasaran | null => (value !== null ? { value: Math.round(value), source: 'rule' } : null);
const NONE: Sasaran = { value: null, source: 'none' };

/**
 * The kelurahan of year Y with their sasaran. A blank sasaran follows the denominator rules
 * (DOMAIN.md "PWS"): bayi = crude birth rate × population; bumil = 1.1 × bayi; WUS = 21.9% of
 * the population. Sasaran baduta is the cohort born last year: last year's sasaran bayi when
 * the sheet holds it, otherwise this year's.
 */
export function kelurahanSasaran(registers: Registers, year: number, settings: ReportSettings): { list: KelurahanSasaran[]; findings: Finding[] } {
  const sheet = registers.sheetNames.kelurahan ?? 'Kelurahan';
  const findings: Finding[] = [];
  const rows = rowsForYear(registers.kelurahan, year);
  if (rows.usedYear !== null && rows.usedYear !== year) {
    findings.push(sheetFinding(sheet, 'SASARAN_OTHER_YEAR', 'warning', `belum ada baris untuk tahun ${year}; sasaran diambil dari baris tahun ${rows.usedYear}. Tambahkan baris tahun ${year}`));
  }
  const lastYear = new Map(registers.kelurahan.filter((k) => k.tahun === year - 1).map((k) => [k.kode, k]));
  const list = rows.rows.map((k): KelurahanSasaran => {
    const bayi = typed(k.sasaranBayi) ?? rule(k.penduduk !== null ? k.penduduk * settings.crudeBirthRate : null) ?? NONE;
    const bumil = typed(k.sasaranBumil) ?? rule(bayi.value !== null ? bayi.value * settings.bumilPerBayi : null) ?? NONE;
    const wus = typed(k.sasaranWus) ?? rule(k.penduduk !== null ? k.penduduk * settings.wusShareOfPopulation : null) ?? NONE;
    const baduta = typed(lastYear.get(k.kode)?.sasaranBayi ?? null) ?? bayi;
    for (const [label, s] of [['Sasaran Bayi', bayi], ['Sasaran Bumil', bumil], ['Sasaran WUS', wus]] as const) {
      if (s.source === 'none') {
        findings.push(sheetFinding(sheet, 'SASARAN_MISSING', 'warning', `${label} dan Jumlah Penduduk kelurahan ${k.kode} kosong, sehingga cakupannya tidak dihitung. Isi salah satunya`, k.row, label));
      }
    }
    return { kode: k.kode, nama: k.nama, row: k.row, bayi, baduta, bumil, wus };
  });
  return { list, findings };
}

/** The rows of year Y; when there are none, those of the latest earlier year. */
export function rowsForYear<T extends { tahun: number | null }>(all: readonly T[], year: number): { rows: T[]; usedYear: number | null } {
  const exact = all.filter((k) => k.tahun === year);
  if (exact.length > 0) return { rows: exact, usedYear: year };
  const earlier = all.map((k) => k.tahun).filter((t): t is number => t !== null && t < year);
  if (earlier.length === 0) return { rows: [], usedYear: null };
  const usedYear = Math.max(...earlier);
  return { rows: all.filter((k) => k.tahun === usedYear), usedYear };
}

export type { Kelurahan };
