import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const putin: ActorSpec = { sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' };
const macron: ActorSpec = { sent: 0, tokens: [5, 6], id: 'macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' };
const belarus: ActorSpec = { sent: 0, tokens: [7, 8], id: 'belarus', name: 'Belarus', code: 'BLR' };

/** "Putin answered the concerns <verb> by Macron about <topic> ." as the parser hangs it. */
const answered = (verb: string, lemma: string, topic: string, determiner = 'the') => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  answered answer VERB VBD 0 root
  ${determiner} ${determiner} DET DT 4 det
  concerns concern NOUN NNS 2 obj
  ${verb} ${lemma} VERB VBN 4 acl
  by by ADP IN 7 case
  Macron Macron PROPN NNP 5 obl
  about about ADP IN 9 case
  ${topic} ${topic} PROPN NNP 4 nmod
  . . PUNCT . 2 punct`], { actors: [putin, { ...macron, tokens: [6, 7] }, ...(topic === 'Belarus' ? [{ ...belarus, tokens: [8, 9] as const }] : [])] });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('a concern voiced by a named side (voiced-concern.ts)', () => {
  it('is the holder\'s ACCUSE of the actor the concern is about', () => {
    expect(summary(answered('expressed', 'express', 'Belarus'))).toEqual(['ACCUSE FRA->BLR']);
    expect(codeEvents(answered('voiced', 'voice', 'Belarus'), lexicon).events[0]?.reasons[0].rule).toBe('events/cameo');
  });

  it('names no target when the concern is about a topic and no meeting gives the other party', () => {
    expect(summary(answered('expressed', 'express', 'Donbass'))).toEqual(['ACCUSE FRA->']);
  });

  it('codes nothing for a participle that voices nothing, or for "no concerns"', () => {
    // (Putin's own "answered the concerns about Belarus" is speech-content.ts's reading, not this one.)
    // A negated event is coded as none voiced: the reduced relative's "no concerns" since session 53 (flags.ts).
    const held = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => !e.negated && e.actors.some((a) => a.code === 'FRA'));
    expect(held(answered('addressed', 'address', 'Belarus'))).toEqual([]);
    expect(held(answered('expressed', 'express', 'Belarus', 'no'))).toEqual([]);
  });
});
