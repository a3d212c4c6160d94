import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [1, 2], id: 'bennett', name: 'Naftali Bennett', code: 'ISR', sector: 'GOV' },
  { sent: 0, tokens: [6, 7], id: 'zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV' },
];
/** "<opener> Bennett, <verb> you, Zelensky said." as the parser reads it, the name the subject of the verb. */
const sentence = (opener: string, verb: string, xpos: string) => parsedDoc([`
  ${opener} ${opener.toLowerCase()} ADJ JJ 2 amod
  Bennett Bennett PROPN NNP 4 nsubj
  , , PUNCT , 2 punct
  ${verb} thank VERB ${xpos} 8 ccomp
  you you PRON PRP 4 obj
  , , PUNCT , 4 punct
  Zelensky Zelensky PROPN NNP 8 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 8 punct`], { actors });

describe('vocatives', () => {
  it('makes a name set off after "Dear" the addressee and the speaker the actor', () => {
    const thanks = codeEvents(sentence('Dear', 'thank', 'VBP'), lexicon).events.find((e) => e.event === 'SUPPORT');
    expect(thanks?.actors.map((a) => a.code)).toEqual(['UKR']);
    expect(thanks?.recipients.map((a) => a.code)).toEqual(['ISR']);
  });

  it('leaves a subject that tells of a past act the actor ("Yesterday Bennett, thanked you")', () => {
    const thanks = codeEvents(sentence('Yesterday', 'thanked', 'VBD'), lexicon).events.find((e) => e.event === 'SUPPORT');
    expect(thanks?.actors.map((a) => a.code)).toEqual(['ISR']);
  });
});
