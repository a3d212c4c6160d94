import { describe, expect, it } from 'vitest';
import { loadPosModel, tagSentence } from './pos-model.js';
import type { PosTag } from './types.js';

describe('tagSentence', () => {
  it('pushes the tags onto the layer given, after those already there, as one array per sentence was', () => {
    const model = loadPosModel();
    const first = 'Iran said it .'.split(' ');
    const second = 'Talks resumed .'.split(' ');
    const out: PosTag[] = [];
    expect(tagSentence(model, first, out)).toBe(out);
    tagSentence(model, second, out);
    expect(out).toEqual([...tagSentence(model, first), ...tagSentence(model, second)]);
  });
});
