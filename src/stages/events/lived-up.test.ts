import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const accusations = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'ACCUSE')
  .map((e) => `${e.mode} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Moscow said Kyiv had [not] lived up to its <noun> ." */
const livedUp = (noun: string, negated = true) => {
  const n = negated ? 1 : 0;
  return parsedDoc([`
  Moscow Moscow PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Kyiv Kyiv PROPN NNP ${6 + n - 1} nsubj
  had have AUX VBD ${6 + n - 1} aux
${negated ? '  not not PART RB 6 advmod\n' : ''}  lived live VERB VBN 2 ccomp
  up up ADP RP ${5 + n} compound:prt
  to to ADP IN ${9 + n} case
  its its PRON PRP$ ${9 + n} nmod:poss
  ${noun} ${noun} NOUN NN ${5 + n} obl
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], 'RUS', 'Moscow', 'GOV'), actor([2, 3], 'UKR', 'Kyiv')] });
};

describe('"had not lived up to" a pledge (duty-verb live)', () => {
  it('reads another side told as not living up to its promise as the teller\'s ACCUSE allege', () => {
    expect(accusations(livedUp('promise'))).toEqual(['allege RUS->UKR']);
    expect(accusations(livedUp('commitment'))).toEqual(['allege RUS->UKR']);
  });

  it('blames no one for living up to a pledge, or for not living up to what is owed no one', () => {
    expect(accusations(livedUp('promise', false))).toEqual([]);
    expect(accusations(livedUp('reputation'))).toEqual([]);
  });
});
