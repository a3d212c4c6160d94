import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { sharedTokenTexts } from './token-texts.js';

describe('sharedTokenTexts', () => {
  const doc = makeDoc({
    text: 'Putin’s aide left. Bye.',
    layers: {
      tokens: [
        { start: 0, end: 5, sent: 0 },
        { start: 5, end: 7, sent: 0 },
        { start: 8, end: 12, sent: 0 },
        { start: 13, end: 17, sent: 0 },
        { start: 17, end: 18, sent: 0 },
        { start: 19, end: 22, sent: 1 },
        { start: 22, end: 23, sent: 1 },
      ],
    },
  });

  it('gives every other token its raw text, across sentences', () => {
    const texts = sharedTokenTexts(doc);
    expect(texts.map((t, i) => t ?? doc.text.slice(doc.layers.tokens[i].start, doc.layers.tokens[i].end))).toEqual(['Putin', '’s', 'aide', 'left', '.', 'Bye', '.']);
  });

  it("leaves a token whose model word differs from its text (a typographic apostrophe) to be sliced", () => {
    expect(sharedTokenTexts(doc)[1]).toBeUndefined();
  });
});
