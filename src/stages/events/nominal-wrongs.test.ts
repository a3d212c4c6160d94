import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const putin: ActorSpec = { sent: 0, tokens: [0, 1], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' };
const regime = (at: number): ActorSpec => ({ sent: 0, tokens: [at, at + 1], id: 'ukr', name: 'Kiev regime', code: 'UKR', sector: 'GOV' });

describe('wrongs named with their doer (nominal-wrongs.ts)', () => {
  it('codes "the genocide perpetrated by the Kiev regime" as its teller accusing the doer', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      recalled recall VERB VBD 0 root
      the the DET DT 4 det
      genocide genocide NOUN NN 2 obj
      perpetrated perpetrate VERB VBN 4 acl
      by by ADP IN 7 case
      regime regime NOUN NN 5 obl
      . . PUNCT . 2 punct`], { actors: [putin, regime(6)] });
    const events = codeEvents(doc, lexicon).events;
    expect(events.map((e) => `${e.event} ${e.cameo} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`)).toEqual(['ACCUSE 112 RUS->UKR']);
    expect(events[0].why).toContain('genocide');
  });

  it('codes nothing for a wrong with no doer named, or for a word not in the class', () => {
    const doc = (noun: string) => parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      recalled recall VERB VBD 0 root
      the the DET DT 4 det
      ${noun} ${noun} NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [putin] });
    expect(codeEvents(doc('genocide'), lexicon).events).toEqual([]);
    const withDoer = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      recalled recall VERB VBD 0 root
      the the DET DT 4 det
      aggression aggression NOUN NN 2 obj
      perpetrated perpetrate VERB VBN 4 acl
      by by ADP IN 7 case
      regime regime NOUN NN 5 obl
      . . PUNCT . 2 punct`], { actors: [putin, regime(6)] });
    expect(codeEvents(withDoer, lexicon).events.filter((e) => e.event === 'ACCUSE')).toEqual([]);
  });

  it('codes conduct judged by a condemning adjective ("Kiev\'s destructive policy") as an accusation of its doer, and conduct not so judged as none', () => {
    const doc = (adjective: string) => parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      noted note VERB VBD 0 root
      Kiev Kiev PROPN NNP 6 nmod:poss
      's 's PART POS 3 case
      ${adjective} ${adjective} ADJ JJ 6 amod
      policy policy NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [putin, regime(2)] });
    const coded = (adjective: string) => codeEvents(doc(adjective), lexicon).events.map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);
    expect(coded('destructive')).toEqual(['ACCUSE RUS->UKR']);
    expect(coded('economic')).toEqual([]);
  });
});
