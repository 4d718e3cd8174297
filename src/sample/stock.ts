import { IsoDate, monthOf, yearOf } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { STOK_SHEET } from '../domain/schema/registers';
import { SampleContext, toRow } from './context';
import { SAMPLE_VACCINES } from './vaccines';

/**
 * Monthly stock per vaccine that balances (stok akhir = awal + diterima − dipakai − rusak)
 * and fits the doses the registers record: vials opened = doses ÷ (doses per vial × a use
 * rate between 50% and 90%), so IP and wastage look like a real puskesmas's.
 */
export function sampleStock(ctx: SampleContext, doseDates: readonly { key: string; date: IsoDate }[]): Cell[][] {
  const { rnd, year } = ctx;
  const lastMonth = yearOf(ctx.end) > year ? 12 : monthOf(ctx.end);
  const rows: Cell[][] = [];
  for (const vaccine of SAMPLE_VACCINES) {
    const perMonth = new Array<number>(13).fill(0);
    const serves = new Set(vaccine.doses);
    for (const { key, date } of doseDates) if (serves.has(key) && yearOf(date) === year) perMonth[monthOf(date)]++;
    let stock = rnd.int(5, 20);
    for (let month = 1; month <= lastMonth; month++) {
      const doses = perMonth[month];
      const minimum = Math.ceil(doses / vaccine.dosis);
      const dipakai = vaccine.dosis === 1 ? doses : Math.max(minimum, Math.ceil(doses / (vaccine.dosis * (0.5 + rnd.next() * 0.4))));
      const rusak = rnd.chance(0.04) ? 1 : 0;
      const diterima = stock < dipakai + rusak + 5 ? Math.ceil((dipakai + rusak + 10) / 5) * 5 : 0;
      const akhir = stock + diterima - dipakai - rusak;
      rows.push(toRow(STOK_SHEET.columns, { tahun: year, bulan: month, kodeVaksin: vaccine.kode, stokAwal: stock, diterima, dipakai, rusak, stokAkhir: akhir }));
      stock = akhir;
    }
  }
  return rows;
}
