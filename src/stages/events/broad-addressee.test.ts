import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (sent: number, tokens: [number, number], code: string): ActorSpec => ({ sent, tokens, id: code.toLowerCase(), name: code, code });

/** A call between Ukraine and France, then "Ukraine thanked <object> ." with the object's own rows. */
function thanks(objectRows: string): string[] {
  const doc = parsedDoc([`
    Ukraine Ukraine PROPN NNP 2 nsubj
    called call VERB VBD 0 root
    France France PROPN NNP 2 obj
    . . PUNCT . 2 punct`, `
    Ukraine Ukraine PROPN NNP 2 nsubj
    thanked thank VERB VBD 0 root
    ${objectRows}`], { actors: [country(0, [0, 1], 'UKR'), country(0, [2, 3], 'FRA'), country(1, [0, 1], 'UKR')] });
  Object.assign(doc.layers, { discourse: { participants: { members: doc.layers.actors.slice(0, 2), sent: 0, reason: { rule: 'discourse/meeting', fields: {} } }, mentions: [] } });
  return codeEvents(doc, lexicon).events.filter((e) => e.event === 'SUPPORT')
    .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);
}

describe('hasBroadAddressee: acts addressed to a group wider than the other party', () => {
  it('puts thanks to "international partners" to no one, not to the meeting\'s other party', () => {
    expect(thanks(`international international ADJ JJ 4 amod
      partners partner NOUN NNS 2 obj
      . . PUNCT . 2 punct`)).toEqual(['UKR->']);
  });

  it('still puts thanks to "the partner" (one party, maybe the other side) or to no object to the other party', () => {
    expect(thanks(`the the DET DT 4 det
      partner partner NOUN NN 2 obj
      . . PUNCT . 2 punct`)).toEqual(['UKR->FRA']);
    expect(thanks('. . PUNCT . 2 punct')).toEqual(['UKR->FRA']);
  });

  it('reads "both countries" and a set a proper name gives ("the Baltic states") as possibly the meeting\'s parties', () => {
    expect(thanks(`both both DET DT 4 det
      countries country NOUN NNS 2 obj
      . . PUNCT . 2 punct`)).toEqual(['UKR->FRA']);
    expect(thanks(`the the DET DT 5 det
      Baltic Baltic PROPN NNP 5 compound
      states state NOUN NNS 2 obj
      . . PUNCT . 2 punct`)).toEqual(['UKR->FRA']);
  });
});
