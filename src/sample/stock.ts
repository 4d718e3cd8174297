import { IsoDate, monthOf, yearOf } from '../domain/dates/isoDate';
import { Cell } from '../domain/raw';
import { STOK_SHEET } from '../domain/schema/registers';
import { SampleContext, toRow } from './context';
import { SAMPLE_VACCINES } from './vaccines';

/**
 * Monthly stock per vaccine that balances (stok akhir = awal + diterima − dipakai − rusak)
 * and fits the doses the registers record in the year: vials opened = doses ÷ an IP near the
 * vaccine's reference value (see SAMPLE_VACCINES), never more doses than the vials hold.
 * Doses counted in Imunisasi Luar came from the other facilities' stock and are not here.
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
      // A single-dose vial is one dose; an opened multi-dose vial wastes some, more or less.
      const ip = vaccine.dosis === 1 ? 1 : Math.min(vaccine.dosis, vaccine.ip * (0.8 + rnd.next() * 0.35));
      const dipakai = Math.ceil(doses / ip);
      const rusak = rnd.chance(0.04) ? 1 : 0;
      const diterima = stock < dipakai + rusak + 5 ? Math.ceil((dipakai + rusak + 10) / 5) * 5 : 0;
      const akhir = stock + diterima - dipakai - rusak;
      rows.push(toRow(STOK_SHEET.columns, { tahun: year, bulan: month, kodeVaksin: vaccine.kode, stokAwal: stock, diterima, dipakai, rusak, stokAkhir: akhir }));
      stock = akhir;
    }
  }
  return rows;
}
