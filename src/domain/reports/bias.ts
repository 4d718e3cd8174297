import { BIAS_DOSES } from '../antigens';
import { dosesOf } from '../programme/doseIndex';
import { Finding } from '../findings';
import { sheetFinding } from '../read/tableContext';
import { Registers, SchemeKey, Sekolah } from '../registers/types';
import { rowsForYear } from './sasaran';
import { countWithRows } from './countWithRows';
import { kelurahanIndex, rowsOfSlots, sumSlots, tallyRegister } from './tally';

export type MuridKey = 'murid1' | 'murid2' | 'murid3' | 'murid5' | 'muridPerempuan5';

/** The class (and sex) whose pupils are the sasaran of each BIAS dose. */
export const BIAS_SASARAN: Record<string, MuridKey> = Object.fromEntries(dosesOf('bias').map((d) => [d.key, d.sasaran as MuridKey]));
export const BIAS_KEYS = BIAS_DOSES.map((d) => d.key);

export interface BiasIndicators {
  /** % DT kelas 1: the reach indicator (DOMAIN.md "BIAS"; thesis II.E). */
  jangkauan: number | null;
  /** Protection under the 2005 scheme: TT kelas 2 + 3 / pupils kelas 2 + 3. */
  perlindungan2005: number | null;
  /** Protection under the current scheme: Td kelas 2 + 5 / pupils kelas 2 + 5. */
  perlindunganTd: number | null;
}

export interface BiasLine {
  kode: string;
  nama: string;
  /** Row of the Sekolah sheet; null for totals and the "not listed" school. */
  row: number | null;
  murid: Record<MuridKey, number | null>;
  /** Vaccinated per BIAS dose (dtK1 … hpv) with the Register BIAS rows behind the count. */
  doses: Record<string, { count: number; rows: number[] }>;
  cakupan: Record<string, number | null>;
  indicators: BiasIndicators;
}

export interface BiasKelurahanGroup {
  kode: string;
  nama: string;
  schools: BiasLine[];
  subtotal: BiasLine;
}

export interface BiasReport {
  year: number;
  /** Doses up to the end of this month count (12 for the yearly report). */
  throughMonth: number;
  scheme: SchemeKey;
  groups: BiasKelurahanGroup[];
  total: BiasLine;
  findings: Finding[];
}

export const UNLISTED_SCHOOL = { kode: '?', nama: 'Sekolah tidak terdaftar' } as const;
const MURID_KEYS: MuridKey[] = ['murid1', 'murid2', 'murid3', 'murid5', 'muridPerempuan5'];
const ratio = (n: number, d: number | null) => (d !== null && d > 0 ? n / d : null);

/**
 * Laporan BIAS of year Y (DOMAIN.md "BIAS", thesis Gambar 4.47): per school, grouped by
 * kelurahan, the pupils per class (Sekolah sheet), the pupils vaccinated per dose in year Y
 * (Register BIAS), coverage, and the reach and protection indicators.
 */
export function biasReport(registers: Registers, year: number, throughMonth: number, scheme: SchemeKey): BiasReport {
  const findings: Finding[] = [];
  const sekolahSheet = registers.sheetNames.sekolah ?? 'Sekolah';
  const { rows: schools, usedYear } = rowsForYear(registers.sekolah, year);
  if (usedYear !== null && usedYear !== year) {
    findings.push(sheetFinding(sekolahSheet, 'SASARAN_OTHER_YEAR', 'warning', `belum ada baris untuk tahun ${year}; jumlah murid diambil dari baris tahun ${usedYear}. Tambahkan baris tahun ${year}`));
  }
  const index = kelurahanIndex(schools.map((s) => s.kode));
  const grids = tallyRegister(registers.bias, BIAS_KEYS, year, index, new Map(), (r) => r.kodeSekolah);
  const lineOf = (k: number, kode: string, nama: string, row: number | null, murid: Record<MuridKey, number | null>): BiasLine => {
    const doses: BiasLine['doses'] = {};
    for (const key of BIAS_KEYS) {
      const grid = grids.get(key)!;
      doses[key] = countWithRows(sumSlots(grid.dalam[k], 1, throughMonth), () => rowsOfSlots(grid.dalamRows[k], 1, throughMonth));
    }
    return finish(kode, nama, row, murid, doses);
  };
  const lines = schools.map((s, k) => lineOf(k, s.kode, s.nama, s.row, muridOf(s)));
  const unlisted = lineOf(index.size - 1, UNLISTED_SCHOOL.kode, UNLISTED_SCHOOL.nama, null, { murid1: null, murid2: null, murid3: null, murid5: null, muridPerempuan5: null });
  // Each counted dose has its row: rows are listed only where there are doses.
  const unlistedRows = BIAS_KEYS.some((k) => unlisted.doses[k].count > 0) ? [...new Set(BIAS_KEYS.flatMap((k) => unlisted.doses[k].rows))].sort((a, b) => a - b) : [];
  if (unlistedRows.length > 0) {
    const shown = unlistedRows.slice(0, 8).join(', ') + (unlistedRows.length > 8 ? ', …' : '');
    findings.push(sheetFinding(registers.sheetNames.bias ?? 'Register BIAS', 'UNLISTED_CODE', 'warning', `${unlistedRows.length} baris (baris ${shown}) mencatat dosis tahun ${year} di sekolah yang tidak ada di sheet Sekolah tahun ${year}; dosisnya dihitung di baris "${UNLISTED_SCHOOL.nama}". Perbaiki Kode Sekolah-nya`, unlistedRows[0], 'Kode Sekolah'));
  }

  const names = new Map(registers.kelurahan.map((k) => [k.kode, k.nama]));
  const groups = new Map<string, BiasLine[]>();
  lines.forEach((line, i) => {
    const kel = schools[i].kodeKelurahan ?? '?';
    groups.set(kel, [...(groups.get(kel) ?? []), line]);
  });
  if (unlistedRows.length > 0) groups.set('?', [...(groups.get('?') ?? []), unlisted]);
  const kelOrder = registers.kelurahan.map((k) => k.kode);
  const ordered = [...groups.entries()].sort(([a], [b]) => rank(kelOrder, a) - rank(kelOrder, b) || a.localeCompare(b));
  const grouped = ordered.map(([kode, schoolLines]): BiasKelurahanGroup => ({ kode, nama: names.get(kode) ?? (kode === '?' ? 'Kelurahan tidak terdaftar' : kode), schools: schoolLines, subtotal: sumLines(kode, names.get(kode) ?? kode, schoolLines) }));
  const total = sumLines('TOTAL', 'Puskesmas', grouped.map((g) => g.subtotal));
  return { year, throughMonth, scheme, groups: grouped, total, findings };
}

function rank(order: readonly string[], kode: string): number {
  const i = order.indexOf(kode);
  return i < 0 ? order.length : i;
}

function muridOf(s: Sekolah): Record<MuridKey, number | null> {
  return { murid1: s.murid1, murid2: s.murid2, murid3: s.murid3, murid5: s.murid5, muridPerempuan5: s.muridPerempuan5 };
}

function finish(kode: string, nama: string, row: number | null, murid: Record<MuridKey, number | null>, doses: BiasLine['doses']): BiasLine {
  const cakupan: Record<string, number | null> = {};
  for (const key of BIAS_KEYS) cakupan[key] = ratio(doses[key].count, murid[BIAS_SASARAN[key]]);
  const both = (a: MuridKey, b: MuridKey) => (murid[a] !== null && murid[b] !== null ? murid[a]! + murid[b]! : null);
  return {
    kode,
    nama,
    row,
    murid,
    doses,
    cakupan,
    indicators: {
      jangkauan: cakupan.dtK1,
      perlindungan2005: ratio(doses.tdK2.count + doses.tdK3.count, both('murid2', 'murid3')),
      perlindunganTd: ratio(doses.tdK2.count + doses.tdK5.count, both('murid2', 'murid5')),
    },
  };
}

/** A subtotal: pupils of the schools that give them, vaccinated of all. */
function sumLines(kode: string, nama: string, lines: readonly BiasLine[]): BiasLine {
  const murid = {} as Record<MuridKey, number | null>;
  for (const key of MURID_KEYS) {
    const known = lines.map((l) => l.murid[key]).filter((v): v is number => v !== null);
    murid[key] = known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
  }
  const doses: BiasLine['doses'] = {};
  for (const key of BIAS_KEYS) doses[key] = countWithRows(lines.reduce((n, l) => n + l.doses[key].count, 0), () => lines.flatMap((l) => l.doses[key].rows));
  return finish(kode, nama, null, murid, doses);
}
