import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (sent: number, tokens: [number, number], code: string, sector = 'GOV'): ActorSpec => ({ sent, tokens, id: `${code}${sent}${tokens[0]}`, name: code, code, sector });
const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);
const isOwned = (e: { reasons: readonly { rule: string }[] }) => e.reasons.some((r) => r.rule === 'events/owned-target');

/** "<Owner> 's platforms burned . U.S. warships shelled the <noun> ." (the owner named with the noun a sentence before) */
const shelledLater = (owner: string, code: string, noun: string, lemma: string, xpos = 'NN') => parsedDoc([`
  ${owner} ${owner} PROPN NNP 3 nmod:poss
  's 's PART POS 1 case
  platforms platform NOUN NNS 4 nsubj
  burned burn VERB VBD 0 root
  . . PUNCT . 4 punct`, `
  U.S. U.S. PROPN NNP 2 compound
  warships warship NOUN NNS 3 nsubj
  shelled shell VERB VBD 0 root
  the the DET DT 5 det
  ${noun} ${lemma} NOUN ${xpos} 3 obj
  . . PUNCT . 3 punct`], { actors: [actor(0, [0, 1], code), actor(1, [0, 2], 'USA', 'MIL')] });

/** "Iranian platforms burned when U.S. warships bombarded them ." (the pronoun's antecedent says whose) */
const bombardedThem = () => parsedDoc([`
  Iranian Iranian ADJ JJ 2 amod
  platforms platform NOUN NNS 3 nsubj
  burned burn VERB VBD 0 root
  when when SCONJ WRB 7 mark
  U.S. U.S. PROPN NNP 6 compound
  warships warship NOUN NNS 7 nsubj
  bombarded bombard VERB VBD 3 advcl
  them they PRON PRP 7 obj
  . . PUNCT . 3 punct`], { actors: [actor(0, [4, 6], 'USA', 'MIL')] });

/** "Iran 's platforms burned . U.S. warships shelled platforms ." (a bare plural: platforms of the kind) */
const shelledBare = () => parsedDoc([`
  Iran Iran PROPN NNP 3 nmod:poss
  's 's PART POS 1 case
  platforms platform NOUN NNS 4 nsubj
  burned burn VERB VBD 0 root
  . . PUNCT . 4 punct`, `
  U.S. U.S. PROPN NNP 2 compound
  warships warship NOUN NNS 3 nsubj
  shelled shell VERB VBD 0 root
  platforms platform NOUN NNS 3 obj
  . . PUNCT . 3 punct`], { actors: [actor(0, [0, 1], 'IRN'), actor(1, [0, 2], 'USA', 'MIL')] });

/** "Iranian soldiers marched . U.S. troops shot the soldiers ." (people: two mentions are often two sides) */
const shotSoldiers = () => parsedDoc([`
  Iranian Iranian ADJ JJ 2 amod
  soldiers soldier NOUN NNS 3 nsubj
  marched march VERB VBD 0 root
  . . PUNCT . 3 punct`, `
  U.S. U.S. PROPN NNP 2 compound
  troops troop NOUN NNS 3 nsubj
  shot shoot VERB VBD 0 root
  the the DET DT 5 det
  soldiers soldier NOUN NNS 3 obj
  . . PUNCT . 3 punct`], { actors: [actor(1, [0, 2], 'USA', 'MIL')] });

describe('codeEvents, the owner of a thing attacked named elsewhere in the article', () => {
  it.each([
    ['the same noun a sentence before, with its possessor', () => shelledLater('Iran', 'IRN', 'platform', 'platform')],
    ['the antecedent of "them", with its nationality adjective', bombardedThem],
  ])('makes the owner the recipient: %s', (_shape, doc) => {
    const event = codeEvents(doc(), lexicon).events.find((e) => e.event === 'ASSAULT');
    expect(codes(event?.actors ?? [])).toEqual(['USA']);
    expect(codes(event?.recipients ?? [])).toEqual(['IRN']);
    expect(event && isOwned(event)).toBe(true);
  });

  it.each([
    ['the attacker\'s own things', () => shelledLater('America', 'USA', 'platform', 'platform')],
    ['another noun', () => shelledLater('Iran', 'IRN', 'ship', 'ship')],
    ['people', shotSoldiers],
    ['a bare noun (things of the kind)', shelledBare],
  ])('names no owner for %s', (_shape, doc) => {
    const events = codeEvents(doc(), lexicon).events.filter((e) => e.event === 'ASSAULT');
    expect(events.length).toBeGreaterThan(0);
    expect(events.some(isOwned)).toBe(false);
    expect(events.flatMap((e) => codes(e.recipients))).toEqual([]);
  });
});
