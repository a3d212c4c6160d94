import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const accusations = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'ACCUSE')
  .map((e) => `${e.mode} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Japan has failed to <verb> the agreement , Yeutter said ." */
const failedTo = (verb: string, lemma: string, speaker = 'USA') => parsedDoc([`
  Japan Japan PROPN NNP 3 nsubj
  has have AUX VBZ 3 aux
  failed fail VERB VBN 10 ccomp
  to to PART TO 5 mark
  ${verb} ${lemma} VERB VB 3 xcomp
  the the DET DT 7 det
  agreement agreement NOUN NN 5 obj
  , , PUNCT , 3 punct
  Yeutter Yeutter PROPN NNP 10 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 10 punct`], { actors: [actor([0, 1], 'JPN', 'Japan'), actor([8, 9], speaker, 'Yeutter', 'GOV')] });

/** "Moscow said Kyiv had not kept its <noun> ." */
const notKept = (noun: string, negated = true) => parsedDoc([`
  Moscow Moscow PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Kyiv Kyiv PROPN NNP ${negated ? 6 : 5} nsubj
  had have AUX VBD ${negated ? 6 : 5} aux
${negated ? '  not not PART RB 6 advmod\n' : ''}  kept keep VERB VBN 2 ccomp
  its its PRON PRP$ ${negated ? 8 : 7} nmod:poss
  ${noun} ${noun} NOUN NN ${negated ? 6 : 5} obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'RUS', 'Moscow', 'GOV'), actor([2, 3], 'UKR', 'Kyiv')] });

describe('failedDuty (through codeEvents)', () => {
  it('reads another side\'s failure to carry out a duty, told by a speaker, as the speaker\'s ACCUSE allege', () => {
    expect(accusations(failedTo('implement', 'implement'))).toEqual(['allege USA->JPN']);
    expect(accusations(failedTo('honour', 'honour'))).toEqual(['allege USA->JPN']);
  });

  it('blames no one for a failure to do what is no duty, or told by the failing side itself', () => {
    expect(accusations(failedTo('sign', 'sign'))).toEqual([]);
    expect(accusations(failedTo('implement', 'implement', 'JPN'))).toEqual([]);
  });

  it('reads a denied keeping of a pledge ("had not kept its promise") as an accusation, but not a kept one or a thing owed no one', () => {
    expect(accusations(notKept('promise'))).toEqual(['allege RUS->UKR']);
    expect(accusations(notKept('promise', false))).toEqual([]);
    expect(accusations(notKept('distance'))).toEqual([]);
  });
});
