import { readFileSync } from 'node:fs';
import { readRegistersKeeping, readRegistersKept } from '../../src/app/keptRegisters';
import { readRegisters } from '../../src/domain/registers/readRegisters';
import { readWorkbookBytes } from '../../src/io/xlsx/readWorkbookBytes';

describe('kept register readings (the page reads the registers on opening a file and again for its first report)', () => {
  const workbook = readWorkbookBytes(new Uint8Array(readFileSync('templates/contoh-puskesmas.xlsx')));

  it('hands the reading made on opening to the next reader of the same workbook and day, once', () => {
    const opened = readRegistersKeeping(workbook, { today: '2026-01-05' });
    expect(readRegistersKept(workbook, { today: '2026-01-05' })).toBe(opened);
    const again = readRegistersKept(workbook, { today: '2026-01-05' });
    expect(again).not.toBe(opened);
    expect(again).toEqual(readRegisters(workbook, { today: '2026-01-05' }));
  });

  it('reads again for another day or another workbook', () => {
    const opened = readRegistersKeeping(workbook, { today: '2026-01-05' });
    expect(readRegistersKept(workbook, { today: '2026-01-06' })).not.toBe(opened);
    readRegistersKeeping(workbook, { today: '2026-01-05' });
    const copy = { sheets: [...workbook.sheets] };
    expect(readRegistersKept(copy, { today: '2026-01-05' })).toEqual(readRegisters(copy, { today: '2026-01-05' }));
  });
});
