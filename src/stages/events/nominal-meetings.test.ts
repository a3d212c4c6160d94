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
});
