/**
 * The sample's vaccine list with doses per vial and the register doses each one serves
 * (Kemenkes presentations: BCG 20 doses per ampoule, bOPV 20, DPT-HB-Hib 5, IPV 5, PCV 4,
 * MR 10, DT 10, Td 10, HB0 Uniject and HPV single-dose). `td` is a Td dose of a woman (WUS,
 * caten, bumil) in any register or in Imunisasi Luar.
 */
export const SAMPLE_VACCINES: readonly { kode: string; nama: string; satuan: string; dosis: number; doses: readonly string[] }[] = [
  { kode: 'HB0', nama: 'Hepatitis B Uniject', satuan: 'uniject', dosis: 1, doses: ['hb0'] },
  { kode: 'BCG', nama: 'BCG', satuan: 'ampul', dosis: 20, doses: ['bcg'] },
  { kode: 'POLIO', nama: 'bOPV (polio tetes)', satuan: 'vial', dosis: 20, doses: ['polio1', 'polio2', 'polio3', 'polio4'] },
  { kode: 'DPT-HB-HIB', nama: 'DPT-HB-Hib (pentavalen)', satuan: 'vial', dosis: 5, doses: ['dpt1', 'dpt2', 'dpt3', 'dpt4'] },
  { kode: 'IPV', nama: 'IPV (polio suntik)', satuan: 'vial', dosis: 5, doses: ['ipv'] },
  { kode: 'PCV', nama: 'PCV (pneumokokus)', satuan: 'vial', dosis: 4, doses: ['pcv1', 'pcv2', 'pcv3'] },
  { kode: 'MR', nama: 'MR (campak-rubela)', satuan: 'vial', dosis: 10, doses: ['mr1', 'mr2', 'mrK1'] },
  { kode: 'DT', nama: 'DT', satuan: 'vial', dosis: 10, doses: ['dtK1'] },
  { kode: 'TD', nama: 'Td', satuan: 'vial', dosis: 10, doses: ['tdK2', 'tdK3', 'tdK5', 'td'] },
  { kode: 'HPV', nama: 'HPV', satuan: 'vial', dosis: 1, doses: ['hpv'] },
];
