import { QualityReport } from '../../domain/quality/types';
import { SheetSpec } from '../spec';
import { LayoutContext, meta } from '../reports/context';
import { qualityTableSheet } from './qualityTable';

export const QUALITY_SHEET = 'Kualitas Data';

/** Kualitas Data of the monthly report (DOMAIN.md "Data quality"). */
export function monthlyQualitySheet(quality: QualityReport, ctx: LayoutContext): SheetSpec {
  return qualityTableSheet({
    name: QUALITY_SHEET,
    title: 'KUALITAS DATA LAPORAN IMUNISASI',
    puskesmas: ctx.puskesmas,
    meta: meta(ctx, 'Register Bayi, Imunisasi Luar, Kelurahan, Vaksin, Stok Vaksin'),
    quality,
    notes: [
      ...(quality.notes ?? []),
      'Temuan bukan berarti angkanya pasti salah: setiap baris menyebut yang perlu diperiksa. Perbaiki register bila salah, lalu buat ulang laporan.',
      'Dasar: WHO Data Quality Review (konsistensi internal, pencilan, pembanding sasaran, konsistensi antar tahun ±33%); batas wastage WHO (WHO/V&B/03.18): 5% kemasan 1–2 dosis, 10% polio tetes dan kemasan 3–9 dosis, 15% cair ≥10 dosis, 25% MR, 50% BCG.',
    ],
  });
}
