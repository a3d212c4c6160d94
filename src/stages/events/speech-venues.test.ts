import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const speaker: ActorSpec = { sent: 0, tokens: [4, 5], id: 'zelenskyy', name: 'Zelenskyy', code: 'UKR', sector: 'GOV', kind: 'person' };

/** "This was stated by Zelenskyy <marker> a <noun> of the <host> ." with the host as the given actor. */
const statedAt = (marker: string, noun: string, host: ActorSpec | undefined, compound?: string) => parsedDoc([`
  This this PRON DT 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  stated state VERB VBN 0 root
  by by ADP IN 5 case
  Zelenskyy Zelenskyy PROPN NNP 3 obl:agent
  ${marker} ${marker} ADP IN 9 case
  a a DET DT 9 det
  ${compound ? `${compound} ${compound} NOUN NN 9 compound` : 'plenary plenary ADJ JJ 9 amod'}
  ${noun} ${noun} NOUN NN 3 obl
  of of ADP IN 12 case
  the the DET DT 12 det
  Parliament parliament NOUN NN 9 nmod
  . . PUNCT . 3 punct`], { actors: [speaker, ...(host ? [host] : [])] });

const parliament = (code: string, kind: ActorSpec['kind']): ActorSpec => ({ sent: 0, tokens: [11, 12], id: `${code}-body`, name: 'Parliament', code, sector: 'EU', kind });

describe('codeEvents, a statement made at a body\'s gathering', () => {
  it('codes "stated by Zelenskyy during a plenary session of the Parliament" as CONSULT of the speaker with the body', () => {
    const event = codeEvents(statedAt('during', 'session', parliament('IGO', 'org')), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['IGO']);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-speech-venue')).toBe(true);
  });

  it.each([
    ['a gathering after which it was said', 'after', 'session', parliament('IGO', 'org'), undefined],
    ['a noun that names no gathering', 'during', 'visit', parliament('IGO', 'org'), undefined],
    ['a press conference', 'during', 'conference', parliament('IGO', 'org'), 'press'],
    ['a country, not an organisation', 'during', 'session', parliament('POL', 'country'), undefined],
    ['the speaker\'s own body', 'during', 'session', parliament('UKR', 'org'), undefined],
    ['no holder named', 'during', 'session', undefined, undefined],
  ])('codes no CONSULT for %s', (_label, marker, noun, host, compound) => {
    expect(codeEvents(statedAt(marker, noun, host, compound), lexicon).events.some((e) => e.event === 'CONSULT')).toBe(false);
  });
});
