import { cellAddress, parseRange } from '../../../sheets/a1';
import { SheetSpec } from '../../../sheets/spec';
import { PartCompressor, PartWriter, WrittenPart } from '../opc/compressAhead';
import { CellLooks } from './cellLooks';
import { CellLink, sheetDataXml, usedRange } from './cellsXml';
import { conditionalFormatsXml } from './conditionalFormatsXml';
import { fitsToPage, printXml } from './printXml';
import { validationsXml } from './validationsXml';
import { argb, MAIN_NS, XML_HEAD, xmlText } from './xmlText';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A column's width when the spec gives it a format but no width (Excel's standard width at Calibri 11). */
const STANDARD_WIDTH = 9.140625;

export interface SheetPart {
  /** The part's bytes, and where it was compressed ahead, its zip entry being made. */
  xml: WrittenPart;
  /** External links of the sheet's cells, by relationship id ('rId1', …), for its relationships part. */
  links: { id: string; url: string }[];
}

export interface SheetStyles {
  /** Look id → cell format index in the styles part the sheet will use. */
  xf: readonly number[];
  /** A conditional format's index among the spec's → differential format index. */
  dxf: readonly number[];
}

/**
 * A worksheet part for a SheetSpec, its children in CT_Worksheet's order. Charts are not here:
 * they are parts of their own, linked afterwards (chart/addCharts). With a compressor, the bytes
 * go to it as they are written.
 */
export function worksheetXml(spec: SheetSpec, looks: CellLooks, styles: SheetStyles, selected: boolean, compressor: PartCompressor | null = null): SheetPart {
  const out = new PartWriter(compressor);
  out.push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  out.push(sheetPrXml(spec));
  out.push(`<dimension ref="${usedRange(spec, looks)}"/>`);
  out.push(sheetViewsXml(spec, selected));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(colsXml(spec, looks, styles.xf));
  const cellLinks = sheetDataXml(spec, looks, styles.xf, out);
  const { printOptions, page, breaks } = printXml(spec);
  const links: { id: string; url: string }[] = [];
  const hyperlinks = cellLinks.map((link) => hyperlinkXml(link, links)).join('');
  const dxf = new Map((spec.conditionalFormats ?? []).map((cf, i) => [cf, styles.dxf[i]]));
  out.push(
    (spec.autoFilter ? `<autoFilter ref="${spec.autoFilter}"/>` : '') +
      mergeCellsXml(spec.merges) +
      conditionalFormatsXml(spec.conditionalFormats, (cf) => dxf.get(cf)!) +
      validationsXml(spec.validations) +
      (hyperlinks ? `<hyperlinks>${hyperlinks}</hyperlinks>` : '') +
      printOptions +
      page +
      breaks +
      '</worksheet>',
  );
  return { xml: out.end(), links };
}

/** Merged areas in spec order; a single cell is no merge (Excel would repair the file). */
function mergeCellsXml(merges: readonly string[] | undefined): string {
  const areas = (merges ?? []).filter((m) => {
    const { top, left, bottom, right } = parseRange(m);
    return bottom > top || right > left;
  });
  return areas.length ? `<mergeCells count="${areas.length}">${areas.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
}

function sheetPrXml(spec: SheetSpec): string {
  const tab = spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : '';
  const fit = fitsToPage(spec) ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViewsXml(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  const rows = spec.freeze?.rows ?? 0;
  const columns = spec.freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  const topLeft = cellAddress(rows + 1, columns + 1);
  return `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

function colsXml(spec: SheetSpec, looks: CellLooks, xf: readonly number[]): string {
  const widths = spec.columnWidths ?? [];
  const count = Math.max(widths.length, looks.columns.length);
  const cols: string[] = [];
  for (let i = 0; i < count; i++) {
    const width = widths[i] !== undefined && widths[i] > 0 ? widths[i] : undefined;
    const look = looks.columns[i] ?? 0;
    if (width === undefined && look === 0) continue;
    const style = look ? ` style="${xf[look]}"` : '';
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${width ?? STANDARD_WIDTH}"${style}${width !== undefined ? ' customWidth="1"' : ''}/>`);
  }
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/** A link to a place in the workbook ('#Sheet!A1') stays in the sheet; any other is an external relationship. */
function hyperlinkXml(link: CellLink, external: { id: string; url: string }[]): string {
  if (link.url.startsWith('#')) return `<hyperlink ref="${link.ref}" location="${xmlText(link.url.slice(1))}"/>`;
  const id = `rId${external.length + 1}`;
  external.push({ id, url: link.url });
  return `<hyperlink ref="${link.ref}" r:id="${id}"/>`;
}
