import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { absolute, chartXml, quoteSheet } from '../../../../src/io/xlsx/chart/chartXml';
import { drawingXml } from '../../../../src/io/xlsx/chart/drawingXml';
import { ChartSpec, SpecCell } from '../../../../src/sheets/spec';

const dir = mkdtempSync(join(tmpdir(), 'chartxml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint against the ECMA-376 schema; throws with the offending element when a part breaks it. */
function validate(xml: string, schema: string): void {
  const path = join(dir, `part-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(path, xml);
  execFileSync('xmllint', ['--noout', '--schema', join('test/fixtures/ooxml-xsd', schema), path], { stdio: 'pipe' });
}

// A kelurahan whose coverage cannot be computed ('-' on the sheet), one not yet reported (null).
const values: SpecCell[][] = [
  ['Kelurahan', 'Cakupan', 'Target'],
  ['Kali & "Cacing"', 0.92, 0.9],
  ["Mangun'sari", '-', 0.9],
  ['Ledok', null, 0.9],
];
const spec = (kind: ChartSpec['kind']): ChartSpec => ({
  kind,
  title: 'Cakupan <DPT> & target',
  categories: 'A2:A4',
  series: [
    { name: 'Cakupan', values: 'B2:B4', color: '#2F75B5' },
    { name: 'Garis target', values: 'C2:C4', color: '#C00000', dashed: true },
  ],
  anchor: { from: 'E2', to: 'K16' },
  yAxisTitle: '% sasaran',
  percent: true,
});

describe('chartXml', () => {
  it.each(['line', 'column', 'bar'] as const)('writes a %s chart the schema accepts, for a sheet name with an apostrophe', (kind) => {
    const xml = chartXml(spec(kind), "Kader's PWS", values);
    validate(xml, 'dml-chart.xsd');
    expect(xml).toContain('<c:f>&apos;Kader&apos;&apos;s PWS&apos;!$B$2:$B$4</c:f>');
    expect(xml).toContain('<a:t>Cakupan &lt;DPT&gt; &amp; target</a:t>');
  });

  it('caches numbers only: a "-" or an empty cell is a gap in the chart, never a zero', () => {
    const xml = chartXml(spec('line'), 'PWS', values);
    const cache = /<c:f>&apos;PWS&apos;!\$B\$2:\$B\$4<\/c:f><c:numCache>(.*?)<\/c:numCache>/.exec(xml)![1];
    expect(cache).toContain('<c:ptCount val="3"/>');
    expect([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [m[1], m[2]])).toEqual([['0', '0.92']]);
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(xml).toContain('<c:v>Kali &amp; &quot;Cacing&quot;</c:v>');
  });

  it('draws the target of a column chart as a dashed line over the columns; a bar chart lists the first category on top', () => {
    const column = chartXml(spec('column'), 'PWS', values);
    expect(column).toMatch(/<c:barChart>.*<c:tx><c:v>Cakupan<\/c:v>.*<\/c:barChart><c:lineChart>.*<c:tx><c:v>Garis target<\/c:v>.*<a:prstDash val="dash"\/>.*<\/c:lineChart>/);
    const bar = chartXml(spec('bar'), 'PWS', values);
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain('<c:orientation val="maxMin"/>');
  });

  it('anchors each frame over the cells of its spec and references the drawing relationship', () => {
    const xml = drawingXml([spec('line'), { ...spec('bar'), anchor: { from: 'A20', to: 'G33' } }], ['rId1', 'rId2']);
    validate(xml, 'dml-spreadsheetDrawing.xsd');
    expect(xml).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(xml).toContain('<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row>');
    expect(xml).toMatch(/r:id="rId1".*r:id="rId2"/);
  });

  it('quotes sheet names and makes ranges absolute as formulas write them', () => {
    expect(quoteSheet("Kader's")).toBe("'Kader''s'");
    expect(absolute('B5:B16')).toBe('$B$5:$B$16');
    expect(absolute('$C$1')).toBe('$C$1');
  });
});
