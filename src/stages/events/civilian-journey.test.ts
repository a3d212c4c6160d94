import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "<travellers> arrived in Zaporizhzhia": the travellers are token 0. */
const ARRIVED = `
  residents resident NOUN NNS 2 nsubj
  arrived arrive VERB VBD 0 root
  in in ADP IN 4 case
  Zaporizhzhia Zaporizhzhia PROPN NNP 2 obl
  . . PUNCT . 2 punct`;
const travellers = (sector: string): ActorSpec => ({ sent: 0, tokens: [0, 1], id: `ukr-${sector}`, code: 'UKR', sector, kind: 'org' });

describe('civilian journeys', () => {
  it.each([
    ['civilians ("residents arrived in Zaporizhzhia")', 'CVL', 'events/civilian-journey'],
    ['a government delegation', 'GOV', undefined],
  ])('turn down a travel consultation only when civilians travel: %s', (_who, sector, ruleId) => {
    const coded = codeEvents(parsedDoc([ARRIVED], { actors: [travellers(sector)] }), lexicon);
    expect(coded.rejected.find((r) => r.ruleId === 'events/civilian-journey')?.ruleId).toBe(ruleId);
    expect(coded.events.some((e) => e.event === 'CONSULT')).toBe(ruleId === undefined);
  });
});
