import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const zelenskyy: ActorSpec = { sent: 0, tokens: [0, 1], id: 'zelenskyy', name: 'Zelenskyy', code: 'UKR', sector: 'GOV', kind: 'person' };

/** "Zelenskyy <verb> the <noun> of <country> ." with <country> the actor given. */
const addressed = (verb: string, xpos: string, noun: string, country: string) => parsedDoc([`
  Zelenskyy Zelenskyy PROPN NNP 2 nsubj
  ${verb} ${verb === 'discussed' ? 'discuss' : 'address'} VERB ${xpos} 0 root
  the the DET DT 4 det
  ${noun} ${noun} NOUN NN 2 obj
  of of ADP IN 6 case
  ${country} ${country} PROPN NNP 4 nmod
  . . PUNCT . 2 punct`], { actors: [zelenskyy, { sent: 0, tokens: [5, 6], id: country, name: country, code: country === 'Ukraine' ? 'UKR' : 'CHE', kind: 'country' }] });

/** "Zelenskyy addressed NATO with a request ." */
const withRequest = (noun: string) => parsedDoc([`
  Zelenskyy Zelenskyy PROPN NNP 2 nsubj
  addressed address VERB VBD 0 root
  NATO NATO PROPN NNP 2 obj
  with with ADP IN 6 case
  a a DET DT 6 det
  ${noun} ${noun} NOUN NN 2 obl
  . . PUNCT . 2 punct`], { actors: [zelenskyy, { sent: 0, tokens: [2, 3], id: 'nato', name: 'NATO', code: 'IGO', sector: 'NATO', kind: 'org' }] });

describe('codeEvents, an address to another side\'s audience', () => {
  it('codes "Zelenskyy addressed NATO with a request" as the request, not a consultation', () => {
    const events = codeEvents(withRequest('request'), lexicon).events;
    expect(events.find((e) => e.event === 'REQUEST')?.recipients.map((r) => r.code)).toEqual(['IGO']);
    expect(events.some((e) => e.event === 'CONSULT')).toBe(false);
  });

  it('codes "Zelenskyy addressed NATO with a video" as a consultation of the body named', () => {
    expect(codeEvents(withRequest('video'), lexicon).events.map((e) => e.event)).toEqual(['CONSULT']);
  });

  it('codes "Zelenskyy addressed the people of Switzerland" as CONSULT with the audience\'s country', () => {
    const event = codeEvents(addressed('addressed', 'VBD', 'people', 'Switzerland'), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['CHE']);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-address')).toBe(true);
  });

  it.each([
    ['an address still to be given', 'address', 'VBP', 'people', 'Switzerland'],
    ['a topic addressed', 'addressed', 'VBD', 'crisis', 'Switzerland'],
    ['the speaker\'s own people', 'addressed', 'VBD', 'people', 'Ukraine'],
  ])('codes no CONSULT for %s', (_label, verb, xpos, noun, country) => {
    expect(codeEvents(addressed(verb, xpos, noun, country), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });
});
