import { SheetSpec } from '../../../sheets/spec';
import { compressedNow, PartCompressor } from '../opc/compressAhead';
import { OpcPackage, REL_NS } from '../opc/opcPackage';
import { WorkbookPackage } from '../opc/workbookPackage';
import { attributes, firstElement, setAttribute, splice } from '../opc/xml';
import { chartXml } from './chartXml';
import { drawingXml } from './drawingXml';

export const CHART_REL = {
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
} as const;
export const CHART_CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** CT_Worksheet's children after <drawing>, in schema order: the drawing goes before the first present. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * Adds the native charts of `specs` to a package written from the same specs (the sheets'
 * cells are written first, sheetml/): per sheet with charts a drawing part, one chart part per
 * chart, their relationships and content types, and the sheet's <drawing> element. With a
 * compressor, each chart, drawing and sheet goes to it as soon as its text is final.
 */
export async function addCharts(pkg: OpcPackage, specs: readonly SheetSpec[], compressor: PartCompressor | null = null): Promise<number> {
  const write = (part: string, text: string) => {
    const written = compressedNow(text, compressor);
    pkg.write(part, written.data, written.compressed);
  };
  const withCharts = specs.filter((s) => s.charts?.length);
  if (withCharts.length === 0) return 0;
  const book = await WorkbookPackage.open(pkg);
  if (!book) throw new Error('Written workbook is not a spreadsheet package');
  const sheets = await book.sheets();
  let added = 0;
  for (const spec of withCharts) {
    const sheet = sheets.find((s) => s.name === spec.name);
    if (!sheet?.part) throw new Error(`Written workbook lacks sheet ${spec.name}`);
    const drawing = freePart(pkg, 'xl/drawings/drawing', '.xml');
    pkg.write(drawing, '');
    const relIds: string[] = [];
    for (const chart of spec.charts ?? []) {
      const part = freePart(pkg, 'xl/charts/chart', '.xml');
      write(part, chartXml(chart, spec.name, spec.values));
      await pkg.declareContentType(part, CHART_CONTENT_TYPE.chart);
      relIds.push(await pkg.addRelationship(drawing, CHART_REL.chart, part));
      added++;
    }
    write(drawing, drawingXml(spec.charts ?? [], relIds));
    await pkg.declareContentType(drawing, CHART_CONTENT_TYPE.drawing);
    const id = await pkg.addRelationship(sheet.part, CHART_REL.drawing, drawing);
    write(sheet.part, withDrawing(await pkg.text(sheet.part), id));
  }
  return added;
}

/** The worksheet with `<drawing r:id="…"/>` where the schema puts it. */
export function withDrawing(xml: string, relId: string): string {
  const root = firstElement(xml, 'worksheet');
  if (!root) throw new Error('Not a worksheet part');
  let prefix = Object.entries(attributes(root.startTag)).find(([k, v]) => k.startsWith('xmlns:') && v === REL_NS)?.[0].slice('xmlns:'.length);
  if (!prefix) {
    prefix = 'r';
    xml = splice(xml, root.start, root.start + root.startTag.length, setAttribute(root.startTag, 'xmlns:r', REL_NS));
  }
  const own = /^<([\w.-]+:)?worksheet/.exec(xml.slice(root.start))?.[1] ?? '';
  const element = `<${own}drawing ${prefix}:id="${relId}"/>`;
  // Each of them follows <sheetData>, the bulk of the part (and where a row's own extLst is not one of them): looked for after it.
  const dataEnd = Math.max(0, xml.indexOf(`</${own}sheetData>`));
  for (const later of AFTER_DRAWING) {
    const next = firstElement(xml, later, dataEnd);
    if (next) return splice(xml, next.start, next.start, element);
  }
  const close = new RegExp(`</${own}worksheet>\\s*$`).exec(xml);
  if (!close) throw new Error('Worksheet part has no closing tag');
  return splice(xml, close.index, close.index, element);
}

function freePart(pkg: OpcPackage, stem: string, ext: string): string {
  let n = 1;
  while (pkg.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}
