import { readFileSync, writeFileSync } from 'node:fs';
import { RawWorkbook } from '../../domain/raw';
import { readZone } from '../../domain/registers/readZone';
import { Month } from '../../domain/status/dueList';
import { stampInZone } from '../../io/clock';
import { CONVERTED_NOTICE, isXlsx, toXlsxBytes } from '../../io/xlsx/toXlsxBytes';
import { addSheetsToWorkbook, UnsupportedInputError, writeWorkbook } from '../../io/xlsx/writeWorkbook';
import { SheetSpec } from '../../sheets/spec';
import { CliUsageError } from '../cliError';
import { CliIo } from '../io';
import { parseMonth } from '../month';

/** --bulan YYYY-MM, or the month of the reference date. */
export function monthOption(option: string | undefined, today: string): Month {
  if (option === undefined) return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  return parseMonth(option);
}

/** "31-12-2025 10:15 WIB" on the puskesmas's clock. */
export function stampFor(workbook: RawWorkbook, io: CliIo): string {
  return stampInZone(readZone(workbook), io.now()).human;
}

/**
 * -o <out.xlsx>: the input workbook with the generated sheets added (people's sheets
 * untouched), or with --terpisah a new workbook holding only the generated sheets.
 */
export async function writeSheets(input: string, out: string, specs: readonly SheetSpec[], separate: boolean, io: CliIo): Promise<void> {
  let bytes: Uint8Array;
  if (separate) {
    bytes = await writeWorkbook(specs);
  } else {
    const original = new Uint8Array(readFileSync(input));
    try {
      const result = await addSheetsToWorkbook(toXlsxBytes(original), specs);
      bytes = result.bytes;
      for (const r of result.renamed) io.err(`Sheet "${r.wanted}" sudah ada dan bukan buatan add-in; hasil ditulis ke sheet "${r.used}".`);
    } catch (error) {
      // .xlsb, Strict Open XML: read fine, but the file writer cannot add to them.
      if (error instanceof UnsupportedInputError) throw new CliUsageError(error.message);
      throw error;
    }
    if (!isXlsx(original)) io.err(CONVERTED_NOTICE);
  }
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new CliUsageError(`File ${out} tidak dapat ditulis: ${(error as Error).message}.`);
  }
  io.err(`Ditulis: ${out} (${specs.map((s) => s.name).join(', ')}).`);
}
