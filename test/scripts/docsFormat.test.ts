import { readFileSync } from 'node:fs';
import { FORMAT_DOC, updatedDoc } from '../../scripts/docsFormat';
import { SHEETS } from '../../src/domain/schema/registers';

describe('docs/format.md', () => {
  it('holds the tables the schema generates today (run `npm run docs:format` after changing it)', () => {
    const doc = readFileSync(FORMAT_DOC, 'utf8');
    expect(updatedDoc(doc)).toBe(doc);
    for (const sheet of SHEETS) expect(doc).toContain(`### ${sheet.name}`);
  });
});
