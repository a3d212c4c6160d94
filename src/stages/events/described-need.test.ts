import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// The lexicon's "need * HELP" (CAMEO's DEMAND block) is an appeal for aid (023).
const lexicon = loadLexicon();
const ukrainians: ActorSpec = { sent: 0, tokens: [1, 2], id: 'ukr', name: 'Ukrainians', code: 'UKR', kind: 'country' };

describe('a need described in a relative clause', () => {
  it('"We help Ukrainians who need urgent help": the needy described, no appeal', () => {
    const doc = parsedDoc([`
      We we PRON PRP 2 nsubj
      help help VERB VBP 0 root
      Ukrainians Ukrainians PROPN NNPS 2 obj
      who who PRON WP 5 nsubj
      need need VERB VBP 3 acl:relcl
      urgent urgent ADJ JJ 7 amod
      help help NOUN NN 5 obj
      . . PUNCT . 2 punct`], { actors: [{ ...ukrainians, tokens: [2, 3] }] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.filter((e) => e.event === 'REQUEST')).toEqual([]);
    expect(coded.rejected.map((r) => r.ruleId)).toContain('events/described-need');
  });

  it('"Ukrainians need urgent help": a need said in its own clause is still the call', () => {
    const doc = parsedDoc([`
      Ukrainians Ukrainians PROPN NNPS 2 nsubj
      need need VERB VBP 0 root
      urgent urgent ADJ JJ 4 amod
      help help NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [{ ...ukrainians, tokens: [0, 1] }] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.map((e) => e.event)).toEqual(['REQUEST']);
    expect(coded.rejected.map((r) => r.ruleId)).not.toContain('events/described-need');
  });
});

// A readout through the real pipeline: a side's own need of help said in its own clause is its request to the call's
// other party (CAMEO's "need * HELP", 023), once the tagger reads "needs" after a common noun as the verb (#12).
const pipeline = defaultPipeline({ layers: ['events'] });
const CALL = 'WASHINGTON, March 3 - Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba.';
const requestsOf = (sentence: string) => {
  const doc = pipeline.run(makeDoc({ text: `${CALL} ${sentence}`, meta: { date: '2023-03-03' } }));
  const said = doc.text.indexOf(sentence);
  return (doc.layers.events?.events ?? [])
    .filter((e) => e.event === 'REQUEST' && e.evidence.start >= said)
    .map((e) => ({ cameo: e.cameo, actors: e.actors.map((a) => a.code), recipients: e.recipients.map((a) => a.code) }));
};

describe('a need said in a readout', () => {
  // "needs" was tagged a plural noun and "help" the verb (finite-verb.ts `misreadPresentVerb`).
  it('"the Ukrainian government needs help": the side\'s appeal to the other party of the call', () => {
    expect(requestsOf('Kuleba said the Ukrainian government needs help.')).toEqual([{ cameo: '023', actors: ['UKR'], recipients: ['USA'] }]);
  });
});
