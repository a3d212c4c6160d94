import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** A document of president.gov.ua's own words, whose teller is the site's side, Ukraine. */
function onSite(sentence: string) {
  const doc = parsedDoc([sentence]);
  Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
  return doc;
}
const coded = (sentence: string) => codeEvents(onSite(sentence), lexicon);

/** "<Even bolder> sanctions <are|were> needed ." */
const needed = (aux: string, xpos: string) => `
  Even even ADV RB 2 advmod
  bolder bold ADJ JJR 3 amod
  sanctions sanction NOUN NNS 5 nsubj:pass
  ${aux} be AUX ${xpos} 5 aux:pass
  needed need VERB VBN 0 root
  . . PUNCT . 5 punct`;

describe('stated-need: a need stated with no one who needs it is its teller\'s call', () => {
  it('gives "sanctions are needed" on an official site to the site\'s side as a call (REQUEST), not a threat', () => {
    const { events } = coded(needed('are', 'VBP'));
    expect(events.map((e) => [e.event, e.cameo, e.actors.map((a) => a.code).join('+')])).toEqual([['REQUEST', '020', 'UKR']]);
    expect(events[0].reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['events/stated-need', 'events/need-teller']));
  });

  it('leaves a past need alone: "the sanctions were needed" explains, it calls for nothing', () => {
    const { events, rejected } = coded(needed('were', 'VBD'));
    expect(events).toEqual([]);
    expect(rejected.map((r) => r.ruleId)).toContain('events/no-actor');
  });

  it('leaves a need in a clause that only describes alone ("help when help is needed")', () => {
    const { events } = coded(`
      Allies ally NOUN NNS 2 nsubj
      help help VERB VBP 0 root
      when when ADV WRB 6 advmod
      help help NOUN NN 6 nsubj:pass
      is be AUX VBZ 6 aux:pass
      needed need VERB VBN 2 advcl
      . . PUNCT . 2 punct`);
    expect(events.filter((e) => e.event === 'REQUEST')).toEqual([]);
  });
});
