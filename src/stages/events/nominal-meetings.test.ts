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
});
