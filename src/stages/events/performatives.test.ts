import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "I" resolved to its speaker, as the discourse stage does for a site's principal. */
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
  { sent: 0, tokens: [4, 5], id: 'poland', name: 'Poland', code: 'POL' },
];
/** "<subject> <hedge> to thank Poland." */
const sentence = (subject: string, hedge: string, lemma: string, xpos: string) => parsedDoc([`
  ${subject} ${subject} PRON PRP 2 nsubj
  ${hedge} ${lemma} VERB ${xpos} 0 root
  to to PART TO 4 mark
  thank thank VERB VB 2 xcomp
  Poland Poland PROPN NNP 4 obj
  . . PUNCT . 2 punct`], { actors });

describe('performatives under a hedge', () => {
  it('codes "I want to thank X" as the thanks itself, not an intent', () => {
    const { events } = codeEvents(sentence('I', 'want', 'want', 'VBP'), lexicon);
    const thanks = events.find((e) => e.trigger.tokens[0] === 3);
    expect(thanks?.event).toBe('SUPPORT');
    expect(thanks?.future).toBe(false);
    expect(thanks?.reasons.some((r) => r.rule === 'events/performative-hedge')).toBe(true);
  });

  it('keeps an intent told in the past or of someone else ("wanted to", "he wants to")', () => {
    for (const doc of [sentence('I', 'wanted', 'want', 'VBD'), sentence('he', 'wants', 'want', 'VBZ')]) {
      const { events } = codeEvents(doc, lexicon);
      expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/performative-hedge'))).toBe(false);
    }
  });
});

/** "Biden <verb> with Sunak to <act> him." */
const callActors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [3, 4], id: 'sunak', name: 'Rishi Sunak', code: 'GBR', sector: 'GOV' },
];
const purpose = (verb: string, lemma: string, act: string, actLemma: string) => parsedDoc([`
  Biden Biden PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  with with ADP IN 4 case
  Sunak Sunak PROPN NNP 2 obl
  to to PART TO 6 mark
  ${act} ${actLemma} VERB VB 2 advcl
  him he PRON PRP 6 obj
  . . PUNCT . 2 punct`], { actors: callActors });

describe('the purpose of a call', () => {
  it('codes "spoke with X to congratulate him" as the congratulation, done by the caller', () => {
    const { events } = codeEvents(purpose('spoke', 'speak', 'congratulate', 'congratulate'), lexicon);
    const praise = events.find((e) => e.trigger.tokens[0] === 5);
    expect(praise?.event).toBe('SUPPORT');
    expect(praise?.actors.map((a) => a.code)).toEqual(['USA']);
    expect(praise?.reasons.some((r) => r.rule === 'events/call-purpose')).toBe(true);
  });

  it('keeps a purpose that is no performative, or of a verb that is no call, an intent ("spoke … to attack", "returned … to congratulate")', () => {
    expect(codeEvents(purpose('spoke', 'speak', 'attack', 'attack'), lexicon).events.some((e) => e.trigger.tokens[0] === 5)).toBe(false);
    expect(codeEvents(purpose('returned', 'return', 'congratulate', 'congratulate'), lexicon).events.some((e) => e.trigger.tokens[0] === 5)).toBe(false);
  });
});

/** "me" resolved to the turn's speaker and "Poland" the one addressed, as the discourse stage and implicit.ts give them. */
const permitActors = (me: number, poland: number): ActorSpec[] => [
  { sent: 0, tokens: [me, me + 1], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
  { sent: 0, tokens: [poland, poland + 1], id: 'poland', name: 'Poland', code: 'POL' },
];
/** dyad's parse of "Let me congratulate you on your victory" (kremlin turn), "you" as "Poland". */
const letMe = (lemma: string, act: string) => parsedDoc([`
  ${lemma[0].toUpperCase()}${lemma.slice(1)} ${lemma} VERB VB 0 root
  me I PRON PRP 1 obj
  ${act} ${act} VERB VB 1 xcomp
  Poland Poland PROPN NNP 3 obj
  on on ADP IN 7 case
  your your PRON PRP$ 7 nmod:poss
  victory victory NOUN NN 3 obl
  . . PUNCT . 1 punct`], { actors: permitActors(1, 3) });
/** dyad's parse of "Mr President, allow me again to thank you for organising the summit" (kremlin-68426). */
const allowMeAgain = parsedDoc([`
  Mr Mr PROPN NNP 4 nsubj
  President President PROPN NNP 1 flat
  , , PUNCT , 1 punct
  allow allow VERB VB 0 root
  me I PRON PRP 4 iobj
  again again ADV RB 4 advmod
  to to PART TO 8 mark
  thank thank VERB VB 4 advcl
  Poland Poland PROPN NNP 8 obj
  for for SCONJ IN 11 mark
  organising organise VERB VBG 8 advcl
  the the DET DT 13 det
  summit summit NOUN NN 11 obj
  . . PUNCT . 4 punct`], { actors: permitActors(4, 8) });

describe('performatives by leave ("let me", "allow me to")', () => {
  it.each([
    ['Let me congratulate', letMe('let', 'congratulate'), 2],
    ['Mr President, allow me again to thank', allowMeAgain, 7],
  ])('codes "%s you" as the speaker\'s own act to the one addressed', (_, doc, trigger) => {
    const act = codeEvents(doc, lexicon).events.find((e) => e.trigger.tokens[0] === trigger);
    expect(act?.event).toBe('SUPPORT');
    expect(act?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(act?.recipients.map((a) => a.code)).toEqual(['POL']);
    expect(act?.reasons.some((r) => r.rule === 'events/performative-permission')).toBe(true);
  });

  it('leaves an act that is no performative ("let me attack") and a third person\'s leave ("let him thank") uncoded', () => {
    expect(codeEvents(letMe('let', 'attack'), lexicon).events.some((e) => e.trigger.tokens[0] === 2)).toBe(false);
    const him = parsedDoc([`
      Let let VERB VB 0 root
      him he PRON PRP 1 obj
      thank thank VERB VB 1 xcomp
      Poland Poland PROPN NNP 3 obj
      . . PUNCT . 1 punct`], { actors: permitActors(1, 3) });
    expect(codeEvents(him, lexicon).events.some((e) => e.trigger.tokens[0] === 2)).toBe(false);
  });
});

it('issue-68426: thanks asked leave for go to "you", not to a body the reasons name ("for organising the CSTO Summit")', () => {
  const doc = parsedDoc([`
    Mr Mr PROPN NNP 4 nsubj
    President President PROPN NNP 1 flat
    , , PUNCT , 1 punct
    allow allow VERB VB 0 root
    me I PRON PRP 4 iobj
    again again ADV RB 4 advmod
    to to PART TO 8 mark
    thank thank VERB VB 4 advcl
    you you PRON PRP 8 obj
    for for SCONJ IN 11 mark
    organising organise VERB VBG 8 advcl
    the the DET DT 14 det
    CSTO CSTO PROPN NNP 14 compound
    Summit Summit PROPN NNP 11 obj
    . . PUNCT . 4 punct`], { actors: [
    { sent: 0, tokens: [4, 5], id: 'pashinyan', name: 'Nikol Pashinyan', code: 'ARM', sector: 'GOV' },
    { sent: 0, tokens: [12, 13], id: 'csto', name: 'CSTO', code: 'IGO' },
  ] });
  const thanks = codeEvents(doc, lexicon).events.find((e) => e.trigger.tokens[0] === 7);
  expect(thanks?.actors.map((a) => a.code)).toEqual(['ARM']);
  expect(thanks?.recipients.map((a) => a.code)).toEqual([]);
});
