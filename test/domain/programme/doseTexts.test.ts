import { doseListText, doseRuns, infantSeriesText } from '../../../src/domain/programme/doseTexts';
import { PUSKESMAS_SHEET } from '../../../src/domain/schema/registers';
import { statusSettings } from '../../../src/domain/rules/aturan/statusSettings';

describe('infant doses named in sentences, from the dose records', () => {
  it('shorten a numbered run of one name to one item, keep a single number and names without one', () => {
    expect(doseRuns(['hb0', 'polio1', 'polio2', 'polio3', 'ipv', 'ipv2', 'pcv1', 'pcv3', 'mr1'])).toEqual(['HB0', 'Polio 1–3', 'IPV 1–2', 'PCV 1', 'PCV 3', 'MR 1']);
    expect(doseListText(['dpt4', 'mr2'])).toBe('DPT-HB-Hib 4, MR 2');
  });

  it('name the infant series by their first dose without its number, in register order', () => {
    expect(infantSeriesText()).toBe('Polio, DPT-HB-Hib, IPV, PCV, RV, MR');
    const row = statusSettings().find((s) => s.name === 'Jarak minimal dosis satu seri')!;
    expect(row.description).toBe('Jarak minimal dua dosis bayi dalam satu seri (Polio, DPT-HB-Hib, IPV, PCV, RV, MR).');
  });

  it('give the Jadwal Imunisasi hint the doses the current schedule adds to Permenkes 12/2017', () => {
    const hint = PUSKESMAS_SHEET.columns.find((c) => c.key === 'jadwal')!.hint;
    expect(hint).toBe('Jadwal imunisasi rutin bayi: "Kemenkes terkini" (dengan IPV 2, PCV 1–3 dan RV 1–3) atau "Permenkes 12/2017" (register lama tanpa kolom itu). Kosong = Kemenkes terkini.');
  });
});
