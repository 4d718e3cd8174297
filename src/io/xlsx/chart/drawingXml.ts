import { parseRange } from '../../../sheets/a1';
import { ChartSpec } from '../../../sheets/spec';
import { escapeXml } from '../opc/xml';
import { CHART_NS } from './chartXml';

const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A sheet's drawing part (ECMA-376 Part 1, §20.5): one frame per chart, spanning the cells of
 * the spec's anchor (both corners inside the chart, as Office.js's setPosition places it).
 * `relIds[i]` is the drawing's relationship to the i-th chart part.
 */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const frames = charts.map((chart, i) => {
    const { top, left, bottom, right } = parseRange(`${chart.anchor.from}:${chart.anchor.to}`);
    // Markers count from 0 and point at a cell's top-left corner: the frame ends where the cell after `to` begins.
    const marker = (tag: string, row: number, col: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', top - 1, left - 1) +
      marker('to', bottom, right) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Grafik ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${frames.join('')}</xdr:wsDr>`;
}
