import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event}/${e.mode} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "<speaker> said the United States had regrettably not listened ." */
const regret = (speaker: string) => parsedDoc([`
  Fukukawa Fukukawa PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  the the DET DT 5 det
  United United ADJ NNP 5 amod
  States State PROPN NNPS 9 nsubj
  had have AUX VBD 9 aux
  regrettably regrettably ADV RB 9 advmod
  not not PART RB 9 advmod
  listened listen VERB VBN 2 ccomp
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], speaker, 'Fukukawa', 'GOV'), actor([2, 5], 'USA', 'the United States')] });

/** "Moscow said Washington had [not] ignored its proposals ." */
const ignored = (speaker: string, negated = false) => parsedDoc([`
  Moscow Moscow PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Washington Washington PROPN NNP ${negated ? 6 : 5} nsubj
  had have AUX VBD ${negated ? 6 : 5} aux
${negated ? '  not not PART RB 6 advmod\n' : ''}  ignored ignore VERB VBN 2 ccomp
  its its PRON PRP$ ${negated ? 8 : 7} nmod:poss
  proposals proposal NOUN NNS ${negated ? 6 : 5} obj
  . . PUNCT . 2 punct`], { actors: [actor([0, 1], speaker, 'Moscow', 'GOV'), actor([2, 3], 'USA', 'Washington')] });

/** "Zelenskyy said people fled due to <possessor> 's [adjective] <noun> ." */
const cause = (possessor: string, code: string, noun: string, adjective?: string) => {
  const n = adjective ? 10 : 9;
  const rows = [
    'Zelenskyy Zelenskyy PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'people people NOUN NNS 4 nsubj', 'fled flee VERB VBD 2 ccomp',
    `due due ADP IN ${n} case`, 'to to ADP IN 5 fixed', `${possessor} ${possessor} PROPN NNP ${n} nmod:poss`, "'s 's PART POS 7 case",
    ...(adjective ? [`${adjective} ${adjective} ADJ JJ ${n} amod`] : []), `${noun} ${noun} NOUN NN 4 obl`, '. . PUNCT . 2 punct',
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'UKR', 'Volodymyr Zelenskyy', 'GOV'), actor([6, 7], code, possessor)] });
};

describe('speechContentEvents (through codeEvents)', () => {
  it('reads regret over another side\'s conduct in reported speech as the speaker\'s ACCUSE disapprove', () => {
    expect(summary(regret('JPN'))).toEqual(['ACCUSE/disapprove JPN->USA']);
    const [event] = codeEvents(regret('JPN'), lexicon).events;
    expect(event.reasons[0].rule).toBe('events/content-regret');
    expect(event.why).toContain('"regrettably"');
  });

  it('reads another side\'s wrong told by a speaker ("said Washington had ignored its proposals") as an ACCUSE allege, but not a denied one or the speaker\'s own', () => {
    expect(summary(ignored('RUS'))).toEqual(['ACCUSE/allege RUS->USA']);
    expect(codeEvents(ignored('RUS'), lexicon).events[0].reasons[0].rule).toBe('events/content-wrong');
    expect(summary(ignored('RUS', true))).toEqual([]);
    expect(summary(ignored('USA'))).toEqual([]);
  });

  it('makes no accusation when the regretted conduct is the speaker\'s own side\'s', () => {
    expect(summary(regret('USA'))).toEqual([]);
  });

  it('reads harm put down to another side\'s hostile act ("due to Russia\'s invasion") as an ACCUSE allege of the doer', () => {
    expect(summary(cause('Russia', 'RUS', 'invasion'))).toEqual(['ACCUSE/allege UKR->RUS']);
  });

  it('blames neutral conduct only with an adjective of fault ("erroneous policies")', () => {
    expect(summary(cause('Japan', 'JPN', 'policy'))).toEqual([]);
    // Japan's erroneous policy is a wrong named with its doer (nominal-wrongs.ts), accused before the harm it caused is read.
    expect(summary(cause('Japan', 'JPN', 'policy', 'erroneous'))).toEqual(['ACCUSE/disapprove UKR->JPN']);
  });

  it('blames no one for a cause that is no hostile act ("due to Poland\'s support")', () => {
    expect(summary(cause('Poland', 'POL', 'support'))).toEqual([]);
  });
});

/** "Biden said the United States will respond <adverb> if Russia invades ." */
const response = (adverb?: string, condition = true, aux = 'will') => {
  const rows = [
    'Biden Biden PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 5 det', 'United United ADJ NNP 5 amod',
    'States State PROPN NNPS 7 nsubj', `${aux} ${aux} AUX MD 7 aux`, 'respond respond VERB VB 2 ccomp',
    ...(adverb ? [`${adverb} ${adverb} ADV RB 7 advmod`] : []),
  ];
  const at = rows.length;
  if (condition) rows.push(`if if SCONJ IN ${at + 3} mark`, `Russia Russia PROPN NNP ${at + 3} nsubj`, `invades invade VERB VBZ 7 advcl`);
  rows.push('. . PUNCT . 2 punct');
  const actors = [actor([0, 1], 'USA', 'Joe Biden', 'GOV'), actor([2, 5], 'USA', 'the United States'), ...(condition ? [actor([at + 1, at + 2], 'RUS', 'Russia')] : [])];
  return parsedDoc([rows.join('\n')], { actors });
};

describe('a promised response (speechContentEvents)', () => {
  it('reads a future response on a condition another side sets as a THREATEN of that side', () => {
    expect(summary(response())).toEqual(['THREATEN/undefined USA->RUS']);
    expect(codeEvents(response(), lexicon).events[0].reasons[0].rule).toBe('events/content-threat');
  });

  it('reads a future response stated with resolve as a threat even without a condition', () => {
    expect(summary(response('decisively', false)).map((s) => s.split(' ')[0])).toEqual(['THREATEN/undefined']);
  });

  it('promises nothing with neither condition, target nor resolve, nor in the past', () => {
    expect(summary(response(undefined, false))).toEqual([]);
    expect(summary(response(undefined, true, 'did'))).toEqual([]);
  });
});

/** "Washington said its warships were available to <verb> Kuwaiti tankers ." */
const available = (verb: string, lemma = verb, negated = false) => {
  const n = negated ? 1 : 0;
  const rows = [
    'Washington Washington PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'its its PRON PRP$ 4 nmod:poss', `warships warship NOUN NNS ${6 + n} nsubj`,
    `were be AUX VBD ${6 + n} cop`, ...(negated ? ['not not PART RB 7 advmod'] : []), 'available available ADJ JJ 2 ccomp',
    `to to PART TO ${8 + n} mark`, `${verb} ${lemma} VERB VB ${6 + n} advcl`, `Kuwaiti Kuwaiti PROPN NNP ${10 + n} compound`,
    `tankers tanker NOUN NNS ${8 + n} obj`, '. . PUNCT . 2 punct',
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'USA', 'Washington', 'GOV'), actor([8 + n, 9 + n], 'KWT', 'Kuwaiti')] });
};

describe('reported readiness with no verb in the lexicon (speechContentEvents)', () => {
  it('reads "said its warships were available to escort Kuwaiti tankers" as AGREE of the speaker to the other side', () => {
    expect(summary(available('escort'))).toEqual(['AGREE/undefined USA->KWT']);
    expect(codeEvents(available('escort'), lexicon).events[0].reasons[0].rule).toBe('events/content-readiness');
  });

  it('leaves readiness that is denied', () => {
    expect(summary(available('escort', 'escort', true))).toEqual([]);
  });
});

describe('harm put down to a hostile act in an official site\'s own words (speechContentEvents)', () => {
  /** "Children died as a result of the Russian invasion ." (On the site, "the Russian shelling" is itself coded, nominal.ts.) */
  const narrated = () => parsedDoc([[
    'Children child NOUN NNS 2 nsubj', 'died die VERB VBD 0 root', 'as as ADP IN 5 case', 'a a DET DT 5 det', 'result result NOUN NN 2 obl',
    'of of ADP IN 9 case', 'the the DET DT 9 det', 'Russian Russian ADJ JJ 9 amod', 'invasion invasion NOUN NN 5 nmod', '. . PUNCT . 2 punct',
  ].join('\n')], { actors: [actor([7, 8], 'RUS', 'Russian')] });

  it('makes the site\'s side the accuser when no one is reported as saying it', () => {
    const doc = narrated();
    Object.assign(doc.layers, { discourse: { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, mentions: [] } });
    expect(summary(doc)).toEqual(['ACCUSE/allege UKR->RUS']);
  });

  it('accuses no one in a report with no speaker and no official site', () => {
    expect(summary(narrated())).toEqual([]);
  });
});

describe('blame named as fault (speechContentEvents)', () => {
  /** "Putin said the talks stalled through <not> Kiev 's fault ." */
  const fault = (negated: boolean) => {
    const n = negated ? 1 : 0;
    const rows = [
      'Putin Putin PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 4 det', 'talks talk NOUN NNS 5 nsubj', 'stalled stall VERB VBD 2 ccomp',
      `through through ADP IN ${9 + n} case`, ...(negated ? [`not not PART RB ${10} advmod`] : []), `Kiev Kiev PROPN NNP ${9 + n} nmod:poss`, `'s 's PART POS ${7 + n} case`,
      `fault fault NOUN NN 5 obl`, '. . PUNCT . 2 punct',
    ];
    return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'RUS', 'Vladimir Putin', 'GOV'), actor([6 + n, 7 + n], 'UKR', 'Kiev')] });
  };

  it('reads "through Kiev\'s fault" as the speaker\'s accusation of Kiev, whatever the preposition', () => {
    expect(summary(fault(false))).toEqual(['ACCUSE/allege RUS->UKR']);
  });

  it('reads a denied fault as no blame', () => {
    expect(summary(fault(true))).toEqual([]);
  });
});

describe('a concern voiced about another side\'s conduct (speechContentEvents)', () => {
  /** "Blinken [did not] voiced concern over <owner> 's military pressure ." with the object on the verb, as the parser hangs it. */
  const concern = (owner: string, ownerCode: string, negated = false) => {
    const n = negated ? 2 : 0;
    const rows = [
      `Blinken Blinken PROPN NNP ${2 + n} nsubj`, ...(negated ? ['did do AUX VBD 4 aux', 'not not PART RB 4 advmod'] : []), `voiced voice VERB VBD 0 root`,
      `concern concern NOUN NN ${2 + n} obj`, `over over ADP IN ${8 + n} case`, `${owner} ${owner} PROPN NNP ${8 + n} nmod:poss`, `'s 's PART POS ${5 + n} case`,
      `military military ADJ JJ ${8 + n} amod`, `pressure pressure NOUN NN ${2 + n} obl`, `. . PUNCT . ${2 + n} punct`,
    ];
    return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'USA', 'Antony Blinken', 'GOV'), actor([4 + n, 5 + n], ownerCode, owner)] });
  };

  it('reads it as the holder\'s ACCUSE disapprove of the conduct\'s owner', () => {
    expect(summary(concern('Beijing', 'CHN'))).toEqual(['ACCUSE/disapprove USA->CHN']);
    expect(codeEvents(concern('Beijing', 'CHN'), lexicon).events[0].reasons[0].rule).toBe('events/content-concern');
  });

  it('blames no one for the holder\'s own side\'s conduct, nor when the concern is denied', () => {
    expect(summary(concern('Washington', 'USA'))).toEqual([]);
    expect(summary(concern('Beijing', 'CHN', true))).toEqual([]);
  });

  it('reads a concern about a party itself ("shared concerns about Belarus") as about its conduct', () => {
    const doc = parsedDoc([[
      'Sullivan Sullivan PROPN NNP 2 nsubj', 'discussed discuss VERB VBD 0 root', 'concerns concern NOUN NNS 2 obj',
      'about about ADP IN 5 case', 'Belarus Belarus PROPN NNP 3 nmod', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'USA', 'Jake Sullivan', 'GOV'), actor([4, 5], 'BLR', 'Belarus')] });
    expect(summary(doc).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE/disapprove USA->BLR']);
  });

  it('leaves another side\'s own concern ("acknowledged Egypt\'s concerns about …") unblamed', () => {
    const doc = parsedDoc([[
      'Biden Biden PROPN NNP 2 nsubj', 'acknowledged acknowledge VERB VBD 0 root', 'Egypt Egypt PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
      'concerns concern NOUN NNS 2 obj', 'about about ADP IN 9 case', 'Ethiopia Ethiopia PROPN NNP 9 nmod:poss', "'s 's PART POS 7 case",
      'dam dam NOUN NN 5 nmod', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'USA', 'Joe Biden', 'GOV'), actor([2, 3], 'EGY', 'Egypt'), actor([6, 7], 'ETH', 'Ethiopia')] });
    expect(summary(doc)).toEqual([]);
  });
});
