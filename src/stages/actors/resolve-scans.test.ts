import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { languagePack } from '../../lang/pack.js';
import { tokenize } from '../tokens/tokenize.js';
import { loadKb, type ActorKb } from './kb.js';
import { resolveMentions } from './resolve.js';
import { wordsOf } from './words.js';

/** The real tokens and words of one sentence after another, and the resolver's mentions of them with `kb` and `keys` as given. */
function resolveSentences(sentenceTexts: readonly string[], wrap: { kb?: (kb: ActorKb) => ActorKb; keys?: (keys: string[]) => string[] }): { text: string; mentions: string[] } {
  const text = sentenceTexts.join(' ');
  let start = 0;
  const sentences: Span[] = sentenceTexts.map((s) => {
    const span = { start, end: start + s.length };
    start += s.length + 1;
    return span;
  });
  const tokens = tokenize(text, sentences);
  const words = wordsOf(text, tokens);
  const keys = wrap.keys ? wrap.keys(words.keys as string[]) : words.keys;
  const kb = wrap.kb ? wrap.kb(loadKb()) : loadKb();
  const mentions = resolveMentions(kb, { words: { ...words, keys }, spans: tokens, day: '2020-06-01', pack: languagePack() });
  return { text, mentions: mentions.map((m) => `${text.slice(m.start, m.end)}=${m.actorId}`) };
}

// #13 (session 50, sp-actors2): questions the resolver asked again at each mention, quadratic in the article.
describe('#13: the resolver asks the article once, not again at every mention', () => {
  it('looks for a bare surname\'s given names through an index of the keys, not a scan of every token before it', () => {
    // "Juan Gonzalez" is no Felipe Gonzalez (Spain's listed holder, out of office in 2020): every later bare
    // "Gonzalez" asks for the given names spelled before it, and resolves to no one.
    const bare = 20;
    let reads = 0;
    const counted = (keys: string[]) => new Proxy(keys, { get: (target, key, receiver) => {
      if (key === '1') reads++;
      return Reflect.get(target, key, receiver);
    } });
    const run = resolveSentences(['Yesterday, Juan Gonzalez arrived in Madrid.', ...Array.from({ length: bare }, () => 'Gonzalez said the talks would go on.')], { keys: counted });
    expect(run.mentions).toEqual([]);
    // The scan read the key of token 1 (",") once per bare surname (28 reads in all); the index reads it once.
    expect(reads).toBeLessThan(bare);
  });

  it('asks the knowledge base about "<earlier name> <Word>" once per earlier mention and word, not at every "the <Word>"', () => {
    const again = 10;
    let probes = 0;
    const counted = (kb: ActorKb): ActorKb => ({ ...kb, named: (key) => {
      if (key.endsWith(' president')) probes++;
      return kb.named(key);
    } });
    const run = resolveSentences(['The Philippine Senate voted on Monday.', ...Array.from({ length: again }, () => 'The President said the talks would go on.')], { kb: counted });
    expect(run.mentions[0]).toBe('The Philippine Senate=PHL-LEG');
    // Two keys for the Senate ("philippine senate president", "senate president"), at each "The President" before (20).
    expect(probes).toBeLessThanOrEqual(2);
  });
});
