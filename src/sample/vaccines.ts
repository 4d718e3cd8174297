/**
 * The sample's vaccine list with doses per vial and the register doses each one serves
 * (Kemenkes presentations: BCG 20 doses per ampoule, bOPV 20, DPT-HB-Hib 5, IPV 5, PCV 4,
 * MR 10, DT 10, Td 10, HB0 Uniject and HPV single-dose). `td` is every Td/TT dose of a
 * woman (WUS, caten, bumil).
 *
 * `ip` is the usual indeks pemakaian (doses given per vial opened): the Kemenkes 2013
 * reference values in DOMAIN.md "Vaccine stock" (HB 1, polio 6, campak/MR 4, BCG 4,
 * DPT-HB-Hib 3.5, IPV/DT/Td/TT 8; thesis II.D.3: "dosis efektif vaksin TT per kemasan: 8"),
 * capped by the vial; PCV has no reference value and gets 3 of its 4 doses.
 */
export const SAMPLE_VACCINES: readonly { kode: string; nama: string; satuan: string; dosis: number; ip: number; doses: readonly string[] }[] = [
  { kode: 'HB0', nama: 'Hepatitis B Uniject', satuan: 'uniject', dosis: 1, ip: 1, doses: ['hb0'] },
  { kode: 'BCG', nama: 'BCG', satuan: 'ampul', dosis: 20, ip: 4, doses: ['bcg'] },
  { kode: 'POLIO', nama: 'bOPV (polio tetes)', satuan: 'vial', dosis: 20, ip: 6, doses: ['polio1', 'polio2', 'polio3', 'polio4'] },
  { kode: 'DPT-HB-HIB', nama: 'DPT-HB-Hib (pentavalen)', satuan: 'vial', dosis: 5, ip: 3.5, doses: ['dpt1', 'dpt2', 'dpt3', 'dpt4'] },
  { kode: 'IPV', nama: 'IPV (polio suntik)', satuan: 'vial', dosis: 5, ip: 4, doses: ['ipv'] },
  { kode: 'PCV', nama: 'PCV (pneumokokus)', satuan: 'vial', dosis: 4, ip: 3, doses: ['pcv1', 'pcv2', 'pcv3'] },
  { kode: 'MR', nama: 'MR (campak-rubela)', satuan: 'vial', dosis: 10, ip: 4, doses: ['mr1', 'mr2', 'mrK1'] },
  { kode: 'DT', nama: 'DT', satuan: 'vial', dosis: 10, ip: 8, doses: ['dtK1'] },
  { kode: 'TD', nama: 'Td', satuan: 'vial', dosis: 10, ip: 8, doses: ['tdK2', 'tdK3', 'tdK5', 'td'] },
  { kode: 'HPV', nama: 'HPV', satuan: 'vial', dosis: 1, ip: 1, doses: ['hpv'] },
];
