import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { unknownRecipients } from './unknown-recipient.js';

const lexicon = loadLexicon();
const party = (sent: number, tokens: [number, number], name: string, code?: string, sector?: string): ActorSpec =>
  ({ sent, tokens, id: name.toLowerCase(), name, code, sector });

// The parser's rows for a White House readout (dyad parse): "Vice President Kamala Harris spoke today with
// President Isaac Herzog of Israel. She extended Passover greetings to him and the people of Israel."
const CALL = `
  Vice vice NOUN NN 2 compound
  President president NOUN NN 3 nmod:desc
  Kamala Kamala PROPN NNP 5 nsubj
  Harris Harris PROPN NNP 3 flat
  spoke speak VERB VBD 0 root
  today today NOUN NN 5 obl:unmarked
  with with ADP IN 9 case
  President President PROPN NNP 9 nmod:desc
  Isaac Isaac PROPN NNP 5 obl
  Herzog Herzog PROPN NNP 9 flat
  of of ADP IN 12 case
  Israel Israel PROPN NNP 9 nmod
  . . PUNCT . 5 punct`;
const GREETINGS = `
  She she PRON PRP 2 nsubj
  extended extend VERB VBD 0 root
  Passover Passover PROPN NNP 4 compound
  greetings greeting NOUN NNS 2 obj
  to to ADP IN 6 case
  him he PRON PRP 2 obl
  . . PUNCT . 2 punct`;

/** The SUPPORT events of the call and the greetings, with "Passover" as the actors layer gives it. */
function greetings(passover: ActorSpec, withMeeting = true): string[] {
  const actors = [party(0, [2, 4], 'Kamala Harris', 'USA', 'GOV'), party(0, [7, 12], 'Isaac Herzog', 'ISR', 'GOV'), party(1, [0, 1], 'Kamala Harris', 'USA', 'GOV'), passover];
  const doc = parsedDoc([CALL, GREETINGS], { actors });
  if (withMeeting) Object.assign(doc.layers, { discourse: { participants: { members: doc.layers.actors.slice(0, 2), sent: 0, reason: { rule: 'discourse/meeting', fields: {} } }, mentions: [] } });
  return codeEvents(doc, lexicon).events.filter((e) => e.event === 'SUPPORT')
    .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code ?? r.name).join('+')}`);
}

describe('unknownRecipients: a recipient of no country and no sector is no party', () => {
  it('puts "extended Passover greetings" to the meeting\'s other party, not to "Passover"', () => {
    expect(greetings(party(1, [2, 3], 'Passover'))).toEqual(['USA->ISR']);
  });

  it('keeps a recipient with a sector or a country, and an unknown one where no meeting gives another party', () => {
    expect(greetings(party(1, [2, 3], 'Passover', undefined, 'REL'))).toEqual(['USA->Passover']);
    expect(greetings(party(1, [2, 3], 'Passover', 'ISR'))).toEqual(['USA->ISR']);
    expect(greetings(party(1, [2, 3], 'Passover'), false)).toEqual(['USA->Passover']);
  });

  it('reads only all-unknown recipients as unknown', () => {
    expect(unknownRecipients([])).toBe(false);
    expect(unknownRecipients([{}, { code: 'ISR' }])).toBe(false);
    expect(unknownRecipients([{}, {}])).toBe(true);
  });
});
