import { readRegisters } from '../../../src/domain/registers/readRegisters';
import { interval } from '../../../src/domain/rules/interval';
import { PRESETS } from '../../../src/domain/rules/presets';
import { computeStatus } from '../../../src/domain/status/computeStatus';
import { dueList } from '../../../src/domain/status/dueList';
import { rutinLengkap, validInfantDose } from '../../../src/domain/status/infant';
import { person, Rec, registerWorkbook, statusOf } from '../../helpers/registers';

const child = (i: number, tanggalLahir: string, doses: Rec): Rec => ({ kodeKK: `A${i}`, noUrut: 3, nama: `Anak ${i}`, jk: 'L', tanggalLahir, namaSuami: `Ibu ${i}`, kodeKelurahan: 'K01', noHp: '081234567890', ...doses });
const idlDoses = (d: string, mr1: string): Rec => ({ hb0: '2024-01-10', bcg: d, polio1: d, dpt1: '2024-03-10', polio2: '2024-03-10', dpt2: '2024-04-10', polio3: '2024-04-10', dpt3: '2024-05-10', polio4: '2024-05-10', ipv: '2024-05-10', mr1 });

describe('infant schedule and IDL', () => {
  const { persons } = statusOf(
    {
      bayi: [
        child(1, '2025-01-15', { hb0: '2025-01-15', bcg: '2025-02-15', polio1: '2025-02-15', dpt1: '2025-03-15', polio2: '2025-03-15', pcv1: '2025-03-15', dpt2: '2025-04-01' }),
        child(2, '2024-01-10', idlDoses('2024-02-10', '2024-10-15')),
        child(3, '2024-01-10', idlDoses('2024-02-10', '2025-01-10')),
      ],
    },
    '2025-06-30',
  );

  it('refuses a series dose under 4 weeks after the previous one and schedules it again', () => {
    const infant = person(persons, 'KK:A1/3').infant!;
    expect(infant.invalid.map((d) => d.doseKey)).toEqual(['dpt2']);
    const dpt2 = infant.invalid[0];
    expect(dpt2).toMatchObject({ valid: false, column: 'DPT-HB-Hib 2' });
    expect([validInfantDose(infant, 'dpt1'), validInfantDose(infant, 'dpt2'), validInfantDose(infant, 'dpt3')]).toEqual(['2025-03-15', null, null]);
    expect(dpt2.reason).toBe('jarak 17 hari dari dosis sebelumnya; minimal 4 minggu (dosis sebelumnya: "DPT-HB-Hib 1" 15-03-2025; paling cepat 12-04-2025)');
    expect(infant.open.find((o) => o.doseKey === 'dpt2')).toEqual({ doseKey: 'dpt2', label: 'DPT-HB-Hib 2', due: '2025-04-15', overdueFrom: '2025-05-15', until: null });
    // Schedule order; only the next dose of a series is open (DPT-HB-Hib 3 waits for a valid DPT-HB-Hib 2, PCV 3 for PCV 2,
    // RV 2 for RV 1, IPV 2 for IPV 1). RV 1 (current schedule, due at 2 months) was never given, so it is open too.
    expect(infant.open.map((o) => o.doseKey)).toEqual(['rv1', 'polio3', 'dpt2', 'pcv2', 'ipv', 'mr1']);
    // The invalid DPT 2 does not raise status T either.
    expect(person(persons, 'KK:A1/3').status).toBe(0);
  });

  it('reaches IDL with every IDL dose before the first birthday, dated by the last', () => {
    expect(person(persons, 'KK:A2/3').infant!.idl).toEqual({ reached: true, date: '2024-10-15', missing: [] });
    expect(person(persons, 'KK:A2/3').status).toBe(2);
  });

  it('does not reach IDL when MR 1 comes on the first birthday', () => {
    expect(person(persons, 'KK:A3/3').infant!.idl).toEqual({ reached: false, date: null, missing: ['mr1'] });
  });

  it('requires IPV for IDL (DOMAIN.md: IDL includes IPV ×1)', () => {
    const { persons: without } = statusOf({ bayi: [child(4, '2024-01-10', { ...idlDoses('2024-02-10', '2024-10-15'), ipv: undefined })] }, '2025-06-30');
    expect(person(without, 'KK:A4/3').infant!.idl).toEqual({ reached: false, date: null, missing: ['ipv'] });
  });

  it('reaches IBL with DPT-HB-Hib 4 and MR 2 before 24 months, and imunisasi rutin lengkap on the later of IDL and IBL', () => {
    const { persons: older } = statusOf(
      {
        bayi: [
          child(5, '2023-01-10', { ...idlDoses('2023-02-10', '2023-10-15'), hb0: '2023-01-10', dpt1: '2023-03-10', polio2: '2023-03-10', dpt2: '2023-04-10', polio3: '2023-04-10', dpt3: '2023-05-10', polio4: '2023-05-10', ipv: '2023-05-10', dpt4: '2024-07-10', mr2: '2024-08-01' }),
          // MR 2 on the second birthday: too late for IBL.
          child(6, '2023-01-10', { dpt4: '2024-07-10', mr2: '2025-01-10' }),
        ],
      },
      '2025-06-30',
    );
    const a5 = person(older, 'KK:A5/3').infant!;
    expect(a5.idl).toEqual({ reached: true, date: '2023-10-15', missing: [] });
    expect(a5.ibl).toEqual({ reached: true, date: '2024-08-01', missing: [] });
    expect(rutinLengkap(a5)).toEqual({ reached: true, date: '2024-08-01', missing: [] });
    const a6 = person(older, 'KK:A6/3').infant!;
    expect(a6.ibl).toEqual({ reached: false, date: null, missing: ['mr2'] });
    expect(rutinLengkap(a6)?.reached).toBe(false);
  });
});

describe('the month due list (Jadwal Bulan Ini)', () => {
  const book = (skema: 'Td terkini' | '2005 (TT)') => ({
    skema,
    bayi: [child(1, '2025-06-01', { hb0: '2025-06-01' }), child(2, '2025-07-20', {}), child(3, '2023-01-01', { mr1: '2023-10-01' })],
    wus: [
      { kodeKK: 'W1', noUrut: 1, nama: 'Wati', tanggalLahir: '1995-01-01', kodeKelurahan: 'K02', noHp: '0812', t1: '2025-01-01', t2: '2025-02-01' },
      { kodeKK: 'W2', noUrut: 1, nama: 'Yani', tanggalLahir: '1995-01-01', kodeKelurahan: 'K01' },
      { kodeKK: 'W3', noUrut: 1, nama: 'Zul', tanggalLahir: '1995-01-01', kodeKelurahan: 'K01', statusSkrining: 5, tanggalSkrining: '2024-01-01' },
    ],
    bias: [{ kodeKK: 'M1', noUrut: 1, nama: 'Murid', jk: 'P', tanggalLahir: '2018-01-01', kodeSekolah: 'SD1', kelas: 1 }],
  });
  const list = (skema: 'Td terkini' | '2005 (TT)', month: number) => {
    const { persons } = statusOf(book(skema), '2025-07-31');
    return dueList(persons, PRESETS[skema === 'Td terkini' ? 'td' : 'tt2005'], { year: 2025, month }).map((e) => `${e.kelurahan} ${e.nama} ${e.dose} ${e.due} ${e.overdue ? 'terlambat' : e.dueKind}`);
  };

  it('lists due and overdue infant doses and women, by kelurahan, and leaves out pupils, lengkap and expired doses', () => {
    expect(list('Td terkini', 8)).toEqual([
      'K01 Anak 1 BCG 2025-07-01 terlambat',
      'K01 Anak 1 Polio 1 2025-07-01 terlambat',
      'K01 Anak 1 DPT-HB-Hib 1 2025-08-01 tanggal',
      'K01 Anak 1 PCV 1 2025-08-01 tanggal',
      'K01 Anak 1 RV 1 2025-08-01 tanggal',
      'K01 Anak 2 BCG 2025-08-20 tanggal',
      'K01 Anak 2 Polio 1 2025-08-20 tanggal',
      'K01 Yani Td (T1) 2025-07-31 segera',
      'K02 Wati Td (T3) 2025-08-01 tanggal',
    ]);
  });

  it('lists HB0 only before it expires, and marks a woman overdue a month after her date (skema 2005: TT)', () => {
    const july = list('2005 (TT)', 7);
    expect(july).toContain('K01 Anak 2 HB0 2025-07-20 tanggal');
    expect(july).not.toContain(expect.stringContaining('Wati'));
    expect(list('2005 (TT)', 9)).toContain('K02 Wati TT (T3) 2025-08-01 terlambat');
  });
});

describe('a dose with its own minimum interval (IPV 2: 4 months after IPV 1)', () => {
  // Polio 4 made to wait 4 months after Polio 3, as the records do for IPV 2 after IPV 1.
  const rules = { ...PRESETS.td, infant: { ...PRESETS.td.infant, schedule: PRESETS.td.infant.schedule.map((r) => (r.dose === 'polio4' ? { ...r, minInterval: interval(4, 'bulan') } : r)) } };
  const infantOf = (doses: Rec) => {
    const registers = readRegisters(registerWorkbook({ bayi: [child(7, '2025-01-10', { polio1: '2025-02-10', polio2: '2025-03-10', polio3: '2025-04-10', ...doses })] }), { today: '2025-12-31' }).registers;
    return computeStatus(registers, rules, { today: '2025-12-31' }).persons[0].infant!;
  };

  it('does not count the dose before that interval, saying which interval, and schedules it after it', () => {
    const early = infantOf({ polio4: '2025-06-10' });
    expect(early.invalid.map((d) => [d.doseKey, d.reason])).toEqual([['polio4', 'jarak 61 hari dari dosis sebelumnya; minimal 4 bulan (dosis sebelumnya: "Polio 3" 10-04-2025; paling cepat 01-08-2025)']]);
    expect(early.open.find((o) => o.doseKey === 'polio4')?.due).toBe('2025-08-10');
    expect(infantOf({ polio4: '2025-08-10' }).invalid).toEqual([]);
    // The other series keep the series interval.
    expect(infantOf({ polio4: '2025-08-10', dpt1: '2025-03-10', dpt2: '2025-04-08' }).invalid.map((d) => d.doseKey)).toEqual([]);
  });

  it('holds IPV 2 of the records to 4 months after IPV 1 under the current schedule', () => {
    const registers = readRegisters(registerWorkbook({ bayi: [child(8, '2025-01-10', { ipv: '2025-05-10', ipv2: '2025-07-10' })] }), { today: '2025-12-31' }).registers;
    const infant = computeStatus(registers, PRESETS.td, { today: '2025-12-31' }).persons[0].infant!;
    expect(infant.invalid.map((d) => d.doseKey)).toEqual(['ipv2']);
    expect(infant.invalid[0].reason).toContain('minimal 4 bulan (dosis sebelumnya: "IPV 1" 10-05-2025');
  });
});

describe('RV: no dose after 6 months 29 days (Batas umur RV 1–3 = 6 bulan 29 hari)', () => {
  // Anak 1 has no RV at 11 months; Anak 2 had RV 1 and missed RV 2 until 9 months; Anak 3 is 5 months old;
  // Anak 4's RV 1 was written at 8 months (after the limit).
  const { persons } = statusOf(
    {
      bayi: [
        child(1, '2025-01-10', { hb0: '2025-01-10' }),
        child(2, '2025-03-05', { rv1: '2025-05-05' }),
        child(3, '2025-07-10', { rv1: '2025-09-10', rv2: '2025-10-10' }),
        child(4, '2025-01-10', { rv1: '2025-09-15' }),
      ],
    },
    '2025-12-31',
  );
  const december = dueList(persons, PRESETS.td, { year: 2025, month: 12 });
  const rvDue = (rows: typeof december) => rows.filter((e) => e.doseKey?.startsWith('rv')).map((e) => `${e.nama} ${e.dose}`);

  it('keeps the open RV dose with its limit, and leaves it out of the month list after the limit', () => {
    expect(person(persons, 'KK:A1/3').infant!.open.find((o) => o.doseKey === 'rv1')).toMatchObject({ due: '2025-03-10', until: '2025-08-08' });
    expect(person(persons, 'KK:A2/3').infant!.open.find((o) => o.doseKey === 'rv2')).toMatchObject({ until: '2025-10-04' });
    // Only the 5-month-old is offered RV (3, due 10-11-2025, limit 10-02-2026).
    expect(rvDue(december)).toEqual(['Anak 3 RV 3']);
  });

  it('offers RV 1 while the child is still under the limit', () => {
    const july = dueList(persons, PRESETS.td, { year: 2025, month: 7 });
    expect(rvDue(july)).toEqual(expect.arrayContaining(['Anak 1 RV 1']));
  });

  it('counts an RV dose written after the limit, as for RV 3 and HB0 (docs/rules.md §9), and schedules the next one only under the limit', () => {
    const a4 = person(persons, 'KK:A4/3').infant!;
    expect(a4.invalid).toEqual([]);
    expect(validInfantDose(a4, 'rv1')).toBe('2025-09-15');
    expect(rvDue(december)).not.toContain('Anak 4 RV 2');
  });
});
