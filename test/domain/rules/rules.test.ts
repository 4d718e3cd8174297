import { aturanTemplateRows, unknownAturanFindings } from '../../../src/domain/rules/aturan/catalog';
import { readAturan } from '../../../src/domain/rules/aturan/readAturan';
import { percentValue, readSetting } from '../../../src/domain/rules/aturan/setting';
import { addInterval, earliestAllowed, interval, parseInterval } from '../../../src/domain/rules/interval';
import { applyAturan } from '../../../src/domain/rules/loadRules';
import { PRESETS } from '../../../src/domain/rules/presets';
import { Rules } from '../../../src/domain/rules/types';
import { validateRules } from '../../../src/domain/rules/validateRules';
import { Cell } from '../../../src/domain/raw';
import { rawSheet, roundTrip } from '../../helpers/workbook';

describe('rules presets', () => {
  it.each(['td', 'tt2005'] as const)('preset %s is valid', (key) => {
    expect(validateRules(PRESETS[key])).toEqual([]);
  });

  it('reports every problem of a broken model, unknown doses and units included', () => {
    const broken = {
      ...PRESETS.td,
      monthCounting: 'minggu',
      tSteps: PRESETS.td.tSteps.map((s) => (s.step === 3 ? { ...s, minInterval: { amount: 6, unit: 'bulanan' } } : s)),
      tSources: [...PRESETS.td.tSources, { sheet: 'bias', dose: 'tdK4', raises: true }],
      idl: { doses: ['hb0', 'je1'], before: interval(12, 'bulan') },
    } as unknown as Rules;
    expect(validateRules(broken)).toEqual([
      { path: 'monthCounting', message: 'hitungan bulan "minggu" tidak dikenal; pilih "kalender" atau "30 hari"' },
      { path: 'tSteps[2].minInterval', message: 'satuan "bulanan" tidak dikenal; pakai hari, minggu, bulan atau tahun' },
      { path: `tSources[${PRESETS.td.tSources.length}]`, message: 'dosis "tdK4" tidak ada di register bias' },
      { path: 'idl.doses[1]', message: 'dosis bayi "je1" tidak dikenal' },
    ]);
  });
});

describe('intervals', () => {
  it.each([
    ['4 minggu', { amount: 4, unit: 'minggu' }],
    ['6 Bulan', { amount: 6, unit: 'bulan' }],
    ['1 thn', { amount: 1, unit: 'tahun' }],
    ['28hari', { amount: 28, unit: 'hari' }],
  ])('reads "%s"', (text, value) => expect(parseInterval(text)).toEqual({ ok: true, value }));

  it.each([
    ['4', /tidak bersatuan/],
    ['4 minggon', /satuan "minggon" tidak dikenal/],
    ['sebulan', /bukan jarak waktu/],
  ])('refuses "%s"', (text, problem) => {
    const r = parseInterval(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('adds months with month-end clamping, and allows the whole calendar month when counting by calendar', () => {
    expect(addInterval('2024-01-31', interval(1, 'bulan'), 'kalender')).toBe('2024-02-29');
    expect(addInterval('2024-01-31', interval(1, 'bulan'), 'hari')).toBe('2024-03-01');
    expect(addInterval('2024-02-29', interval(1, 'tahun'), 'kalender')).toBe('2025-02-28');
    expect(earliestAllowed('2023-11-20', interval(1, 'tahun'), 'kalender')).toBe('2024-11-01');
    expect(earliestAllowed('2025-01-01', interval(4, 'minggu'), 'kalender')).toBe('2025-01-29');
  });
});

const sheet = (rows: Cell[][]) => roundTrip({ Puskesmas: [['Skema', 'Td terkini']], Aturan: rows });

describe('the Aturan sheet', () => {
  it('reads rows by name under a title, with the sheet row and the value cell', () => {
    const aturan = readAturan(sheet([['ATURAN PUSKESMAS'], [], ['Keterangan', 'Aturan', 'Nilai'], ['catatan', 'Jarak Minimal T2', '5 minggu'], [null, 'Batas UCI', 0.85], [null, 'Toleransi jarak', null]]))!;
    expect(aturan.findings).toEqual([]);
    expect(aturan.rows.get('jarakminimalt2')).toEqual({ name: 'Jarak Minimal T2', key: 'jarakminimalt2', value: '5 minggu', keterangan: 'catatan', row: 4, cell: 'C4' });
    // The reports read their own settings from the same sheet.
    expect(readSetting(aturan, 'Batas UCI', percentValue, 0.8)).toMatchObject({ value: 0.85, finding: null });
    expect(readSetting(aturan, 'Target TT1 bumil', percentValue, 0.9).value).toBe(0.9);
  });

  it('is absent when the workbook has none, and says so when its header row is missing', () => {
    expect(readAturan(roundTrip({ Puskesmas: [['Skema', 'Td terkini']] }))).toBeNull();
    expect(readAturan({ sheets: [rawSheet('Aturan', [['Jarak minimal T2', '5 minggu']])] })!.findings.map((f) => f.code)).toEqual(['HEADER_NOT_FOUND']);
  });

  it('overrides preset values, and reports each unreadable value, unknown dose, duplicate and unknown name', () => {
    const aturan = readAturan(
      sheet([
        ['Aturan', 'Nilai'],
        ['Jarak minimal T3', '7 bulan'],
        ['Lama perlindungan T2', '3 tahunan'],
        ['Umur JE 1', '2 bulan'],
        ['Dosis IDL', 'HB0, BCG, Rotavirus'],
        ['Menaikkan status T: Register Bayi DPT 1', 'ya'],
        ['Umur Campak', '10 bulan'],
        ['Jarak minimal T3', '8 bulan'],
        ['Target entah', '5'],
      ]),
    )!;
    const { rules, overrides, findings } = applyAturan(PRESETS.td, aturan);
    expect(rules.tSteps[2].minInterval).toEqual(interval(7, 'bulan'));
    expect(rules.tSteps[1].protection).toEqual(interval(3, 'tahun'));
    expect(rules.tSources.find((s) => s.sheet === 'bayi' && s.dose === 'dpt1')!.raises).toBe(true);
    expect(rules.infant.schedule.find((s) => s.dose === 'mr1')!.age).toEqual(interval(10, 'bulan'));
    expect(PRESETS.td.tSteps[2].minInterval).toEqual(interval(6, 'bulan'));
    expect(overrides.map((o) => `${o.row}:${o.name}=${o.value}`)).toEqual(['2:Jarak minimal T3=7 bulan', '6:Menaikkan status T: Register Bayi DPT-HB-Hib 1=ya', '7:Umur MR 1=10 bulan']);
    expect([...findings, ...unknownAturanFindings(aturan)].map((f) => `${f.code}@${f.cell ?? f.row}: ${f.message}`)).toEqual([
      'RULE_DUPLICATE@A8: Aturan baris 8, kolom "Aturan": aturan "Jarak minimal T3" sudah ada di baris 2; yang dipakai baris 2. Hapus salah satu baris.',
      'RULE_INVALID@B3: Aturan baris 3, aturan "Lama perlindungan T2": satuan "tahunan" tidak dikenal. Pakai hari, minggu, bulan atau tahun. Sementara dipakai nilai bawaan (3 tahun).',
      'RULE_INVALID@B4: Aturan baris 4, aturan "Umur JE 1": dosis "JE 1" tidak dikenal untuk aturan "Umur …". Pakai nama kolom dosis dari register. Baris ini tidak dipakai.',
      'RULE_INVALID@B5: Aturan baris 5, aturan "Dosis IDL": dosis "Rotavirus" tidak dikenal di Register Bayi. Tulis nama kolom dosis, dipisah koma. Sementara dipakai nilai bawaan (HB0, BCG, Polio 1, Polio 2, Polio 3, Polio 4, DPT-HB-Hib 1, DPT-HB-Hib 2, DPT-HB-Hib 3, IPV 1, MR 1).',
      'RULE_UNKNOWN@B9: Aturan baris 9: aturan "Target entah" tidak dikenal, sehingga baris ini diabaikan. Salin nama aturan persis dari docs/rules.md atau dari sheet Aturan templat.',
    ]);
  });

  it('offers template rows with each preset\'s value, every one of which reads back to that value', () => {
    const rows = aturanTemplateRows();
    expect(rows.find((r) => r.aturan === 'Jarak minimal T2')).toMatchObject({ bawaan: { td: '4 minggu', tt2005: '4 minggu' } });
    expect(rows.find((r) => r.aturan === 'Batas umur HB0')).toMatchObject({ bawaan: { td: '7 hari', tt2005: '7 hari' } });
    // No RV dose after 6 months 29 days (surat Dirjen P2P IM.02.02/C/3052/2023): every RV dose has the limit, not only RV 3.
    expect(rows.filter((r) => r.aturan.startsWith('Batas umur RV')).map((r) => [r.aturan, r.bawaan.td])).toEqual([
      ['Batas umur RV 1', '6 bulan 29 hari'],
      ['Batas umur RV 2', '6 bulan 29 hari'],
      ['Batas umur RV 3', '6 bulan 29 hari'],
    ]);
    expect(rows.find((r) => r.aturan === 'Menaikkan status T: Register Bayi DPT-HB-Hib 1')).toMatchObject({ bawaan: { td: 'tidak' } });
    const filled = readAturan(sheet([['Aturan', 'Nilai'], ...rows.map((r) => [r.aturan, r.bawaan.td])]))!;
    const applied = applyAturan(PRESETS.td, filled);
    expect([...applied.findings, ...unknownAturanFindings(filled)]).toEqual([]);
    expect(applied.rules).toEqual(PRESETS.td);
  });
});
