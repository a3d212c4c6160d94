import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (sent: number, tokens: [number, number], code: string): ActorSpec => ({ sent, tokens, id: code.toLowerCase(), name: code, code });

/** A meeting of Ukraine and Germany ("Ukraine thanked Germany", no consultation coded before), then "We <verb> about approaches ." with "We" resolved to Ukraine. */
function consultations(verb: string, lemma: string, xpos: string): string[] {
  const doc = parsedDoc([`
    Ukraine Ukraine PROPN NNP 2 nsubj
    thanked thank VERB VBD 0 root
    Germany Germany PROPN NNP 2 obj
    . . PUNCT . 2 punct`, `
    We we PRON PRP 2 nsubj
    ${verb} ${lemma} VERB ${xpos} 0 root
    about about ADP IN 4 case
    approaches approach NOUN NNS 2 obl
    . . PUNCT . 2 punct`], { actors: [country(0, [0, 1], 'UKR'), country(0, [2, 3], 'DEU'), country(1, [0, 1], 'UKR')] });
  Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, participants: { members: doc.layers.actors.slice(0, 2), sent: 0, reason: { rule: 'discourse/meeting', fields: {} } }, mentions: [] } });
  return codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT' && e.sent === 1)
    .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);
}

describe('a readout party\'s "we" that talked (discourse/we-met)', () => {
  it('is both parties of the meeting: "We talked about approaches"', () => {
    expect(consultations('talked', 'talk', 'VBD')).toEqual(['UKR+DEU->']);
  });

  it('is the speaker alone in the present ("We talk about approaches" says what the speaker means)', () => {
    expect(consultations('talk', 'talk', 'VBP')).toEqual(['UKR->']);
  });
});
