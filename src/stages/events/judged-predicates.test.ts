import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A speaker's judgement of another side's act with no accusing verb (judged-predicates.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event}/${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Miller said the <owner> plan was [not] <predicate> ." with the subject under the predicate, as parsed. */
const judged = (owner: string, ownerCode: string, predicate: string, negated = false, degree?: string, sector?: string) => {
  const n = (negated ? 1 : 0) + (degree ? 1 : 0);
  const rows = [
    'Miller Miller PROPN NNP 2 nsubj', `said say VERB VBD 0 root`, 'the the DET DT 5 det', `${owner} ${owner} PROPN NNP 5 compound`,
    `plan plan NOUN NN ${7 + n} nsubj`, `was be AUX VBD ${7 + n} cop`, ...(negated ? [`not not PART RB ${7 + n} advmod`] : []),
    ...(degree ? [`${degree} ${degree} ADV RB ${7 + n} advmod`] : []),
    `${predicate} ${predicate} ADJ JJ 2 ccomp`, `. . PUNCT . 2 punct`,
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'USA', 'James Miller', 'GOV'), actor([3, 4], ownerCode, owner, sector)] });
};

describe('a judgement told in speech (judged-predicates.ts)', () => {
  it('reads a damning predicate of another side\'s act as the speaker\'s ACCUSE disapprove of its owner', () => {
    expect(summary(judged('Tokyo', 'JPN', 'deficient'))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(codeEvents(judged('Tokyo', 'JPN', 'deficient'), lexicon).events[0].reasons[0].rule).toBe('events/content-judged');
  });

  it('reads a denied adequacy ("is not enough") and an excess ("too rigid") as the same, but not their opposites', () => {
    expect(summary(judged('Japan', 'JPN', 'enough', true))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(summary(judged('Japan', 'JPN', 'enough'))).toEqual([]);
    expect(summary(judged('Japan', 'JPN', 'rigid', false, 'too'))).toEqual(['ACCUSE/disapprove USA->JPN']);
    expect(summary(judged('Japan', 'JPN', 'rigid'))).toEqual([]);
  });

  it('blames no one for a denied damning word nor for the speaker\'s own side', () => {
    expect(summary(judged('Japan', 'JPN', 'deficient', true))).toEqual([]);
    expect(summary(judged('Washington', 'USA', 'deficient'))).toEqual([]);
    expect(summary(judged('Washington', 'USA', 'deficient', false, undefined, 'GOV'))).toEqual([]);
  });

  it('lets a government judge its own country\'s legislature ("a budget plan drafted by the Senate was deficient")', () => {
    expect(summary(judged('Senate', 'USA', 'deficient', false, undefined, 'LEG'))).toEqual(['ACCUSE/disapprove USA->USA']);
  });

  it('lets a government judge its own country\'s rebels ("the FARC attack was cowardly")', () => {
    expect(summary(judged('FARC', 'USA', 'deficient', false, undefined, 'REB'))).toEqual(['ACCUSE/disapprove USA->USA']);
  });

  it('takes the subject the parser hung on the verb of saying ("said OECD predictions \'are unreliable\'")', () => {
    const doc = parsedDoc([[
      'Lawson Lawson PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'OECD OECD PROPN NNP 4 compound', 'predictions prediction NOUN NNS 2 obj',
      'are be AUX VBP 6 cop', 'unreliable unreliable ADJ JJ 2 ccomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'GBR', 'Nigel Lawson', 'GOV'), actor([2, 3], 'IGOOECD', 'OECD')] });
    expect(summary(doc)).toEqual(['ACCUSE/disapprove GBR->IGOOECD']);
  });

  it('takes a closing speaker the parser hung on the predicate (", EC trade chief de Clercq said")', () => {
    const doc = parsedDoc([[
      'Japan Japan PROPN NNP 3 nmod:poss', "'s 's PART POS 1 case", 'restraint restraint NOUN NN 6 nsubj', 'is be AUX VBZ 6 cop',
      'not not PART RB 6 advmod', 'enough enough ADJ JJ 11 ccomp', ', , PUNCT , 9 punct', 'EC EC PROPN NNP 9 compound',
      'chief chief NOUN NN 6 parataxis', 'Clercq Clercq PROPN NNP 9 appos', 'said say VERB VBD 0 root', '. . PUNCT . 11 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Japan'), actor([7, 10], 'IGOEU', 'Willy de Clercq')] });
    expect(summary(doc)).toEqual(['ACCUSE/disapprove IGOEU->JPN']);
  });

  it('reads a damning participle the parser took for a passive verb ("the Tory scheme is \'deeply flawed\'")', () => {
    const rows = (word: string) => [
      'Kennedy Kennedy PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'Tory Tory PROPN NNP 5 compound',
      'scheme scheme NOUN NN 8 nsubj:pass', 'is be AUX VBZ 8 cop', 'deeply deeply ADV RB 8 advmod', `${word} ${word} VERB VBN 2 ccomp`, '. . PUNCT . 2 punct',
    ].join('\n');
    const actors = [actor([0, 1], 'GBR', 'Charles Kennedy', 'OPP'), actor([3, 4], 'GBR', 'Conservative Party', 'PTY')];
    expect(summary(parsedDoc([rows('flawed')], { actors }))).toEqual(['ACCUSE/disapprove GBR->GBR']);
    // A participle that is no verdict stays the lexicon's ("funded": COOPERATE), with no criticism.
    expect(summary(parsedDoc([rows('funded')], { actors })).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
});

// Review fix (session 42, fix-ev-speech): a passive act done to the subject is no verdict on it.
describe('a damning participle with an agent or object (judged-predicates.ts)', () => {
  /** "officials said the UN aid workers were <participle> [for militants] [by Israeli troops] ." */
  const passive = (word: string, opts: { as?: boolean; agent?: boolean } = {}) => {
    const head = 7;
    const rows = [
      'officials official NOUN NNS 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'UN UN PROPN NNP 5 compound',
      `workers worker NOUN NNS ${head} nsubj:pass`, `were be AUX VBD ${head} aux:pass`, `${word} ${word} VERB VBN 2 ccomp`,
      ...(opts.as ? [`for for ADP IN 9 case`, `militants militant NOUN NNS ${head} obl`] : []),
      ...(opts.agent ? [`by by ADP IN ${opts.as ? 12 : 10} case`, `Israeli Israeli ADJ JJ ${opts.as ? 12 : 10} amod`, `troops troop NOUN NNS ${head} obl:agent`] : []),
      '. . PUNCT . 2 punct',
    ].join('\n');
    return parsedDoc([rows], { actors: [actor([0, 1], 'PSE', 'Palestinian officials', 'GOV'), actor([3, 4], 'IGOUNO', 'United Nations')] });
  };

  it('blames no one for "were mistaken for militants by Israeli troops", nor with only the object or only the agent', () => {
    expect(summary(passive('mistaken', { as: true, agent: true }))).toEqual([]);
    expect(summary(passive('mistaken', { as: true }))).toEqual([]);
    expect(summary(passive('misplaced', { agent: true }))).toEqual([]);
  });

  it('blames no one when the participle is tagged as an adjective with its "for" phrase (the parse of the probe)', () => {
    const rows = (tail: string[]) => [
      'officials official NOUN NNS 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'UN UN PROPN NNP 5 compound',
      'workers worker NOUN NNS 7 nsubj', 'were be AUX VBD 7 cop', 'mistaken mistaken ADJ JJ 2 ccomp', ...tail, '. . PUNCT . 2 punct',
    ].join('\n');
    const actors = [actor([0, 1], 'PSE', 'Palestinian officials', 'GOV'), actor([3, 4], 'IGOUNO', 'United Nations')];
    expect(summary(parsedDoc([rows(['for for ADP IN 9 case', 'militants militant NOUN NNS 7 obl', 'by by ADP IN 12 case', 'Israeli Israeli ADJ JJ 12 amod', 'troops troop NOUN NNS 9 nmod'])], { actors }))).toEqual([]);
    // "were mistaken in their judgement": a verdict still.
    expect(summary(parsedDoc([rows(['in in ADP IN 10 case', 'their their PRON PRP$ 10 nmod:poss', 'judgement judgement NOUN NN 7 obl'])], { actors }))).toEqual(['ACCUSE/disapprove PSE->IGOUNO']);
  });

  it('still reads the bare participle as the verdict ("the UN workers were mistaken")', () => {
    expect(summary(passive('mistaken'))).toEqual(['ACCUSE/disapprove PSE->IGOUNO']);
  });
});

describe('the doer of a judged deed (judged-predicates.ts, deed-doers.ts)', () => {
  /** "<speaker> said <rows> were illegal ." where `@` in a row stands for the predicate's position. */
  const deed = (speaker: [string, string], rows: readonly string[], actors: readonly ActorSpec[]) => {
    const n = rows.length + 4;
    return parsedDoc([[
      `${speaker[0]} ${speaker[0]} PROPN NNP 2 nsubj`, 'said say VERB VBD 0 root', ...rows.map((r) => r.replace('@', String(n))),
      `were be AUX VBD ${n} cop`, `illegal illegal ADJ JJ 2 ccomp`, '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], speaker[1], speaker[0], 'GOV'), ...actors] });
  };

  it('blames the nationality of a deed ("said the American sanctions were illegal")', () => {
    const doc = deed(['Tehran', 'IRN'], ['the the DET DT 5 det', 'American American ADJ JJ 5 amod', 'sanctions sanction NOUN NNS @ nsubj'], []);
    expect(summary(doc)).toEqual(['ACCUSE/disapprove IRN->USA']);
  });

  it('blames the "by" agent of a deed ("said the measures by Washington were illegal")', () => {
    const doc = deed(['Tehran', 'IRN'], ['the the DET DT 4 det', 'measures measure NOUN NNS @ nsubj', 'by by ADP IN 6 case', 'Washington Washington PROPN NNP 4 nmod'], [actor([5, 6], 'USA', 'Washington')]);
    expect(summary(doc)).toEqual(['ACCUSE/disapprove IRN->USA']);
  });

  it('never blames the side a deed was done to ("said the invasion of Ukraine was illegal")', () => {
    const doc = deed(['Brussels', 'IGOEU'], ['the the DET DT 4 det', 'invasion invasion NOUN NN @ nsubj', 'of of ADP IN 6 case', 'Ukraine Ukraine PROPN NNP 4 nmod'], [actor([5, 6], 'UKR', 'Ukraine')]);
    expect(summary(doc)).toEqual([]);
  });

  it('blames the "of" owner of a policy ("said the policies of Washington were illegal")', () => {
    const doc = deed(['Tehran', 'IRN'], ['the the DET DT 4 det', 'policies policy NOUN NNS @ nsubj', 'of of ADP IN 6 case', 'Washington Washington PROPN NNP 4 nmod'], [actor([5, 6], 'USA', 'Washington')]);
    expect(summary(doc)).toEqual(['ACCUSE/disapprove IRN->USA']);
  });

  it('never blames the patient in the "of" phrase of an act noun not listed as taking its doer there (review ev-said 2, 3)', () => {
    for (const [word, lemma] of [['nomination', 'nomination'], ['annexation', 'annexation'], ['recognition', 'recognition'], ['admission', 'admission']]) {
      const doc = deed(['Moscow', 'RUS'], ['the the DET DT 4 det', `${word} ${lemma} NOUN NN @ nsubj`, 'of of ADP IN 6 case', 'Kyiv Kyiv PROPN NNP 4 nmod'], [actor([5, 6], 'UKR', 'Kyiv')]);
      expect(summary(doc)).toEqual([]);
    }
  });

  it('keeps a named doer beside the named target ("the Israeli blockade of Gaza", "the occupation of the West Bank by Israel"; review ev-said 4)', () => {
    const nationality = deed(['Ankara', 'TUR'], ['the the DET DT 5 det', 'Israeli Israeli ADJ JJ 5 amod', 'blockade blockade NOUN NN @ nsubj', 'of of ADP IN 7 case', 'Gaza Gaza PROPN NNP 5 nmod'], [actor([6, 7], 'PSE', 'Gaza')]);
    expect(summary(nationality)).toEqual(['ACCUSE/disapprove TUR->ISR']);
    const agent = deed(['Amman', 'JOR'], ['the the DET DT 4 det', 'occupation occupation NOUN NN @ nsubj', 'of of ADP IN 6 case', 'Gaza Gaza PROPN NNP 4 nmod', 'by by ADP IN 8 case', 'Israel Israel PROPN NNP 4 nmod'], [actor([5, 6], 'PSE', 'Gaza'), actor([7, 8], 'ISR', 'Israel')]);
    expect(summary(agent)).toEqual(['ACCUSE/disapprove JOR->ISR']);
  });
});

describe('a judgement said "on Monday that …" (tree.ts reattachThatClauses; review ev-said 7)', () => {
  /** "Tehran said on Monday that Washington was irresponsible ." with the clause hung on "Monday", as parsed. */
  const onMonday = (rel: string, mark = 'that that SCONJ IN 8 mark') => parsedDoc([[
    'Tehran Tehran PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'on on ADP IN 4 case', 'Monday Monday PROPN NNP 2 obl',
    mark, 'Washington Washington PROPN NNP 8 nsubj', 'was be AUX VBD 8 cop', `irresponsible irresponsible ADJ JJ 4 ${rel}`, '. . PUNCT . 2 punct',
  ].join('\n')], { actors: [actor([0, 1], 'IRN', 'Tehran', 'GOV'), actor([5, 6], 'USA', 'Washington')] });

  it('reads the "that" clause hung on the time phrase as what was said', () => {
    expect(summary(onMonday('acl:relcl'))).toEqual(['ACCUSE/disapprove IRN->USA']);
    expect(summary(onMonday('acl'))).toEqual(['ACCUSE/disapprove IRN->USA']);
  });

  it('leaves a relative clause with a relative pronoun alone', () => {
    expect(summary(onMonday('acl:relcl', 'that that PRON WDT 8 obl'))).toEqual([]);
  });
});

// review fix-a #6: a joint source judges together; every coded party of it is an actor, as statement-stance.ts reads it.
describe('a judgement told by a joint source (real parse)', () => {
  it('has every coded party of the source as its actors', () => {
    expect(codedAt('Japan\'s trade policy is unfair and protectionist, U.S. and British officials said.', 'unfair', '1987-04-03')).toEqual(['ACCUSE USA+GBR->JPN']);
  });
});
