import { SasaranKind } from './antigenDoses';

/*
 * One record per vaccine as the programme stocks it. Which doses it serves comes from the dose
 * records (antigenDoses.ts, `vaccine`); everything about the vial is here.
 *
 * Vials: Kemenkes presentations (BCG 20 doses per ampoule, bOPV 20, DPT-HB-Hib 5, IPV 5, PCV 4,
 * MR 10, DT 10, Td 10, HB0 Uniject and HPV single-dose). Reference IP: Kemenkes 2013 (DOMAIN.md
 * "Vaccine stock": HB 1, polio 6, campak/MR 4, BCG 4, DPT-HB-Hib 3.5, IPV/DT/Td/TT 8; thesis
 * II.D.3: "dosis efektif vaksin TT per kemasan: 8"). Acceptable wastage: WHO/V&B/03.18 (DOMAIN.md
 * "Vaccine use"): 50% BCG (reconstituted), 25% measles/MR, 10% OPV; otherwise by vial size.
 */

/** A need line that is not one dose: the Td contacts of bumil (thesis II.D.3). */
export interface ExtraNeedLine {
  /** The key of its annual target (ProgrammeTargets.annual). */
  target: string;
  sasaran: SasaranKind;
  label: string;
}

export interface VaccineRecord {
  key: string;
  /** The code the template's Vaksin sheet uses, and Data Laporan's stok.<code>.* names. */
  code: string;
  label: string;
  /** Spellings a Vaksin row's code or name is recognised by (compared without spaces or dashes). */
  codes: readonly string[];
  /** Kemenkes 2013 reference IP; null when the list has none. */
  referenceIp: number | null;
  /** Doses per vial of the national programme's presentation (the sample's and Dinkes's vial size). */
  dosesPerVial: number;
  /** WHO's acceptable wastage where it is set for the vaccine itself; absent: by vial size. */
  acceptableWastage?: number;
  /** The template's and sample's Vaksin row. */
  sample: { nama: string; satuan: string; ip: number };
  /** Need lines beyond its doses' own (planned on contacts rather than doses). */
  extraNeed?: readonly ExtraNeedLine[];
}

export const VACCINES: readonly VaccineRecord[] = [
  { key: 'hb0', code: 'HB0', label: 'Hepatitis B (HB0)', codes: ['HB0', 'HB', 'HBUNIJECT', 'HEPB', 'HEPB0', 'HEPATITISB', 'HEPATITISBUNIJECT', 'UNIJECT'], referenceIp: 1, dosesPerVial: 1, sample: { nama: 'Hepatitis B Uniject', satuan: 'uniject', ip: 1 } },
  { key: 'bcg', code: 'BCG', label: 'BCG', codes: ['BCG'], referenceIp: 4, dosesPerVial: 20, acceptableWastage: 0.5, sample: { nama: 'BCG', satuan: 'ampul', ip: 4 } },
  { key: 'polio', code: 'POLIO', label: 'Polio tetes (bOPV)', codes: ['POLIO', 'OPV', 'BOPV', 'POLIOTETES', 'POL'], referenceIp: 6, dosesPerVial: 20, acceptableWastage: 0.1, sample: { nama: 'bOPV (polio tetes)', satuan: 'vial', ip: 6 } },
  { key: 'dpt', code: 'DPT-HB-HIB', label: 'DPT-HB-Hib', codes: ['DPTHBHIB', 'DPT', 'DPTHB', 'PENTA', 'PENTAVALEN', 'DPTHBHIBPENTAVALEN'], referenceIp: 3.5, dosesPerVial: 5, sample: { nama: 'DPT-HB-Hib (pentavalen)', satuan: 'vial', ip: 3.5 } },
  // The sample's IPV vials are opened at smaller sessions than the reference assumes: 4 of 5 doses.
  { key: 'ipv', code: 'IPV', label: 'IPV (polio suntik)', codes: ['IPV', 'POLIOSUNTIK'], referenceIp: 8, dosesPerVial: 5, sample: { nama: 'IPV (polio suntik)', satuan: 'vial', ip: 4 } },
  // PCV has no reference value: the sample gives 3 of its 4 doses.
  { key: 'pcv', code: 'PCV', label: 'PCV', codes: ['PCV', 'PNEUMOKOKUS', 'PNEUMOKOKUSKONYUGASI'], referenceIp: null, dosesPerVial: 4, sample: { nama: 'PCV (pneumokokus)', satuan: 'vial', ip: 3 } },
  // Rotavac (program 2023): 0,5 ml (5 tetes) per dose; no Kemenkes 2013 reference IP (the vaccine came later).
  { key: 'rv', code: 'RV', label: 'Rotavirus (RV)', codes: ['RV', 'ROTA', 'ROTAVIRUS', 'ROTAVAC'], referenceIp: null, dosesPerVial: 5, sample: { nama: 'Rotavirus (RV, tetes)', satuan: 'vial', ip: 4 } },
  { key: 'mr', code: 'MR', label: 'MR (campak-rubela)', codes: ['MR', 'CAMPAK', 'CAMPAKRUBELA', 'MEASLESRUBELLA', 'CMPK'], referenceIp: 4, dosesPerVial: 10, acceptableWastage: 0.25, sample: { nama: 'MR (campak-rubela)', satuan: 'vial', ip: 4 } },
  { key: 'dt', code: 'DT', label: 'DT', codes: ['DT'], referenceIp: 8, dosesPerVial: 10, sample: { nama: 'DT', satuan: 'vial', ip: 8 } },
  {
    key: 'td',
    code: 'TD',
    label: 'Td/TT',
    codes: ['TD', 'TT', 'TDTT', 'TTTD', 'TETANUSDIFTERI', 'TETANUSTOKSOID'],
    referenceIp: 8,
    dosesPerVial: 10,
    sample: { nama: 'Td', satuan: 'vial', ip: 8 },
    // Thesis II.D.3: the Td need of bumil is planned on the T1 and T2 contacts.
    extraNeed: [
      { target: 'bumil_t1', sasaran: 'bumil', label: 'Td1 bumil' },
      { target: 'bumil_t2plus', sasaran: 'bumil', label: 'Td2+ bumil' },
    ],
  },
  { key: 'hpv', code: 'HPV', label: 'HPV', codes: ['HPV'], referenceIp: null, dosesPerVial: 1, sample: { nama: 'HPV', satuan: 'vial', ip: 1 } },
];
