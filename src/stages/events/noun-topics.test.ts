import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector?: string): ActorSpec => ({ sent: 0, tokens, id: `${code}${sector ?? ''}`.toLowerCase(), name: code, code, ...(sector ? { sector } : {}) });

/** "The EU agreed on a package …": `rows` after "package" (token 6). */
function agreed(rows: string, actors: ActorSpec[]): string[] {
  const doc = parsedDoc([`
    The the DET DT 2 det
    EU EU PROPN NNP 3 nsubj
    agreed agree VERB VBD 0 root
    on on ADP IN 6 case
    a a DET DT 6 det
    package package NOUN NN 3 obl
    ${rows}
    . . PUNCT . 3 punct`], { actors: [actor([1, 2], 'IGO', 'EU'), ...actors] });
  return codeEvents(doc, lexicon).events.filter((e) => e.event === 'AGREE').map((e) => e.recipients.map((r) => r.code).join('+'));
}

describe('issue-12: a noun\'s topic phrase names no party to a cooperative act', () => {
  it('"agreed on a package of measures on Syria" is addressed to no one', () => {
    expect(agreed(`of of ADP IN 8 case
      measures measure NOUN NNS 6 nmod
      on on ADP IN 10 case
      Syria Syria PROPN NNP 8 nmod`, [actor([9, 10], 'SYR')])).toEqual(['']);
  });

  it('a party named beside the topic still is ("a package with Canada")', () => {
    expect(agreed(`with with ADP IN 8 case
      Canada Canada PROPN NNP 6 nmod`, [actor([7, 8], 'CAN')])).toEqual(['CAN']);
  });
});
