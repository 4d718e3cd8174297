import { DistrictQuality } from '../../domain/quality/types';
import { formatMonthId } from '../../domain/dates/formatId';
import { DistrictResult } from '../../domain/merge/types';
import { SheetSpec } from '../spec';
import { districtIdentity } from './districtIdentity';
import { qualityTableSheet } from './qualityTable';

export const DISTRICT_QUALITY_SHEET = 'Kualitas Data Kabupaten';

/** Kualitas Data of every merged puskesmas's report, kind by kind (DOMAIN.md "Data quality"). */
export function districtQualitySheet(quality: DistrictQuality, result: DistrictResult, generatedAt: string): SheetSpec {
  return qualityTableSheet({
    name: DISTRICT_QUALITY_SHEET,
    title: 'KUALITAS DATA LAPORAN PUSKESMAS',
    puskesmas: null,
    identity: districtIdentity(result),
    meta: { generatedAt, period: formatMonthId(result.tahun, result.bulan), sources: 'Data Laporan puskesmas yang digabung' },
    quality,
    notes: [
      ...quality.notes,
      'Temuan bukan berarti angkanya pasti salah: kirimkan barisnya ke puskesmas untuk diperiksa di register, lalu minta laporan dibuat ulang bila ada yang diperbaiki.',
      'Dasar: WHO Data Quality Review (konsistensi internal, pencilan, konsistensi antar tahun ±33%); batas wastage WHO (WHO/V&B/03.18) dengan ukuran kemasan baku program: 5% kemasan 1–2 dosis, 10% polio tetes dan kemasan 3–9 dosis, 15% cair ≥10 dosis, 25% MR, 50% BCG.',
    ],
  });
}
