import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { accusedPhraseMarkers, loadRuleWords, parseRuleWords, requestContent, ruleWords, transparentVerbs } from './rule-words.js';

describe('rule words (data/rule-words.tsv)', () => {
  it('reads each class with its values, skipping comments and blank lines', () => {
    const words = parseRuleWords('# comment\n\ntransparent\tfail\tnegated\nreadiness\tready\n', 'test.tsv');
    expect(words.get('transparent')?.get('fail')).toBe('negated');
    expect([...words.get('readiness')!.keys()]).toEqual(['ready']);
    expect(words.get('habitual')?.size).toBe(0);
  });

  it('refuses an unknown class, a missing word and a value the class does not take (E170)', () => {
    for (const bad of ['readines\tready', 'readiness', 'transparent\tfail\tsometimes', 'accused-phrase\tfinger\tover', 'accused-phrase\tfinger', 'transparent\tfail', 'readiness\tready\tsame', 'request-content\ttalks\tmeet\nrequest-content\ttalks\tyield']) {
      expect(() => parseRuleWords(bad, 'test.tsv')).toThrow(DyadError);
    }
    expect(() => parseRuleWords('x\ty', 'test.tsv')).toThrow(/E170: Data file test.tsv: line 1: unknown class "x"/);
  });

  it('ships every class the core rules read', () => {
    const shipped = loadRuleWords();
    for (const [cls, words] of shipped) expect(words.size, cls).toBeGreaterThan(0);
    expect(transparentVerbs().get('expect')).toBe('future');
    expect(ruleWords('progressive').has("'s")).toBe(true);
    expect(requestContent().get('ceasefire')).toBe('yield');
    expect(accusedPhraseMarkers().get('finger')).toBe('at');
  });
});
