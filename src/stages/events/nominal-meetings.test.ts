import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** "Zelenskyy said this <marker> the talks with <partner> ." */
const talks = (marker: string, partner: string) => parsedDoc([`
  Zelenskyy Zelenskyy PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  this this PRON DT 2 obj
  ${marker} ${marker} ADP IN 6 case
  the the DET DT 6 det
  talks talk NOUN NNS 2 obl
  with with ADP IN 8 case
  ${partner} ${partner} PROPN NNP 6 nmod
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'UKR'), actor([7, 8], 'GBR')] });

/** "This was stated by Zelenskyy following the talks with Johnson ." */
const statedBy = () => parsedDoc([`
  This this PRON DT 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  stated state VERB VBN 0 root
  by by ADP IN 5 case
  Zelenskyy Zelenskyy PROPN NNP 3 obl:agent
  following follow VERB VBG 8 case
  the the DET DT 8 det
  talks talk NOUN NNS 3 obl
  with with ADP IN 10 case
  Johnson Johnson PROPN NNP 8 nmod
  . . PUNCT . 3 punct`], { actors: [actor([4, 5], 'UKR'), actor([9, 10], 'GBR')] });

describe('codeEvents, meetings named by a noun with their partner', () => {
  it('codes "said this following the talks with Johnson" as CONSULT of the speaker with the partner', () => {
    const event = codeEvents(talks('following', 'Johnson'), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['GBR']);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-nominal-meeting')).toBe(true);
  });

  it('leaves "said this before the talks with Johnson" alone: the talks are still to come', () => {
    expect(codeEvents(talks('before', 'Johnson'), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });

  it('gives the talks of "This was stated by Zelenskyy following the talks with Johnson" to the passive\'s "by" agent', () => {
    const event = codeEvents(statedBy(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['GBR']);
  });

  it('reads the talks of "spoke after two days of talks with Reagan": the setting is on the span that measures them', () => {
    const doc = parsedDoc([`
      Channon Channon PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      after after ADP IN 5 case
      two two NUM CD 5 nummod
      days day NOUN NNS 2 obl
      of of ADP IN 7 case
      talks talk NOUN NNS 5 nmod
      with with ADP IN 9 case
      Reagan Reagan PROPN NNP 7 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'GBR'), actor([8, 9], 'USA')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['GBR']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['USA']);
  });

  it('leaves "spoke after two days of rain with Reagan" alone: the span measures no meeting (guard)', () => {
    const doc = parsedDoc([`
      Channon Channon PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      after after ADP IN 5 case
      two two NUM CD 5 nummod
      days day NOUN NNS 2 obl
      of of ADP IN 7 case
      rain rain NOUN NN 5 nmod
      with with ADP IN 9 case
      Reagan Reagan PROPN NNP 7 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'GBR'), actor([8, 9], 'USA')] });
    expect(codeEvents(doc, lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });

  /** "Duffy <aux> on a visit to Malaysia ." with the copula (and a modal) on the noun. */
  const onVisit = (aux: readonly string[]) => parsedDoc([`
      Duffy Duffy PROPN NNP ${aux.length + 4} nsubj
      ${aux.map((w) => `${w} ${w === 'is' ? 'be' : w} AUX ${w === 'is' ? 'VBZ' : w === 'be' ? 'VB' : 'MD'} ${aux.length + 4} ${w === 'is' || w === 'be' ? 'cop' : 'aux'}`).join('\n')}
      on on ADP IN ${aux.length + 4} case
      a a DET DT ${aux.length + 4} det
      visit visit NOUN NN 0 root
      to to ADP IN ${aux.length + 6} case
      Malaysia Malaysia PROPN NNP ${aux.length + 4} nmod
      . . PUNCT . ${aux.length + 4} punct`], { actors: [actor([0, 1], 'AUS'), actor([aux.length + 5, aux.length + 6], 'MYS')] });

  it('codes "Duffy is on a visit to Malaysia" as CONSULT of the visitor with the host', () => {
    const event = codeEvents(onVisit(['is']), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['AUS']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['MYS']);
  });

  it('codes "Duffy will be on a visit to Malaysia" as a forecast, not a fact (guard: its clause\'s modal is the event\'s)', () => {
    const event = codeEvents(onVisit(['will', 'be']), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event === undefined || event.future || event.hypothetical).toBe(true);
  });

  it('codes "Duffy could be on a visit to Malaysia" as hypothetical: a predicate meeting carries its clause\'s modality', () => {
    const event = codeEvents(onVisit(['could', 'be']), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.hypothetical).toBe(true);
  });

  it('codes "Israel is not in talks with Hamas" as negated: a predicate meeting is asserted by its clause, not presupposed', () => {
    const doc = parsedDoc([`
      Israel Israel PROPN NNP 5 nsubj
      is be AUX VBZ 5 cop
      not not PART RB 5 advmod
      in in ADP IN 5 case
      talks talk NOUN NNS 0 root
      with with ADP IN 7 case
      Hamas Hamas PROPN NNP 5 nmod
      . . PUNCT . 5 punct`], { actors: [actor([0, 1], 'ISR'), actor([6, 7], 'PSE')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event === undefined || event.negated).toBe(true);
    expect(codeEvents(doc, lexicon).events.some((e) => e.event === 'CONSULT' && !e.negated)).toBe(false);
  });

  /** "<Subject> <verb> on a trip to Beijing by Orban ." */
  const onTrip = (verb: string, lemma: string) => parsedDoc([`
      Kremlin Kremlin PROPN NNP 2 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      on on ADP IN 5 case
      a a DET DT 5 det
      trip trip NOUN NN 2 obl
      to to ADP IN 7 case
      Beijing Beijing PROPN NNP 5 nmod
      by by ADP IN 9 case
      Orban Orban PROPN NNP 5 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'RUS'), actor([6, 7], 'CHN'), actor([8, 9], 'HUN')] });

  it('leaves "The Kremlin commented on a trip to Beijing by Orban" alone: "on" under a topic verb names no setting', () => {
    expect(codeEvents(onTrip('commented', 'comment'), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
    expect(codeEvents(onTrip('reported', 'report'), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });

  it('codes "Macron, on a visit to China, praised Xi": "on" set off by commas is a setting', () => {
    const doc = parsedDoc([`
      Macron Macron PROPN NNP 9 nsubj
      , , PUNCT , 5 punct
      on on ADP IN 5 case
      a a DET DT 5 det
      visit visit NOUN NN 9 obl
      to to ADP IN 7 case
      China China PROPN NNP 5 nmod
      , , PUNCT , 5 punct
      praised praise VERB VBD 0 root
      Xi Xi PROPN NNP 9 obj
      . . PUNCT . 9 punct`], { actors: [actor([0, 1], 'FRA'), actor([6, 7], 'CHN'), actor([9, 10], 'CHN')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['FRA']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['CHN']);
  });

  it('leaves "Japan expressed interest in a visit to China by Ishiba" alone: a meeting wished for is no meeting held', () => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      expressed express VERB VBD 0 root
      interest interest NOUN NN 2 obj
      in in ADP IN 6 case
      a a DET DT 6 det
      visit visit NOUN NN 3 nmod
      to to ADP IN 8 case
      China China PROPN NNP 6 nmod
      by by ADP IN 10 case
      Ishiba Ishiba PROPN NNP 6 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'JPN'), actor([7, 8], 'CHN'), actor([9, 10], 'JPN')] });
    expect(codeEvents(doc, lexicon).events.some((e) => e.event === 'CONSULT' && !e.hypothetical && !e.future)).toBe(false);
  });

  it('leaves "Iran took part in the next round of talks with the US" alone: the span\'s own modifier makes the talks a prospect', () => {
    const doc = parsedDoc([`
      Iran Iran PROPN NNP 2 nsubj
      took take VERB VBD 0 root
      part part NOUN NN 2 obj
      in in ADP IN 7 case
      the the DET DT 7 det
      next next ADJ JJ 7 amod
      round round NOUN NN 2 obl
      of of ADP IN 9 case
      talks talk NOUN NNS 7 nmod
      with with ADP IN 11 case
      US US PROPN NNP 9 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'IRN'), actor([10, 11], 'USA')] });
    expect(codeEvents(doc, lexicon).events.some((e) => e.event === 'CONSULT' && !e.hypothetical && !e.future)).toBe(false);
  });

  it('leaves "Duffy commented on talks with Kohl" alone: "on" names the talks as a topic, not a setting (guard)', () => {
    const doc = parsedDoc([`
      Duffy Duffy PROPN NNP 2 nsubj
      commented comment VERB VBD 0 root
      on on ADP IN 4 case
      talks talk NOUN NNS 2 obl
      with with ADP IN 6 case
      Kohl Kohl PROPN NNP 4 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'AUS'), actor([5, 6], 'DEU')] });
    expect(codeEvents(doc, lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });

  it('codes "Brazil is in talks with the IMF", whose partner hangs on the predicate noun as obl', () => {
    const doc = parsedDoc([`
      Brazil Brazil PROPN NNP 4 nsubj
      is be AUX VBZ 4 cop
      in in ADP IN 4 case
      talks talk NOUN NNS 0 root
      with with ADP IN 7 case
      the the DET DT 7 det
      IMF IMF PROPN NNP 4 obl
      . . PUNCT . 4 punct`], { actors: [actor([0, 1], 'BRA'), actor([6, 7], 'IGOIMF')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['BRA']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['IGOIMF']);
  });

  it('gives no holder when the setting is misparsed as the clause\'s subject ("on a visit to Germany, praised")', () => {
    const doc = parsedDoc([`
      Merkel Merkel PROPN NNP 5 nsubj
      on on ADP IN 5 case
      a a DET DT 5 det
      state state NOUN NN 5 compound
      visit visit NOUN NN 8 nsubj
      to to ADP IN 7 case
      Germany Germany PROPN NNP 5 nmod
      praised praise VERB VBD 0 root
      . . PUNCT . 8 punct`], { actors: [actor([0, 1], 'GBR'), actor([6, 7], 'DEU')] });
    const result = codeEvents(doc, lexicon);
    expect(result.events.some((e) => e.event === 'CONSULT')).toBe(false);
    // Not even a reading held by the noun itself, turned down later for want of a code.
    expect(result.rejected.some((r) => r.reasons.some((why) => (why.trigger as { rule?: string } | undefined)?.rule === 'events/trigger-nominal-meeting'))).toBe(false);
  });

  it('gives "spoke during a visit to Moscow by Aqazadeh" to the visit\'s own "by" phrase, not the clause\'s subject', () => {
    const doc = parsedDoc([`
      Lawson Lawson PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      during during ADP IN 5 case
      a a DET DT 5 det
      visit visit NOUN NN 2 obl
      to to ADP IN 7 case
      Moscow Moscow PROPN NNP 5 nmod
      by by ADP IN 9 case
      Aqazadeh Aqazadeh PROPN NNP 5 nmod
      . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'GBR'), actor([6, 7], 'SUN'), actor([8, 9], 'IRN')] });
    const event = codeEvents(doc, lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['IRN']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['SUN']);
  });

  /** The parser's own parse of "After his meeting with Chancellor Helmut Kohl, President Reagan said the alliance was strong.": "Reagan" a conjunct of "Kohl", "said" with no subject. */
  const swallowed = (nameRel: string) => parsedDoc([`
    After after ADP IN 3 case
    his his PRON PRP$ 3 nmod:poss
    meeting meeting NOUN NN 11 obl
    with with ADP IN 7 case
    Chancellor Chancellor PROPN NNP 6 compound
    Helmut Helmut PROPN NNP 7 compound
    Kohl Kohl PROPN NNP 3 nmod
    , , PUNCT , 9 punct
    President President PROPN NNP 10 nmod:desc
    Reagan Reagan PROPN NNP ${nameRel}
    said say VERB VBD 0 root
    the the DET DT 13 det
    alliance alliance NOUN NN 15 nsubj
    was be AUX VBD 15 cop
    strong strong ADJ JJ 11 ccomp
    . . PUNCT . 11 punct`], { actors: [actor([4, 7], 'DEU'), actor([8, 10], 'USA')] });

  it('gives "After his meeting with Kohl, President Reagan said" to Reagan, whom the parser hung on the partner', () => {
    const event = codeEvents(swallowed('7 conj'), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['USA']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['DEU']);
  });

  it('takes no holder from after the comma when the name there hangs outside the meeting phrase (guard)', () => {
    // "Reagan" an object of "said": not the subject the parser swallowed into the partner.
    expect(codeEvents(swallowed('11 obj'), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });
});
