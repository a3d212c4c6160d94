import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });
const codes = (list: readonly { code?: string }[]) => list.map((p) => p.code).sort();

// "France criticised recent rises in Japanese interest rates.": the parser hangs the "in" phrase on the verb.
const criticised = (marker: string) => `
  France France PROPN NNP 2 nsubj
  criticised criticise VERB VBD 0 root
  recent recent ADJ JJ 4 amod
  rises rise NOUN NNS 2 obj
  ${marker} ${marker} ADP IN 8 case
  Japanese Japanese ADJ JJ 8 amod
  interest interest NOUN NN 8 compound
  rates rate NOUN NNS 2 obl
  . . PUNCT . 2 punct`;

describe('rolesOf, the nationality of a phrase saying what the act is about (#12)', () => {
  it.each(['in', 'about'])('takes the country of an "%s" phrase hung on the verb as the recipient', (marker) => {
    const doc = parsedDoc([criticised(marker)], { actors: [country([0, 1], 'FRA')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('ACCUSE');
    expect(codes(event.actors)).toEqual(['FRA']);
    expect(codes(event.recipients)).toEqual(['JPN']);
  });

  it('reads no country from a phrase of another kind ("despite")', () => {
    const doc = parsedDoc([criticised('despite')], { actors: [country([0, 1], 'FRA')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(codes(event.recipients)).toEqual([]);
  });

  it.each(['interview', 'broadcast', 'capital'])('reads no country from the medium or place of a statement ("criticised the plan in a Lebanese %s", review of session 46)', (noun) => {
    const doc = parsedDoc([`
      Syria Syria PROPN NNP 2 nsubj
      criticised criticise VERB VBD 0 root
      the the DET DT 4 det
      plan plan NOUN NN 2 obj
      in in ADP IN 8 case
      a a DET DT 8 det
      Lebanese Lebanese ADJ JJ 8 amod
      ${noun} ${noun} NOUN NN 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'SYR')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('ACCUSE');
    expect(codes(event.recipients)).toEqual([]);
  });

  it('reads no country from the venue of a meeting ("held talks in an Egyptian resort")', () => {
    const doc = parsedDoc([`
      Britain Britain PROPN NNP 2 nsubj
      held hold VERB VBD 0 root
      talks talk NOUN NNS 2 obj
      in in ADP IN 7 case
      an a DET DT 7 det
      Egyptian Egyptian ADJ JJ 7 amod
      resort resort NOUN NN 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'GBR')] });
    const [event] = codeEvents(doc, lexicon).events;
    expect(event.event).toBe('CONSULT');
    expect(codes(event.recipients)).toEqual([]);
  });
});
