import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// opening-participle.ts: "Speaking after talks with Kohl, Chirac said …": the opening participle's subject is the
// main clause's, who held the talks with the partner the participle's phrase names.
const lexicon = loadLexicon();
const kohl: ActorSpec = { sent: 1, tokens: [4, 5], id: 'kohl', name: 'Helmut Kohl', code: 'DEU', sector: 'GOV' };
const chirac: ActorSpec = { sent: 1, tokens: [6, 7], id: 'chirac', name: 'Jacques Chirac', code: 'FRA', sector: 'GOV' };
/** A first sentence, so the participle opens the second, not the document. */
const before = `
  Trade trade NOUN NN 2 nsubj
  slowed slow VERB VBD 0 root
  . . PUNCT . 2 punct`;

/** "<Speaking> <marker> talks with Kohl , Chirac said .", the participle hung on "said" by `rel`. */
const sentence = (marker: string, rel = 'advcl', subject = chirac) => parsedDoc([before, `
  Speaking speak VERB VBG 8 ${rel}
  ${marker} ${marker} ADP IN 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 5 case
  Kohl Kohl PROPN NNP 3 nmod
  , , PUNCT , 1 punct
  Chirac Chirac PROPN NNP 8 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 8 punct`], { actors: [kohl, subject] });

const consults = (doc: ReturnType<typeof sentence>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT');

describe('talks named by an opening participle', () => {
  it.each(['advcl', 'csubj'])('codes "Speaking after talks with Kohl, Chirac said" as the main subject\'s talks (%s)', (rel) => {
    const [talks, ...rest] = consults(sentence('after', rel));
    expect(rest).toEqual([]);
    // Talks are reciprocal: both sides are actors.
    expect([...(talks?.actors ?? []), ...(talks?.recipients ?? [])].map((a) => a.code).sort()).toEqual(['DEU', 'FRA']);
    expect(talks?.reasons.some((r) => r.rule === 'events/set-off-gerund')).toBe(true);
  });

  it('leaves talks still to come a topic ("Speaking before talks with Kohl")', () => {
    expect(consults(sentence('before'))).toEqual([]);
  });

  it('codes nothing when the main subject is read as the partner ("after talks with Kohl, he said")', () => {
    expect(consults(sentence('after', 'advcl', { ...chirac, id: 'kohl', name: 'Helmut Kohl', code: 'DEU' }))).toEqual([]);
  });
});
