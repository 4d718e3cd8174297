import { DAFTAR_SHEET } from '../merge/readDaftar';
import { TARGET_SHEET } from '../programme/readTargetSheet';
import { RawWorkbook } from '../raw';
import { locateSheet } from '../read/locateSheet';
import { normalizeName } from '../read/normalize';
import { ATURAN_SHEET } from '../rules/aturan/readAturan';
import { SHEETS } from '../schema/registers';

let names: Set<string> | undefined;

/**
 * Whether a sheet, by its name, is one the register doors read (periksa, status, jadwal,
 * laporan, the pane): a register or master sheet under its standard name or an alias, the
 * Aturan sheet, the Target sheet, or Daftar Puskesmas. Names compare as locateSheet compares them.
 * (A sheet not named here is read only to its first rows: the Target sheet's indicators below
 * row 30 were lost that way, and their defaults used without a word.)
 */
export function isRegisterSheetName(name: string): boolean {
  names ??= new Set([...SHEETS, DAFTAR_SHEET, ATURAN_SHEET, TARGET_SHEET].flatMap((s) => [s.name, ...(s.aliases ?? [])]).map(normalizeName));
  return names.has(normalizeName(name));
}

/**
 * Whether a workbook is a puskesmas's own (it holds a person register): such a workbook's
 * Target sheet is the puskesmas's targets, never the district's.
 */
export function holdsPersonRegisters(workbook: RawWorkbook): boolean {
  return SHEETS.some((s) => s.persons && locateSheet(workbook, s) !== undefined);
}
