import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** A document of president.gov.ua's own words: its "we" is the speaking side, Ukraine. */
function onSite(sentences: readonly string[], actors: readonly ActorSpec[] = []) {
  const doc = parsedDoc(sentences, { actors });
  Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
  return doc;
}
const codes = (doc: ReturnType<typeof onSite>) => codeEvents(doc, lexicon).events
  .map((e) => [e.event, e.actors.map((a) => a.code).join('+'), e.recipients.map((a) => a.code).join('+')]);

const georgia: ActorSpec = { sent: 0, tokens: [6, 7], id: 'geo', name: 'Georgia', code: 'GEO', kind: 'country' };
/** "We <adverb> recall the Ambassador from Georgia ." with the verb's tag and an auxiliary or adverb before it. */
const recall = (before: string, verb: string, xpos: string) => `
  We we PRON PRP 3 nsubj
  ${before} 3 ${before === 'will' ? 'aux' : 'advmod'}
  ${verb} recall VERB ${xpos} 0 root
  the the DET DT 5 det
  Ambassador ambassador NOUN NN 3 obj
  from from ADP IN 7 case
  Georgia Georgia PROPN NNP 5 nmod
  . . PUNCT . 3 punct`;

describe('present-we: an official site\'s own "we" doing an act by saying it', () => {
  it('gives a present act said by "we" to the site\'s side', () => {
    expect(codes(onSite([recall('immediately immediately ADV RB', 'recall', 'VBP')], [georgia]))).toEqual([['SANCTION', 'UKR', 'GEO']]);
  });

  it.each([
    ['the past', recall('immediately immediately ADV RB', 'recalled', 'VBD')],
    ['the future', recall('will will AUX MD', 'recall', 'VB')],
  ])('leaves "we" alone in %s', (_, sentence) => {
    const coded = codeEvents(onSite([sentence], [georgia]), lexicon);
    expect(coded.events).toEqual([]);
    expect(coded.rejected.map((r) => r.ruleId)).toContain('events/no-actor');
  });

  it('leaves "we" alone with an act not done by saying it ("we attack")', () => {
    const attack = onSite([`
      We we PRON PRP 2 nsubj
      attack attack VERB VBP 0 root
      the the DET DT 4 det
      invaders invader NOUN NNS 2 obj
      . . PUNCT . 2 punct`]);
    expect(codes(attack)).toEqual([]);
  });

  it('leaves "we" alone outside an official site (a wire story\'s unquoted "we" is no one known)', () => {
    expect(codeEvents(parsedDoc([recall('immediately immediately ADV RB', 'recall', 'VBP')], { actors: [georgia] }), lexicon).events).toEqual([]);
  });

  it('turns down the side\'s praise of no one named ("We appreciate it")', () => {
    const praise = onSite([`
      We we PRON PRP 2 nsubj
      appreciate appreciate VERB VBP 0 root
      it it PRON PRP 2 obj
      . . PUNCT . 2 punct`]);
    const coded = codeEvents(praise, lexicon);
    expect(coded.events).toEqual([]);
    expect(coded.rejected.map((r) => r.ruleId)).toContain('events/no-praised');
  });
});

describe('addressed thanks: "Thank you, Britain!"', () => {
  const thanks = (name: string) => `
    Thank thank VERB VBP 0 root
    you you PRON PRP 1 obj
    , , PUNCT , 4 punct
    ${name} ${name} PROPN NNP 1 vocative
    ! ! PUNCT . 1 punct`;

  it('is the site\'s thanks to the one addressed', () => {
    const gbr: ActorSpec = { sent: 0, tokens: [3, 4], id: 'gbr', name: 'United Kingdom', code: 'GBR', kind: 'country' };
    expect(codes(onSite([thanks('Britain')], [gbr]))).toEqual([['SUPPORT', 'UKR', 'GBR']]);
  });

  it('is no act when the one addressed is the site\'s own side ("Thank you, Ukraine!")', () => {
    const ukr: ActorSpec = { sent: 0, tokens: [3, 4], id: 'ukr', name: 'Ukraine', code: 'UKR', kind: 'country' };
    expect(codes(onSite([thanks('Ukraine')], [ukr]))).toEqual([]);
  });
});
