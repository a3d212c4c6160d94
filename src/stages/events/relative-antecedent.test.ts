import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const balladur: ActorSpec = { sent: 0, tokens: [0, 1], id: 'balladur', name: 'Balladur', code: 'FRA', sector: 'GOV' };
const thatcher: ActorSpec = { sent: 0, tokens: [7, 8], id: 'thatcher', name: 'Thatcher', code: 'GBR', sector: 'GOV' };

/** "Balladur, who also had talks with Thatcher, said …", the "who" clause hung on the name by `rel`. */
function balladurTalks(rel: 'parataxis' | 'acl:relcl') {
  return parsedDoc([`
  Balladur Balladur PROPN NNP 11 nsubj
  , , PUNCT , 5 punct
  who who PRON WP 5 nsubj
  also also ADV RB 5 advmod
  had have VERB VBD 1 ${rel}
  talks talk NOUN NNS 5 obj
  with with ADP IN 8 case
  Thatcher Thatcher PROPN NNP 6 nmod
  , , PUNCT , 5 punct
  he he PRON PRP 11 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 11 punct`], { actors: [balladur, thatcher], meta: { date: '1987-03-26' } });
}
const consult = (doc: ReturnType<typeof balladurTalks>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'CONSULT').map((e) => e.actors.map((a) => a.code).sort());

describe('the subject "who" of a relative clause the parser hung on its noun by another relation', () => {
  it('issue-12: "Balladur, who also had talks with Thatcher" (parataxis) is Balladur\'s meeting', () => {
    expect(consult(balladurTalks('parataxis'))).toEqual([['FRA', 'GBR']]);
  });

  it('reads acl:relcl as before', () => {
    expect(consult(balladurTalks('acl:relcl'))).toEqual([['FRA', 'GBR']]);
  });
});
