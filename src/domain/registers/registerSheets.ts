import { DAFTAR_SHEET } from '../merge/readDaftar';
import { normalizeName } from '../read/normalize';
import { ATURAN_SHEET } from '../rules/aturan/readAturan';
import { SHEETS } from '../schema/registers';
import { TARGET_SHEET } from '../programme/readTargetSheet';

let names: Set<string> | undefined;

/**
 * Whether a sheet, by its name, is one the register doors read (periksa, status, jadwal,
 * laporan, the pane): a register or master sheet under its standard name or an alias, the
 * Aturan and Target sheets, or Daftar Puskesmas. Names compare as locateSheet compares them.
 */
export function isRegisterSheetName(name: string): boolean {
  names ??= new Set([...SHEETS, DAFTAR_SHEET, ATURAN_SHEET, TARGET_SHEET].flatMap((s) => [s.name, ...(s.aliases ?? [])]).map(normalizeName));
  return names.has(normalizeName(name));
}
