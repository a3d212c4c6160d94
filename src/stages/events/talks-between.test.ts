import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector: string): ActorSpec => ({ sent: 0, tokens, id: `${code}-${sector}`, name: code, code, sector });

/** "Talks between unions and employers produced no result ." */
const talks = () => parsedDoc([`
  Talks talk NOUN NNS 6 nsubj
  between between ADP IN 3 case
  unions union NOUN NNS 1 nmod
  and and CCONJ CC 5 cc
  employers employer NOUN NNS 3 conj
  produced produce VERB VBD 0 root
  no no DET DT 8 det
  result result NOUN NN 6 obj
  . . PUNCT . 6 punct`], { actors: [actor([2, 3], 'NLD', 'LAB'), actor([4, 5], 'NLD', 'BUS')] });

/** "Possible talks between unions and employers were discussed ." */
const possibleTalks = () => parsedDoc([`
  Possible possible ADJ JJ 2 amod
  talks talk NOUN NNS 8 nsubj:pass
  between between ADP IN 4 case
  unions union NOUN NNS 2 nmod
  and and CCONJ CC 6 cc
  employers employer NOUN NNS 4 conj
  were be AUX VBD 8 aux:pass
  mentioned mention VERB VBN 0 root
  . . PUNCT . 8 punct`], { actors: [actor([3, 4], 'NLD', 'LAB'), actor([5, 6], 'NLD', 'BUS')] });

describe('codeEvents, talks whose "between" phrase names their parties', () => {
  it('codes "Talks between unions and employers produced no result" as CONSULT of both sides', () => {
    const event = codeEvents(talks(), lexicon).events.find((e) => e.event === 'CONSULT');
    expect(event?.actors.map((a) => a.sector)).toEqual(['LAB', 'BUS']);
    expect(event?.recipients).toEqual([]);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-talks-between')).toBe(true);
  });

  it('leaves talks still to come alone ("Possible talks between …")', () => {
    expect(codeEvents(possibleTalks(), lexicon).events.filter((e) => e.event === 'CONSULT')).toEqual([]);
  });
});
