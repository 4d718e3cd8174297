import { isoDateToSerial } from '../../domain/dates/excelSerial';
import { IsoDate } from '../../domain/dates/isoDate';
import { Kelurahan, Registers } from '../../domain/registers/types';
import { PersonSheet } from '../../domain/rules/types';
import { Kelompok } from '../../domain/status/types';
import { DueGroup } from '../../domain/status/dueList';
import { sheetSchema } from '../../domain/schema/registers';
import { SpecCell } from '../spec';

export const DATE_FORMAT = 'dd-mm-yyyy';

/** A date as Excel wants it: a serial number (with a dd-mm-yyyy format on its column). */
export const dateCell = (iso: IsoDate | null): SpecCell => (iso ? isoDateToSerial(iso) : null);

export const KELOMPOK_LABEL: Record<Kelompok, string> = { bayi: 'Bayi', murid: 'Murid', wus: 'WUS', caten: 'Caten', bumil: 'Bumil' };

/** "Kalicacing (K01)" for a Kode Kelurahan, the code alone when the Kelurahan sheet lacks it. */
export function kelurahanNamer(kelurahan: readonly Kelurahan[]): (code: string | null) => string {
  const names = new Map<string, string>();
  for (const k of kelurahan) if (!names.has(k.kode)) names.set(k.kode, k.nama);
  return (code) => (code === null ? '(tanpa kelurahan)' : names.has(code) ? `${names.get(code)} (${code})` : code);
}

/**
 * The heading of a due-list group: "Posyandu Melati 1 — Kelurahan Kalicacing (K01)" where the
 * register names the posyandu, "Kelurahan Kalicacing (K01)" otherwise, and "Kelurahan … —
 * posyandu belum diisi" for the rest of a kelurahan whose other people have one.
 */
export function dueGroupLabel(g: DueGroup, kelurahan: (code: string | null) => string): string {
  if (g.posyandu !== null) return `Posyandu ${g.posyandu} — Kelurahan ${kelurahan(g.kelurahan)}`;
  return `Kelurahan ${kelurahan(g.kelurahan)}${g.kelurahanHasPosyandu ? ' — posyandu belum diisi' : ''}`;
}

/** "NIK 3373…", "KK KK-7/3", or "-". */
export function idText(id: string | null): string {
  if (!id) return '-';
  return id.startsWith('KK:') ? `KK ${id.slice(3)}` : id;
}

/** The sheet's name in this workbook. */
export function sheetNamer(registers: Registers): (sheet: PersonSheet) => string {
  return (sheet) => registers.sheetNames[sheet] ?? sheetSchema(sheet).name;
}
