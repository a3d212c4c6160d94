import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'nor', name: 'Norway', code: 'NOR' },
  { sent: 0, tokens: [10, 11], id: 'ukr', name: 'Ukraine', code: 'UKR' },
];
/** "Zelensky <verb> Norway for the <noun> to provide weapons to Ukraine." */
const sentence = (verb: string, lemma: string, noun: string) => parsedDoc([`
  Zelensky Zelensky PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  Norway Norway PROPN NNP 2 obj
  for for ADP IN 6 case
  the the DET DT 6 det
  ${noun} ${noun} NOUN NN 2 obl
  to to PART TO 8 mark
  provide provide VERB VB 6 acl
  weapons weapon NOUN NNS 8 obj
  to to ADP IN 11 case
  Ukraine Ukraine PROPN NNP 8 obl
  . . PUNCT . 2 punct`], { actors });

describe('decisions', () => {
  it('codes the act a decision spells out as its holder\'s announced act: the one thanked for it', () => {
    const { events } = codeEvents(sentence('thanked', 'thank', 'decision'), lexicon);
    const decided = events.find((e) => e.reasons.some((r) => r.rule === 'events/decision'));
    expect(decided?.event).toBe('AGREE');
    expect(decided?.actors.map((a) => a.code)).toEqual(['NOR']);
    expect(decided?.recipients.map((a) => a.code)).toEqual(['UKR']);
  });

  it('leaves the infinitive of any other noun an intention', () => {
    const { events, rejected } = codeEvents(sentence('thanked', 'thank', 'attempt'), lexicon);
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/decision'))).toBe(false);
    expect(rejected.some((r) => r.ruleId === 'events/infinitive')).toBe(true);
  });
});
