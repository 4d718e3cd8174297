import { editDistance, nearMisses } from '../../../src/domain/read/nearMiss';
import { BAYI_SHEET } from '../../../src/domain/schema/registers';

const column = (key: string) => BAYI_SHEET.columns.find((c) => c.key === key)!;
const guess = (missingKeys: string[], texts: string[]) =>
  nearMisses(
    missingKeys.map(column),
    texts.map((text, index) => ({ index, text })),
  ).map((m) => `${m.header.text}→${m.column.header}`);

describe('near-miss headers', () => {
  it('counts letters added, dropped, changed and neighbours swapped as one edit each', () => {
    expect(editDistance('tangallahir', 'tanggallahir')).toBe(1);
    expect(editDistance('dtphbhib3', 'dpthbhib3')).toBe(1);
    expect(editDistance('kode', 'kade')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('tanggallahir', 'namaibu', 2)).toBe(3);
  });

  it('pairs a misspelt header with the missing column it most probably is', () => {
    expect(guess(['tanggalLahir'], ['Tangal Lahir'])).toEqual(['Tangal Lahir→Tanggal Lahir']);
    expect(guess(['dpt3'], ['DTP-HB-Hib 3'])).toEqual(['DTP-HB-Hib 3→DPT-HB-Hib 3']);
    // Through an alias: "Tgl Lahr" is one letter from "Tgl Lahir".
    expect(guess(['tanggalLahir'], ['Tgl Lahr'])).toEqual(['Tgl Lahr→Tanggal Lahir']);
    expect(guess(['alamat'], ['Alamt'])).toEqual(['Alamt→Alamat']);
  });

  it('leaves the user\'s own columns alone and never guesses across dose numbers or short names', () => {
    expect(guess(['tanggalLahir', 'namaSuami'], ['Catatan', 'Umur (hari)', 'Keterangan'])).toEqual([]);
    expect(guess(['polio4'], ['Polio 5'])).toEqual([]);
    expect(guess(['jk'], ['JL'])).toEqual([]);
  });

  it('uses each header and each column once, closest first', () => {
    expect(guess(['polio1', 'polio2'], ['Poli 1', 'Polio 2x'])).toEqual(['Poli 1→Polio 1', 'Polio 2x→Polio 2']);
    expect(guess(['tanggalLahir'], ['Tangal Lahir', 'Tanggal Lahirr'])).toEqual(['Tangal Lahir→Tanggal Lahir']);
  });
});
