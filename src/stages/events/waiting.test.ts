import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// data/verbs.txt WAIT and rule-words.tsv stated-act "wait": a site's present "we" waiting for another's
// decision or step asks for it; waiting for a person asks nothing.
const lexicon = loadLexicon();
/** "We are waiting for <what>" in president.gov.ua's own words, whose "we" is Ukraine. */
const waiting = (what: string[]) => {
  const doc = parsedDoc([[
    'We we PRON PRP 3 nsubj',
    'are be AUX VBP 3 aux',
    'waiting wait VERB VBG 0 root',
    'for for ADP IN 5 case',
    ...what,
  ].join('\n')]);
  Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
  return doc;
};

describe('waiting for a decision', () => {
  it('is the speaking side\'s appeal (REQUEST)', () => {
    const { events } = codeEvents(waiting(['decisions decision NOUN NNS 3 obl']), lexicon);
    expect(events.map((e) => [e.event, e.cameo, e.actors.map((a) => a.code).join('+')])).toEqual([['REQUEST', '020', 'UKR']]);
  });

  it('asks nothing when what is awaited is a person', () => {
    const { events } = codeEvents(waiting(['him he PRON PRP 3 obl']), lexicon);
    expect(events).toEqual([]);
  });
});
