import { commonFirstDose, DROP_OUT_LINES, dropOutLabel, dropOutPairsIn, dropOutPairText, dropOutShortLabel, inEveryPreset, listTextId } from '../../../src/domain/programme/dropOutPairs';
import { doseListText } from '../../../src/domain/programme/doseTexts';
import { IBL_KEYS, IDL_KEYS } from '../../../src/domain/programme/doseIndex';

describe('drop-out pairs from the dose records', () => {
  it("are the records' dropOutFrom pairs, in register order of the last dose, keyed as the report model names them", () => {
    expect(DROP_OUT_LINES).toEqual([
      { key: 'dpt1Dpt3', from: 'dpt1', to: 'dpt3' },
      { key: 'dpt1Mr1', from: 'dpt1', to: 'mr1' },
    ]);
    expect(DROP_OUT_LINES.every(inEveryPreset)).toBe(true);
  });

  it('count only where both doses are in the schedule', () => {
    expect(dropOutPairsIn(['dpt1', 'dpt3']).map((p) => p.key)).toEqual(['dpt1Dpt3']);
    expect(dropOutPairsIn(['dpt3', 'mr1'])).toEqual([]);
  });

  it("are named from the records' headers and short names", () => {
    const [d3, mr] = DROP_OUT_LINES;
    const pcv = { key: 'pcv1Pcv3', from: 'pcv1', to: 'pcv3' };
    expect([dropOutLabel(d3), dropOutLabel(mr), dropOutLabel(pcv)]).toEqual(['DPT-HB-Hib 1→3', 'DPT-HB-Hib 1→MR 1', 'PCV 1→3']);
    expect([dropOutShortLabel(d3), dropOutShortLabel(mr, '→'), dropOutShortLabel(pcv)]).toEqual(['DPT1 → DPT3', 'DPT1→MR1', 'PCV1 → PCV3']);
    expect(dropOutPairText(mr)).toBe('DPT-HB-Hib 1 – MR 1');
    expect(commonFirstDose(DROP_OUT_LINES)).toBe('DPT-HB-Hib 1');
    expect(commonFirstDose([d3, pcv])).toBeNull();
    expect(inEveryPreset(pcv)).toBe(false);
    expect([listTextId([]), listTextId(['a']), listTextId(['a', 'b', 'c'])]).toEqual(['', 'a', 'a, b dan c']);
  });
});

describe('the Aturan default dose lists', () => {
  it('are named from the records, numbered runs shortened', () => {
    expect(doseListText(IDL_KEYS)).toBe('HB0, BCG, Polio 1–4, DPT-HB-Hib 1–3, IPV 1, MR 1');
    expect(doseListText(IBL_KEYS)).toBe('DPT-HB-Hib 4, MR 2');
    expect(doseListText(['dpt1', 'dpt3', 'mr1'])).toBe('DPT-HB-Hib 1, DPT-HB-Hib 3, MR 1');
  });
});
