import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'grc', name: 'Papandreou', code: 'GRC', sector: 'GOV' },
  { sent: 0, tokens: [5, 6], id: 'tur', name: 'Turkey', code: 'TUR', sector: 'GOV' },
];
/** "Papandreou <verb> an invitation to Turkey ." */
const invitation = (word: string, lemma: string) => parsedDoc([`
  Papandreou Papandreou PROPN NNP 2 nsubj
  ${word} ${lemma} VERB VBD 0 root
  an a DET DT 4 det
  invitation invitation NOUN NN 2 obj
  to to ADP IN 6 case
  Turkey Turkey PROPN NNP 4 nmod
  . . PUNCT . 2 punct`], { actors, meta: { date: '1987-03-28' } });
const coded = (word: string, lemma: string) => codeEvents(invitation(word, lemma), lexicon).events.map((e) => [e.event, e.actors.map((a) => a.code)]);

describe('an act repeated or extended is that act (rule-words.tsv, organizing repeat / renew / extend)', () => {
  it('issue-12: "repeated an invitation to Turkey" is the invitation, AGREE (PLOVER 376: invitations to talks)', () => {
    expect(coded('repeated', 'repeat')).toEqual([['AGREE', ['GRC']]]);
  });

  it('codes "extended an invitation" the same way', () => {
    expect(coded('extended', 'extend')).toEqual([['AGREE', ['GRC']]]);
  });
});
