import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${tokens[0]}`, name: code, code, sector: 'GOV' });

/** "De Croo , in <place> for talks with Reagan , said ." (the place tagged `tag`), as the wire sets a presence off. */
const setOff = (place: string, tag: 'PROPN' | 'NOUN') => parsedDoc([`
  De De PROPN NNP 10 nsubj
  , , PUNCT , 4 punct
  in in ADP IN 4 case
  ${place} ${place} ${tag} NNP 1 nmod
  for for ADP IN 6 case
  talks talk NOUN NNS 1 nmod
  with with ADP IN 8 case
  Reagan Reagan PROPN NNP 6 nmod
  , , PUNCT , 1 punct
  said say VERB VBD 0 root
  . . PUNCT . 10 punct`], { actors: [actor([0, 1], 'BEL'), actor([7, 8], 'USA')] });

/** "Aqazadeh is in Emirates to discuss prices ." */
const presentToDiscuss = () => parsedDoc([`
  Aqazadeh Aqazadeh PROPN NNP 4 nsubj
  is be AUX VBZ 4 cop
  in in ADP IN 4 case
  Emirates Emirates PROPN NNP 0 root
  to to PART TO 6 mark
  discuss discuss VERB VB 4 advcl
  prices price NOUN NNS 6 obj
  . . PUNCT . 4 punct`], { actors: [actor([0, 1], 'IRN'), actor([3, 4], 'ARE')] });

const consults = (doc: Parameters<typeof codeEvents>[0]) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT');

describe('codeEvents, a presence somewhere for talks told as the meeting', () => {
  it('codes "De Croo, in Washington for talks with Reagan, said" as CONSULT of the party present with the partner', () => {
    const [event] = consults(setOff('Washington', 'PROPN'));
    expect(event?.actors.map((a) => a.code)).toEqual(['BEL']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['USA']);
    expect(event?.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-presence-meeting')).toBe(true);
  });

  it('codes "Aqazadeh is in Emirates to discuss prices" as CONSULT with the place it is in', () => {
    const [event] = consults(presentToDiscuss());
    expect(event?.actors.map((a) => a.code)).toEqual(['IRN']);
    expect(event?.recipients.map((r) => r.code)).toEqual(['ARE']);
  });

  it('leaves "De Croo, in favour of talks with Reagan, said" alone: a common noun after "in" is a state, not a place', () => {
    expect(consults(setOff('favour', 'NOUN'))).toEqual([]);
  });
});
