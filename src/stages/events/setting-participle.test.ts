import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** The parser's own rows (`dyad parse`) for "Speaking to reporters after talks with Chancellor Helmut Kohl, Finance Minister Dilson Funaro said he expected no payment." */
const speakingAfter = () => parsedDoc([`
  Speaking speak VERB VBG 15 csubj
  to to ADP IN 3 case
  reporters reporter NOUN NNS 1 obl
  after after ADP IN 5 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 8 case
  Chancellor Chancellor PROPN NNP 8 compound
  Helmut Helmut PROPN NNP 5 nmod
  Kohl Kohl PROPN NNP 8 flat
  , , PUNCT , 12 punct
  Finance Finance ADJ NNP 12 amod
  Minister Minister PROPN NNP 13 nmod:desc
  Dilson Dilson PROPN NNP 15 nsubj
  Funaro Funaro PROPN NNP 13 flat
  said say VERB VBD 0 root
  he he PRON PRP 17 nsubj
  expected expect VERB VBD 15 ccomp
  no no DET DT 19 det
  payment payment NOUN NN 17 obj
  . . PUNCT . 15 punct`], { actors: [actor([6, 9], 'DEU'), actor([10, 14], 'BRA')] });

/** The parser's own rows for "Speaking about talks with Chancellor Helmut Kohl, Finance Minister Dilson Funaro said he expected no payment." */
const speakingAbout = () => parsedDoc([`
  Speaking speak VERB VBG 13 csubj
  about about ADP IN 3 case
  talks talk NOUN NNS 1 obl
  with with ADP IN 6 case
  Chancellor Chancellor PROPN NNP 6 compound
  Helmut Helmut PROPN NNP 3 nmod
  Kohl Kohl PROPN NNP 6 flat
  , , PUNCT , 10 punct
  Finance Finance ADJ NNP 10 amod
  Minister Minister PROPN NNP 11 nmod:desc
  Dilson Dilson PROPN NNP 13 nsubj
  Funaro Funaro PROPN NNP 11 flat
  said say VERB VBD 0 root
  he he PRON PRP 15 nsubj
  expected expect VERB VBD 13 ccomp
  no no DET DT 17 det
  payment payment NOUN NN 15 obj
  . . PUNCT . 13 punct`], { actors: [actor([4, 7], 'DEU'), actor([8, 12], 'BRA')] });

/** The parser's own rows for "Finance Minister Dilson Funaro, speaking after talks with Chancellor Helmut Kohl, said he expected no payment." */
const funaroSpeaking = () => parsedDoc([`
  Finance finance NOUN NN 14 nsubj
  Minister Minister PROPN NNP 3 nmod:desc
  Dilson Dilson PROPN NNP 1 appos
  Funaro Funaro PROPN NNP 3 flat
  , , PUNCT , 6 punct
  speaking speak VERB VBG 1 parataxis
  after after ADP IN 8 case
  talks talk NOUN NNS 6 obl
  with with ADP IN 11 case
  Chancellor Chancellor PROPN NNP 11 compound
  Helmut Helmut PROPN NNP 8 nmod
  Kohl Kohl PROPN NNP 11 flat
  , , PUNCT , 1 punct
  said say VERB VBD 0 root
  he he PRON PRP 16 nsubj
  expected expect VERB VBD 14 ccomp
  no no DET DT 18 det
  payment payment NOUN NN 16 obj
  . . PUNCT . 14 punct`], { actors: [actor([0, 4], 'BRA'), actor([9, 12], 'DEU')] });

const codes = (e: { actors: readonly { code?: string }[]; recipients: readonly { code?: string }[] }) => [...e.actors, ...e.recipients].map((p) => p.code).sort();

describe('codeEvents, talks in the setting of a participle set off before the main clause', () => {
  it('codes "Speaking … after talks with Kohl, Funaro said" as CONSULT of Funaro with Kohl, not a gerund topic', () => {
    const { events, rejected } = codeEvents(speakingAfter(), lexicon);
    const event = events.find((e) => e.event === 'CONSULT');
    expect(event && codes(event)).toEqual(['BRA', 'DEU']);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(false);
  });

  it('codes "Funaro, speaking after talks with Kohl, said" (the participle hung on the subject) the same way', () => {
    const event = codeEvents(funaroSpeaking(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event && codes(event)).toEqual(['BRA', 'DEU']);
  });

  it('leaves "Speaking about talks with Kohl, Funaro said" a topic: "about" sets nothing', () => {
    const { events, rejected } = codeEvents(speakingAbout(), lexicon);
    expect(events.some((e) => e.event === 'CONSULT')).toBe(false);
    expect(rejected.some((r) => r.ruleId === 'events/gerund')).toBe(true);
  });
});
