import { readFileSync } from 'node:fs';
import { RULES_DOC, updatedDoc } from '../../scripts/docsRules';
import { aturanTemplateRows } from '../../src/domain/rules/aturan/catalog';

describe('docs/rules.md', () => {
  it('holds the Aturan table the catalog generates today (run `npm run docs:rules` after changing it)', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    expect(updatedDoc(doc)).toBe(doc);
    for (const r of aturanTemplateRows()) expect(doc).toContain(`| ${r.aturan} |`);
  });
});
