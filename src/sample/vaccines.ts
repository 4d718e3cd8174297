import { VACCINES } from '../domain/programme/vaccines';
import { VACCINE_GROUPS } from '../domain/reports/vaccines';

/**
 * The sample's vaccine list (src/domain/programme/vaccines.ts): doses per vial, the indeks
 * pemakaian the sample's sessions reach (doses given per vial opened; the Kemenkes reference,
 * capped by the vial), and the register doses each one serves. `td` is every Td/TT dose of a
 * woman (WUS, caten, bumil).
 */
export const SAMPLE_VACCINES: readonly { kode: string; nama: string; satuan: string; dosis: number; ip: number; doses: readonly string[] }[] = VACCINES.map((v, i) => {
  const serves = VACCINE_GROUPS[i].serves;
  return {
    kode: v.code,
    nama: v.sample.nama,
    satuan: v.sample.satuan,
    dosis: v.dosesPerVial,
    ip: v.sample.ip,
    doses: [...(serves.bayi ?? []), ...(serves.bias ?? []), ...(serves.wus || serves.caten || serves.bumil ? ['td'] : [])],
  };
});
