import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A speaker's judgement of another side's act with no accusing verb (judged-predicates.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event}/${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Miller said the <owner> plan was [not] <predicate> ." with the subject under the predicate, as parsed. */
const judged = (owner: string, ownerCode: string, predicate: string, negated = false, degree?: string, sector?: string) => {
  const n = (negated ? 1 : 0) + (degree ? 1 : 0);
  const rows = [
    'Miller Miller PROPN NNP 2 nsubj', `said say VERB VBD 0 root`, 'the the DET DT 5 det', `${owner} ${owner} PROPN NNP 5 compound`,
    `plan plan NOUN NN ${7 + n} nsubj`, `was be AUX VBD ${7 + n} cop`, ...(negated ? [`not not PART RB ${7 + n} advmod`] : []),
    ...(degree ? [`${degree} ${degree} ADV RB ${7 + n} advmod`] : []),
    `${predicate} ${predicate} ADJ JJ 2 ccomp`, `. . PUNCT . 2 punct`,
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'USA', 'James Miller', 'GOV'), actor([3, 4], ownerCode, owner, sector)] });
};

describe('a judgement told in speech (judged-predicates.ts)', () => {
  it('reads a damning predicate of another side\'s act as the speaker\'s ACCUSE disapprove of its owner', () => {
    expect(summary(judged('Tokyo', 'JPN', 'deficient'))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(codeEvents(judged('Tokyo', 'JPN', 'deficient'), lexicon).events[0].reasons[0].rule).toBe('events/content-judged');
  });

  it('reads a denied adequacy ("is not enough") and an excess ("too rigid") as the same, but not their opposites', () => {
    expect(summary(judged('Japan', 'JPN', 'enough', true))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(summary(judged('Japan', 'JPN', 'enough'))).toEqual([]);
    expect(summary(judged('Japan', 'JPN', 'rigid', false, 'too'))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(summary(judged('Japan', 'JPN', 'rigid'))).toEqual([]);
  });

  it('blames no one for a denied damning word nor for the speaker\'s own side', () => {
    expect(summary(judged('Japan', 'JPN', 'deficient', true))).toEqual([]);
    expect(summary(judged('Washington', 'USA', 'deficient'))).toEqual([]);
    expect(summary(judged('Washington', 'USA', 'deficient', false, undefined, 'GOV'))).toEqual([]);
  });

  it('lets a government judge its own country\'s legislature ("a budget plan drafted by the Senate was deficient")', () => {
    expect(summary(judged('Senate', 'USA', 'deficient', false, undefined, 'LEG'))).toEqual(['ACCUSE/disapprove USA->USA']);
  });

  it('lets a government judge its own country\'s rebels ("the FARC attack was cowardly")', () => {
    expect(summary(judged('FARC', 'USA', 'deficient', false, undefined, 'REB'))).toEqual(['ACCUSE/disapprove USA->USA']);
  });

  it('takes the subject the parser hung on the verb of saying ("said OECD predictions \'are unreliable\'")', () => {
    const doc = parsedDoc([[
      'Lawson Lawson PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'OECD OECD PROPN NNP 4 compound', 'predictions prediction NOUN NNS 2 obj',
      'are be AUX VBP 6 cop', 'unreliable unreliable ADJ JJ 2 ccomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'GBR', 'Nigel Lawson', 'GOV'), actor([2, 3], 'IGOOECD', 'OECD')] });
    expect(summary(doc)).toEqual(['ACCUSE/disapprove GBR->IGOOECD']);
  });

  it('takes a closing speaker the parser hung on the predicate (", EC trade chief de Clercq said")', () => {
    const doc = parsedDoc([[
      'Japan Japan PROPN NNP 3 nmod:poss', "'s 's PART POS 1 case", 'restraint restraint NOUN NN 6 nsubj', 'is be AUX VBZ 6 cop',
      'not not PART RB 6 advmod', 'enough enough ADJ JJ 11 ccomp', ', , PUNCT , 9 punct', 'EC EC PROPN NNP 9 compound',
      'chief chief NOUN NN 6 parataxis', 'Clercq Clercq PROPN NNP 9 appos', 'said say VERB VBD 0 root', '. . PUNCT . 11 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Japan'), actor([7, 10], 'IGOEU', 'Willy de Clercq')] });
    expect(summary(doc)).toEqual(['ACCUSE/disapprove IGOEU->JPN']);
  });

  it('reads a damning participle the parser took for a passive verb ("the Tory scheme is \'deeply flawed\'")', () => {
    const rows = (word: string) => [
      'Kennedy Kennedy PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'Tory Tory PROPN NNP 5 compound',
      'scheme scheme NOUN NN 8 nsubj:pass', 'is be AUX VBZ 8 cop', 'deeply deeply ADV RB 8 advmod', `${word} ${word} VERB VBN 2 ccomp`, '. . PUNCT . 2 punct',
    ].join('\n');
    const actors = [actor([0, 1], 'GBR', 'Charles Kennedy', 'OPP'), actor([3, 4], 'GBR', 'Conservative Party', 'PTY')];
    expect(summary(parsedDoc([rows('flawed')], { actors }))).toEqual(['ACCUSE/disapprove GBR->GBR']);
    // A participle that is no verdict stays the lexicon's ("funded": COOPERATE), with no criticism.
    expect(summary(parsedDoc([rows('funded')], { actors })).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});
