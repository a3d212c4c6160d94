import { describe, expect, it } from 'vitest';
import { keptTemplatePositions } from '../scripts/syntax/train-parser.js';
import { PARSE_TEMPLATES, templatePosition } from '../src/stages/deps/parse-features.js';

describe('keptTemplatePositions (train:syntax --drop-templates)', () => {
  it('keeps every position of parseFeatures when nothing is dropped, so a default training is unchanged', () => {
    expect([...keptTemplatePositions([])]).toEqual([...PARSE_TEMPLATES.keys()]);
  });

  it('leaves out the positions of the dropped templates, and only those', () => {
    const kept = [...keptTemplatePositions([30, 56])];
    expect(kept).toHaveLength(PARSE_TEMPLATES.length - 2);
    expect(kept).not.toContain(templatePosition(30));
    expect(kept).not.toContain(templatePosition(56));
    expect(kept).toContain(templatePosition(31));
  });

  it('refuses a template the parser does not compute (a retired or unknown id)', () => {
    expect(() => keptTemplatePositions([12])).toThrow(/template 12/);
    expect(() => keptTemplatePositions([999])).toThrow(/template 999/);
  });
});
