import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { parseNamedJudgements } from './named-judgements.js';

// A verdict given by naming a side or its act (named-judgements.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event}${e.negated ? '(negated)' : ''} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Tokyo [did not] call(ed) the American tariffs <verdict> ." */
const tariffs = (verdict: string, negated = false) => {
  const n = negated ? 2 : 0;
  const rows = [
    `Tokyo Tokyo PROPN NNP ${2 + n} nsubj`,
    ...(negated ? [`did do AUX VBD 4 aux`, `not not PART RB 4 advmod`] : []),
    `${negated ? 'call call VERB VB' : 'called call VERB VBD'} 0 root`, `the the DET DT ${5 + n} det`, `American American ADJ JJ ${5 + n} amod`,
    `tariffs tariff NOUN NNS ${2 + n} obj`, `${verdict} ${verdict} ADJ JJ ${2 + n} xcomp`, `. . PUNCT . ${2 + n} punct`,
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'JPN', 'Tokyo')] });
};

/** "Bonn described <owner>'s proposal as <verdict> ." */
const proposal = (owner: string, code: string | undefined, verdict: string, upos = 'ADJ') => parsedDoc([[
  'Bonn Bonn PROPN NNP 2 nsubj', 'described describe VERB VBD 0 root', `${owner} ${owner} PROPN NNP 5 nmod:poss`, "'s 's PART POS 3 case",
  'proposal proposal NOUN NN 2 obj', 'as as ADP IN 7 case', `${verdict} ${verdict} ${upos} JJ 2 obl`, '. . PUNCT . 2 punct',
].join('\n')], { actors: [actor([0, 1], 'DEU', 'Bonn'), ...(code ? [actor([2, 3], code, owner)] : [])] });

/** "Paris called the Soviet invasion of Afghanistan a violation ." */
const invasion = () => parsedDoc([[
  'Paris Paris PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'the the DET DT 5 det', 'Soviet Soviet ADJ JJ 5 amod',
  'invasion invasion NOUN NN 2 obj', 'of of ADP IN 7 case', 'Afghanistan Afghanistan PROPN NNP 5 nmod', 'a a DET DT 9 det',
  'violation violation NOUN NN 2 obl:unmarked', '. . PUNCT . 2 punct',
].join('\n')], { actors: [actor([0, 1], 'FRA', 'Paris'), actor([6, 7], 'AFG', 'Afghanistan')] });

describe('a verdict given by naming (named-judgements.ts)', () => {
  it('reads a damning complement as the namer\'s criticism of the side named, not the lexicon\'s reading of the object', () => {
    expect(summary(tariffs('unfair'))).toEqual(['ACCUSE JPN->USA']);
    expect(codeEvents(tariffs('unfair'), lexicon).events[0].why).toMatch(/naming what a side did/);
  });

  it('keeps the lexicon\'s reading when the complement gives no verdict', () => {
    expect(summary(tariffs('temporary')).some((e) => e.startsWith('ACCUSE'))).toBe(false);
  });

  it('reads a praising complement of a side\'s act as SUPPORT, a damning one as ACCUSE', () => {
    expect(summary(proposal('Washington', 'USA', 'constructive'))).toEqual(['SUPPORT DEU->USA']);
    expect(summary(proposal('Washington', 'USA', 'mistake', 'NOUN'))).toEqual(['ACCUSE DEU->USA']);
  });

  it('judges no one when the thing named belongs to no side, or names two (the doer and the side it was done to)', () => {
    expect(summary(proposal('Tuesday', undefined, 'unfair'))).toEqual([]);
    expect(summary(invasion()).some((e) => e.startsWith('ACCUSE'))).toBe(false);
  });

  it('leaves a denied verdict negated', () => {
    expect(summary(tariffs('unfair', true))).toEqual(['ACCUSE(negated) JPN->USA']);
  });

  it('refuses a row of an unknown kind and a word listed twice', () => {
    expect(() => parseNamedJudgements('naming\tcall\nverdict\tbad\n', 'x.tsv')).toThrow(/line 2/);
    expect(() => parseNamedJudgements('damning\tgrab\ndamning\tgrab\n', 'x.tsv')).toThrow(/twice/);
    expect(parseNamedJudgements('# c\npraise\tcapable\n', 'x.tsv').praise.has('capable')).toBe(true);
  });
});
