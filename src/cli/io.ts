import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isIsoDate, IsoDate } from '../domain/dates/isoDate';
import { RawWorkbook } from '../domain/raw';
import { readZone } from '../domain/registers/readZone';
import { todayInZone } from '../io/clock';
import { readWorkbookBytes } from '../io/xlsx/readWorkbookBytes';
import { REGISTER_SHEETS } from '../io/xlsx/sheetSelection';
import { CliUsageError } from './cliError';
import type { CliIo } from './cliIo';

export type { CliIo } from './cliIo';

export function readWorkbookFile(path: string): RawWorkbook {
  return readWorkbookBytes(readFileBytes(path), basename(path), REGISTER_SHEETS);
}

/** A file's bytes, or a usage error naming the file in plain words. */
export function readFileBytes(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new CliUsageError(`${path} adalah folder, bukan file.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`File ${path} tidak dapat dibuka: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file tidak ditemukan' : (error as Error).message}.`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** --tanggal YYYY-MM-DD, or today on the puskesmas's clock (its Zona Waktu, WIB by default). */
export function referenceDate(option: string | undefined, workbook: RawWorkbook, io: CliIo): IsoDate {
  if (option !== undefined) {
    if (!isIsoDate(option)) throw new CliUsageError(`--tanggal "${option}" tidak sah. Tulis tanggal sebagai YYYY-MM-DD, mis. 2025-12-31.`);
    return option;
  }
  return todayInZone(readZone(workbook), io.now());
}
