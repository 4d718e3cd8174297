import { formatDateLongId } from '../../domain/dates/formatId';
import { IsoDate } from '../../domain/dates/isoDate';
import { Puskesmas } from '../../domain/registers/types';
import { RangeStyle, SpecCell } from '../spec';

/** Points of an A4 portrait page between the 0.6-inch top and bottom margins, less a reserve. */
export const PAGE_POINTS = 720;
/** Excel's default row height (Calibri 11). */
const ROW_POINTS = 15;

/**
 * Printable blocks stacked down a sheet (cards, certificates): rows are appended, and merges
 * and styles are recorded at the rows they land on. Width: columns A–E. A block that would
 * not fit on the rest of the printed page starts a new page (`rowBreaks`), so that no card is
 * cut in two.
 */
export class BlockSheet {
  readonly values: SpecCell[][] = [];
  readonly merges: string[] = [];
  readonly styles: RangeStyle[] = [];
  /** A new printed page starts after each of these rows. */
  readonly rowBreaks: number[] = [];
  /** Rows taller than the default: titles in a larger font. */
  private readonly tall = new Map<number, number>();
  /** Points of the current printed page already filled (at first, the rows given). */
  private pageUsed: number;
  private blockStart = 0;

  constructor(first: readonly SpecCell[][], firstStyles: readonly RangeStyle[]) {
    this.values.push(...first.map((r) => [...r]));
    this.styles.push(...firstStyles);
    this.pageUsed = this.values.length * ROW_POINTS;
  }

  /** Starts a block that is kept on one printed page. */
  begin(): void {
    this.blockStart = this.values.length + 1;
  }

  /** Ends the block begun last: on this page if it fits, else from the top of the next one. */
  end(): void {
    const height = this.height(this.blockStart, this.values.length);
    if (this.pageUsed > 0 && this.pageUsed + height > PAGE_POINTS) {
      this.rowBreaks.push(this.blockStart - 1);
      this.pageUsed = height;
    } else this.pageUsed += height;
  }

  private height(from: number, to: number): number {
    let points = 0;
    for (let r = from; r <= to; r++) points += this.tall.get(r) ?? ROW_POINTS;
    return points;
  }

  /** Appends a row and returns its 1-based row number. */
  row(cells: SpecCell[]): number {
    this.values.push(cells);
    return this.values.length;
  }

  /** A title across A:E. */
  title(text: string, style: RangeStyle['style']): number {
    const r = this.row([text]);
    // A row is about 1.4 times its font size tall.
    if (style.fontSize && style.fontSize > 11) this.tall.set(r, Math.ceil(style.fontSize * 1.4));
    this.merges.push(`A${r}:E${r}`);
    this.styles.push({ range: `A${r}:E${r}`, style: { horizontal: 'center', ...style } });
    return r;
  }

  /** "Label | value" with the value across B:E. */
  field(label: string, value: SpecCell): number {
    const r = this.row([label, value]);
    this.merges.push(`B${r}:E${r}`);
    return r;
  }

  style(range: string, style: RangeStyle['style']): void {
    this.styles.push({ range, style });
  }

  /** Place, date and the Kepala Puskesmas's name and NIP, right-aligned in D:E. */
  signature(puskesmas: Puskesmas | null, date: IsoDate): void {
    const place = puskesmas?.kabupaten.replace(/^(Kota|Kabupaten|Kab\.?)\s+/i, '') || '…';
    const top = this.row([null, null, null, `${place}, ${formatDateLongId(date)}`]);
    this.row([null, null, null, 'Kepala Puskesmas']);
    this.row([]);
    this.row([]);
    this.row([null, null, null, puskesmas?.kepala || '(……………………)']);
    const bottom = this.row([null, null, null, puskesmas?.nipKepala ? `NIP ${puskesmas.nipKepala}` : 'NIP']);
    this.style(`D${top}:D${bottom}`, { horizontal: 'left' });
    this.style(`D${bottom - 1}`, { bold: true });
  }

  gap(lines = 2): void {
    for (let i = 0; i < lines; i++) this.row([]);
  }
}
