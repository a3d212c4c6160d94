import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Biden said the United States will act firmly in response to <doer's> actions ." (no doer: "to actions"). */
const acted = (doer?: string, aux = 'will') => {
  const rows = [
    'Biden Biden PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'United United ADJ NNP 5 amod',
    'States State PROPN NNPS 7 nsubj', `${aux} ${aux} AUX MD 7 aux`, 'act act VERB VB 2 ccomp', 'firmly firmly ADV RB 7 advmod',
    'in in ADP IN 10 case', 'response response NOUN NN 7 obl', `to to ADP IN ${doer ? 14 : 12} case`,
  ];
  const actors = [actor([0, 1], 'USA', 'Joe Biden', 'GOV'), actor([2, 5], 'USA', 'the United States')];
  if (doer) {
    rows.push(`${doer} ${doer} PROPN NNP ${rows.length + 3} nmod:poss`, `'s 's PART POS ${rows.length + 1} case`);
    actors.push(actor([rows.length - 2, rows.length - 1], 'RUS', doer));
  }
  rows.push('actions action NOUN NNS 10 nmod', '. . PUNCT . 2 punct');
  return parsedDoc([rows.join('\n')], { actors });
};

describe('acting in response to another side\'s acts (response-phrase.ts, speech-content.ts)', () => {
  it('issue-12: "will act firmly in response to Russia\'s actions" is a THREATEN of Russia', () => {
    expect(summary(acted('Russia'))).toEqual(['THREATEN USA->RUS']);
    expect(codeEvents(acted('Russia'), lexicon).events[0].reasons[0].rule).toBe('events/content-threat');
  });

  it('promises nothing when the acts answered have no named doer ("will act firmly … to address the issues")', () => {
    expect(summary(acted())).toEqual([]);
  });

  it('promises nothing in the past', () => {
    expect(summary(acted('Russia', 'did'))).toEqual([]);
  });
});
