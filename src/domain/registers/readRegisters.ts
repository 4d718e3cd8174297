import { IsoDate } from '../dates/isoDate';
import { Finding, sortFindings } from '../findings';
import { normalizeCode, ScheduleKey, SchemeKey } from '../read/cellValue';
import { locateSheet, nearMissSheet } from '../read/locateSheet';
import { readFields } from '../read/readFields';
import { ParsedTable, readTable } from '../read/readTable';
import { sheetFinding } from '../read/tableContext';
import { RawWorkbook } from '../raw';
import { sheetSchema, SHEETS } from '../schema/registers';
import { SheetKey, SheetSchema } from '../schema/types';
import { checkDoseOrder } from '../validate/doseOrder';
import { checkPersonKeys, checkUniqueRows } from '../validate/identity';
import { checkNikConsistency } from '../validate/nik';
import { checkReferences, KnownCodes } from '../validate/references';
import { checkRowDates } from '../validate/rowDates';
import { checkStockBalance } from '../validate/stock';
import { doseKeys, toBayi, toBumil, toCaten, toKelurahan, toLuar, toMurid, toPuskesmas, toSekolah, toStok, toVaksin, toWus } from './buildRecords';
import { ColumnPlace, Registers } from './types';

export interface ReadOptions {
  /** The reference date: dates after it are reported as future dates. */
  today: IsoDate;
  /**
   * The scheme chosen for this run (the pane's picker), passed as an argument: it stands for the
   * Puskesmas sheet's Skema cell, which is then neither read nor reported. Absent: the cell's.
   */
  scheme?: SchemeKey;
  /** The immunization schedule chosen for this run, passed like the scheme: it stands for the Jadwal Imunisasi cell. */
  schedule?: ScheduleKey;
}

export interface ReadResult {
  registers: Registers;
  findings: Finding[];
}

/**
 * Reads and validates every standard sheet of a workbook. Data problems come back as
 * findings, sorted by sheet, row and column; the registers hold every readable row, so one
 * bad cell never hides the rest of the workbook.
 */
export function readRegisters(workbook: RawWorkbook, options: ReadOptions): ReadResult {
  const findings: Finding[] = [];
  const tables = new Map<SheetKey, ParsedTable>();
  const sheetNames = {} as Record<SheetKey, string | null>;
  let puskesmasValues: Record<string, unknown> | null = null;

  for (const schema of SHEETS) {
    const sheet = locateSheet(workbook, schema);
    sheetNames[schema.key] = sheet?.name ?? null;
    if (!sheet) {
      findings.push(missingSheet(schema, nearMissSheet(workbook, schema, SHEETS)));
      continue;
    }
    if (schema.layout === 'fields') {
      puskesmasValues = readFields(sheet, schema, findings, workbook.dateSystem);
      continue;
    }
    const table = readTable(sheet, schema, findings, workbook.dateSystem);
    if (table) tables.set(schema.key, table);
  }

  const known = knownCodes(tables);
  for (const table of tables.values()) {
    checkRowDates(table, options.today);
    checkDoseOrder(table);
    checkReferences(table, known);
    checkUniqueRows(table);
    if (table.context.schema.persons) {
      checkPersonKeys(table);
      checkNikConsistency(table);
    }
  }
  const stok = tables.get('stok');
  if (stok) checkStockBalance(stok);

  const rows = (key: SheetKey) => tables.get(key)?.rows ?? [];
  const doses = (key: SheetKey, exclude: string[] = []) => doseKeys(sheetSchema(key), exclude);
  const [bayiDoses, biasDoses, wusDoses, catenDoses, bumilDoses] = [doses('bayi'), doses('bias'), doses('wus'), doses('caten'), doses('bumil', ['k1', 'k2', 'k3', 'k4'])];
  const luarCounts = sheetSchema('luar').columns.filter((c) => c.type === 'count').map((c) => c.key);
  const registers: Registers = {
    puskesmas: puskesmasValues ? toPuskesmas(puskesmasValues as never) : null,
    kelurahan: rows('kelurahan').map(toKelurahan),
    sekolah: rows('sekolah').map(toSekolah),
    vaksin: rows('vaksin').map(toVaksin),
    bayi: rows('bayi').map((r) => toBayi(r, bayiDoses)),
    bias: rows('bias').map((r) => toMurid(r, biasDoses)),
    wus: rows('wus').map((r) => toWus(r, wusDoses)),
    caten: rows('caten').map((r) => toCaten(r, catenDoses)),
    bumil: rows('bumil').map((r) => toBumil(r, bumilDoses)),
    luar: rows('luar').map((r) => toLuar(r, luarCounts)),
    stok: rows('stok').map(toStok),
    sheetNames,
    columns: columnPlaces(tables),
  };
  const order = SHEETS.map((s) => sheetNames[s.key] ?? s.name);
  return withSchemeChoice({ registers, findings: sortFindings(findings, order) }, options);
}

/**
 * A reading as if the Puskesmas sheet's Skema cell held `scheme` and its Jadwal Imunisasi cell
 * `schedule` (the run's choices): the registers name them and those cells' own findings (empty,
 * unreadable) are dropped, since the cells are not used. Without a choice, or without a
 * Puskesmas sheet, the reading as it is.
 */
export function withSchemeChoice(read: ReadResult, choice: { scheme?: SchemeKey; schedule?: ScheduleKey }): ReadResult {
  const { puskesmas, sheetNames } = read.registers;
  const { scheme, schedule } = choice;
  if ((!scheme && !schedule) || !puskesmas) return read;
  const header = (key: string) => sheetSchema('puskesmas').columns.find((c) => c.key === key)?.header;
  const chosen = new Set([...(scheme ? [header('skema')] : []), ...(schedule ? [header('jadwal')] : [])]);
  return {
    registers: { ...read.registers, puskesmas: { ...puskesmas, ...(scheme ? { skema: scheme } : {}), ...(schedule ? { jadwal: schedule } : {}) } },
    findings: read.findings.filter((f) => !(f.sheet === sheetNames.puskesmas && chosen.has(f.column ?? undefined))),
  };
}

function columnPlaces(tables: Map<SheetKey, ParsedTable>): NonNullable<Registers['columns']> {
  const out: NonNullable<Registers['columns']> = {};
  for (const [key, { context }] of tables) {
    const places: Record<string, ColumnPlace> = {};
    for (const [column, col] of context.sheetColumn) places[column] = { header: context.header(column), col };
    out[key] = places;
  }
  return out;
}

function missingSheet(schema: SheetSchema, guess: string | undefined): Finding {
  if (guess !== undefined) {
    const problem = `sheet "${guess}" — maksudnya "${schema.name}"? Sheet "${schema.name}" tidak ditemukan dan sheet "${guess}" tidak dibaca. Ganti nama sheet "${guess}" menjadi "${schema.name}"`;
    return sheetFinding(schema.name, 'SHEET_MISSING', schema.required ? 'error' : 'warning', problem);
  }
  return schema.required
    ? sheetFinding(schema.name, 'SHEET_MISSING', 'error', `sheet "${schema.name}" tidak ada di buku kerja. Tambahkan sheet ini (tombol Siapkan templat menambahkannya tanpa mengubah sheet lain)`)
    : sheetFinding(schema.name, 'SHEET_MISSING', 'warning', `sheet "${schema.name}" tidak ada, sehingga laporan yang memakainya akan kosong. Tambahkan bila datanya ada`);
}

function knownCodes(tables: Map<SheetKey, ParsedTable>): KnownCodes {
  const known: KnownCodes = {};
  const collect = (key: SheetKey, column: string) => {
    const table = tables.get(key);
    if (!table || !table.context.has(column)) return undefined;
    return new Set(table.rows.map((r) => r.values[column]).filter((v) => v !== null).map((v) => normalizeCode(String(v))));
  };
  const kel = collect('kelurahan', 'kodeKelurahan');
  const sek = collect('sekolah', 'kodeSekolah');
  const vak = collect('vaksin', 'kodeVaksin');
  if (kel) known.kelurahan = kel;
  if (sek) known.sekolah = sek;
  if (vak) known.vaksin = vak;
  return known;
}
