import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const biden: ActorSpec = { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' };
const lula: ActorSpec = { sent: 0, tokens: [2, 3], id: 'lula', name: 'Lula', code: 'BRA', sector: 'GOV' };

/** "Biden wished <Lula|you> a full <noun> ." */
const wished = (addressee: string, upos: string, noun: string) => parsedDoc([`
  Biden Biden PROPN NNP 2 nsubj
  wished wish VERB VBD 0 root
  ${addressee} ${addressee} ${upos} ${upos === 'PRON' ? 'PRP' : 'NNP'} 2 iobj
  a a DET DT 6 det
  full full ADJ JJ 6 amod
  ${noun} ${noun} NOUN NN 2 obj
  . . PUNCT . 2 punct`], { actors: upos === 'PRON' ? [biden] : [biden, lula] });

describe('issue-12: well-wishes', () => {
  it('codes a wish given to a party as commendation (SUPPORT) to that party', () => {
    const events = codeEvents(wished('Lula', 'PROPN', 'recovery'), lexicon).events;
    expect(events.map((e) => [e.event, e.recipients.map((r) => r.code)])).toEqual([['SUPPORT', ['BRA']]]);
  });

  it('codes no event for a wish given to no party the article names ("I wish you every success" to an audience)', () => {
    const { events, rejected } = codeEvents(wished('you', 'PRON', 'recovery'), lexicon);
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/no-wished');
  });

  it('still reads a wish for something other than a well-wish as a hope, no act', () => {
    expect(codeEvents(wished('Lula', 'PROPN', 'visit'), lexicon).events).toEqual([]);
  });
});
