import { DEFAULT_SCHEDULE, ScheduleKey } from '../read/cellValue';
import { dosesOf } from '../programme/doseIndex';

export type { ScheduleKey };
export { DEFAULT_SCHEDULE };

/** A document a schedule preset rests on, as docs/rules.md cites it. */
export interface ScheduleSource {
  /** Its number and date, e.g. "KMK HK.01.07/MENKES/1139/2022". */
  document: string;
  /** What it sets, in Bahasa Indonesia. */
  sets: string;
}

/**
 * The national infant immunization schedules a workbook may follow (issue 12 item 2), chosen
 * by the Jadwal Imunisasi cell of the Puskesmas sheet or the run's argument. Which doses each
 * holds, their ages and the default IDL/IBL doses come from the dose records (each record names
 * the presets it belongs to); this module holds their names and sources.
 */
export interface ScheduleInfo {
  key: ScheduleKey;
  /** As the Jadwal Imunisasi cell and the report headers name it. */
  name: string;
  sources: readonly ScheduleSource[];
}

export const SCHEDULES: Readonly<Record<ScheduleKey, ScheduleInfo>> = {
  permenkes2017: {
    key: 'permenkes2017',
    name: 'Permenkes 12/2017',
    sources: [
      {
        document: 'Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi (Lampiran)',
        sets: 'HB0 0–7 hari; BCG dan Polio 1 umur 1 bulan; DPT-HB-Hib 1 dan Polio 2 umur 2 bulan; DPT-HB-Hib 2 dan Polio 3 umur 3 bulan; DPT-HB-Hib 3, Polio 4 dan IPV umur 4 bulan; MR umur 9 bulan; lanjutan baduta DPT-HB-Hib 4 dan MR 2 umur 18 bulan',
      },
    ],
  },
  kemenkes2023: {
    key: 'kemenkes2023',
    name: 'Kemenkes terkini',
    sources: [
      { document: 'Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi (Lampiran)', sets: 'jadwal dasar: HB0, BCG, Polio 1–4, DPT-HB-Hib 1–4, IPV, MR 1–2 seperti di atas' },
      { document: 'Kemenkes, materi Kebijakan Program Imunisasi dan Rencana Introduksi Imunisasi PCV (Ditjen P2P, 2022)', sets: 'PCV 1 umur 2 bulan, PCV 2 umur 3 bulan, PCV 3 umur 12 bulan (bertahap di seluruh Indonesia)' },
      { document: 'KMK HK.01.07/MENKES/1139/2022 tentang Pemberian Imunisasi Rotavirus', sets: 'imunisasi rotavirus (RV) masuk program, bertahap sejak November 2022' },
      { document: 'Surat Dirjen P2P IM.02.02/C/3052/2023 tanggal 3 Juli 2023 (Pelaksanaan Pemberian Imunisasi Rotavirus secara Nasional)', sets: 'RV 1, 2, 3 umur 2, 3 dan 4 bulan, jarak minimal 4 minggu; dosis terakhir paling lambat umur 6 bulan 29 hari; nasional mulai 15 Agustus 2023' },
      { document: 'KMK HK.01.07/MENKES/1453/2022 tentang Pelaksanaan Introduksi Imunisasi Inactivated Poliovirus Vaccine Dosis Kedua', sets: 'IPV dosis kedua (IPV 2) masuk program' },
      { document: 'Surat Dirjen P2P IM.02.03/C/2323/2023 tanggal 11 Mei 2023 (Perluasan Introduksi Imunisasi IPV Dosis Kedua)', sets: 'mulai 2024 IPV 2 umur 9 bulan, bersamaan dengan MR, minimal 4 bulan setelah IPV 1' },
    ],
  },
};

export const SCHEDULE_KEYS: readonly ScheduleKey[] = ['permenkes2017', 'kemenkes2023'];

const given = (k: ScheduleKey) => dosesOf('bayi').filter((d) => d.presets.includes(k)).map((d) => d.key);
const BY_SCHEDULE: Readonly<Record<ScheduleKey, readonly string[]>> = { permenkes2017: given('permenkes2017'), kemenkes2023: given('kemenkes2023') };

/** The infant doses of a schedule preset, in register order: the dose records that name it. */
export function scheduleDoseKeys(schedule: ScheduleKey): readonly string[] {
  return BY_SCHEDULE[schedule];
}

/** Whether every schedule gives the dose: its register column is then required whatever the workbook's Jadwal Imunisasi. */
export function inEverySchedule(dose: string): boolean {
  return dosesOf('bayi').some((d) => d.key === dose && SCHEDULE_KEYS.every((k) => d.presets.includes(k)));
}
