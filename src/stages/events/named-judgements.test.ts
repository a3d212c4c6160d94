import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { resolvedActors } from '../discourse/merge.js';
import { matchNamedJudgement, parseNamedJudgements } from './named-judgements.js';
import { indexActors } from './participants.js';
import { buildTree } from './tree.js';

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

/** A sentence of 0-based-indexed rows (head 1-based, as parsedDoc takes them) with its actors. */
const doc = (rows: string[], actors: ActorSpec[]) => parsedDoc([rows.join('\n')], { actors });

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

  it('judges only the side that did the act: the side it was done to refuses, a namer\'s own act judges no one', () => {
    // "Brussels called the invasion of Kosovo a violation ." (no doer named: the victim is not the one judged)
    expect(summary(doc(['Brussels Brussels PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'the the DET DT 4 det',
      'invasion invasion NOUN NN 2 obj', 'of of ADP IN 6 case', 'Kosovo Kosovo PROPN NNP 4 nmod', 'a a DET DT 8 det',
      'violation violation NOUN NN 2 obl:unmarked'], [actor([0, 1], 'IGO', 'Brussels'), actor([5, 6], 'XKX', 'Kosovo')]))).toEqual([]);
    // "Ottawa called its pullout from Haiti wise ." with "its" unresolved or resolved to the namer
    const pullout = (its?: string) => doc(['Ottawa Ottawa PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'its its PRON PRP$ 4 nmod:poss',
      'pullout pullout NOUN NN 2 obj', 'from from ADP IN 6 case', 'Haiti Haiti PROPN NNP 4 nmod', 'wise wise ADJ JJ 2 xcomp'],
    [actor([0, 1], 'CAN', 'Ottawa'), actor([5, 6], 'HTI', 'Haiti'), ...(its ? [actor([2, 3], its, 'its')] : [])]);
    expect(summary(pullout()).filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
    expect(summary(pullout('CAN')).filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
    // "Iran called the U.S. attacks on its platforms an escalation ." (the victim is the namer: the doer is judged)
    expect(summary(doc(['Iran Iran PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'the the DET DT 5 det', 'U.S. U.S. PROPN NNP 5 compound',
      'attacks attack NOUN NNS 2 obj', 'on on ADP IN 8 case', 'its its PRON PRP$ 8 nmod:poss', 'platforms platform NOUN NNS 5 nmod',
      'an a DET DT 10 det', 'escalation escalation NOUN NN 2 obl:unmarked'],
    [actor([0, 1], 'IRN', 'Iran'), actor([3, 4], 'USA', 'U.S.'), actor([6, 7], 'IRN', 'its')]))).toEqual(['ACCUSE IRN->USA']);
  });

  it('takes no comment set off by a comma for a complement ("called Putin on Friday, a positive sign")', () => {
    for (const rel of ['parataxis', 'obl:unmarked', 'advcl']) {
      const events = summary(doc(['Ankara Ankara PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'Putin Putin PROPN NNP 2 obj',
        'on on ADP IN 5 case', 'Friday Friday PROPN NNP 2 obl', ', , PUNCT , 9 punct', 'a a DET DT 9 det', 'positive positive ADJ JJ 9 amod',
        `sign sign NOUN NN 2 ${rel}`], [actor([0, 1], 'TUR', 'Ankara'), actor([2, 3], 'RUS', 'Putin')]));
      expect(events.filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
    }
  });

  it('reads no verdict of effect ("positive for sterling"), no opinion of a thing no side did, no outcome of an event', () => {
    // "London regards the U.S. data as positive [for sterling] ."
    const data = (forSterling: boolean) => doc(['London London PROPN NNP 2 nsubj', 'regards regard VERB VBZ 0 root', 'the the DET DT 5 det',
      'U.S. U.S. PROPN NNP 5 compound', 'data data NOUN NNS 2 obj', 'as as ADP IN 7 case', 'positive positive ADJ JJ 2 obl',
      ...(forSterling ? ['for for ADP IN 9 case', 'sterling sterling NOUN NN 7 obl'] : [])], [actor([0, 1], 'GBR', 'London'), actor([3, 4], 'USA', 'U.S.')]);
    expect(summary(data(true))).toEqual([]);
    expect(summary(data(false))).toEqual([]);
    expect(summary(proposal('Washington', 'USA', 'positive')).filter((e) => e.startsWith('SUPPORT'))).toEqual(['SUPPORT DEU->USA']);
    // "Bonn described Washington's launch / proposal as a success ."
    expect(summary(proposal('Washington', 'USA', 'success', 'NOUN'))).toEqual(['SUPPORT DEU->USA']);
    const launch = summary(doc(['Bonn Bonn PROPN NNP 2 nsubj', 'described describe VERB VBD 0 root', 'the the DET DT 5 det',
      'American American ADJ JJ 5 amod', 'launch launch NOUN NN 2 obj', 'as as ADP IN 8 case', 'a a DET DT 8 det', 'success success NOUN NN 2 obl'],
    [actor([0, 1], 'DEU', 'Bonn')]));
    expect(launch.filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
  });

  it('reads no verdict when the naming is refused ("refused to describe the American move as a provocation")', () => {
    const judgementOf = (d: ReturnType<typeof doc>) => matchNamedJudgement(buildTree(d, lexicon.forms), indexActors(resolvedActors(d), d.layers.tokens.length), 3)?.code;
    const refused = (verb: string) => doc(['Tokyo Tokyo PROPN NNP 2 nsubj', `${verb} VERB VBD 0 root`, 'to to PART TO 4 mark',
      'describe describe VERB VB 2 xcomp', 'the the DET DT 7 det', 'American American ADJ JJ 7 amod', 'move move NOUN NN 4 obj',
      'as as ADP IN 10 case', 'a a DET DT 10 det', 'provocation provocation NOUN NN 4 obl'], [actor([0, 1], 'JPN', 'Tokyo'), actor([5, 6], 'USA', 'American')]);
    expect(judgementOf(refused('refused refuse'))).toBeUndefined();
    expect(judgementOf(refused('hurried hurry'))).toBe('111');
  });

  it('refuses a row of an unknown kind and a word listed twice', () => {
    expect(() => parseNamedJudgements('naming\tcall\nverdict\tbad\n', 'x.tsv')).toThrow(/line 2/);
    expect(() => parseNamedJudgements('damning\tgrab\ndamning\tgrab\n', 'x.tsv')).toThrow(/twice/);
    expect(parseNamedJudgements('# c\npraise\tcapable\n', 'x.tsv').praise.has('capable')).toBe(true);
  });
});
