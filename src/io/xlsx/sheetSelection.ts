import { DATA_LAPORAN_SHEET } from '../../domain/dataLaporan/types';
import { HEADER_SEARCH_ROWS } from '../../domain/read/headerRow';
import { isRegisterSheetName } from '../../domain/registers/registerSheets';

/**
 * What a command needs of a sheet, decided by its name alone: all of it, only its first rows
 * (enough to see the add-in's mark in A1 or a header row), or nothing. A person's own sheet
 * with a million rows then costs nothing to a command that does not read it.
 */
export type SheetNeed = 'all' | 'head' | 'none';
export type SheetSelection = (name: string) => SheetNeed;

/** How many sheet rows a 'head' read keeps: as far down as a header row may sit below a title. */
export const HEAD_ROWS = HEADER_SEARCH_ROWS;

export const EVERY_SHEET: SheetSelection = () => 'all';

/**
 * The register doors: register, master and rule sheets whole; any other sheet (a person's own,
 * a generated report) only its first rows, enough to recognise the add-in's mark.
 */
export const REGISTER_SHEETS: SheetSelection = (name) => (isRegisterSheetName(name) ? 'all' : 'head');

/** A Dinkes merge input that is a monthly report: its Data Laporan sheet alone. */
export const DATA_LAPORAN_ONLY: SheetSelection = (name) => (name === DATA_LAPORAN_SHEET ? 'all' : 'none');
