import { readFileSync } from 'node:fs';
import { FORMAT_DOC } from '../../scripts/docsFormat';
import { withIndicatorSection } from '../../scripts/docsIndicators';
import { INDICATORS } from '../../src/domain/dataLaporan/indicators';

describe('docs/format.md, Data Laporan section', () => {
  it('is what the indicator catalogue generates today (run `npm run docs:format` after changing it) and names every indicator', () => {
    const doc = readFileSync(FORMAT_DOC, 'utf8');
    expect(withIndicatorSection(doc)).toBe(doc);
    for (const i of INDICATORS) expect(doc).toContain(`| \`${i.name}\` |`);
    expect(doc).toContain('`stok.<KODE>.dosis`');
  });
});
