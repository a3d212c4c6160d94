import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

const code = (rows: string[], actors: ActorSpec[]) => codeEvents(parsedDoc([rows.join('\n')], { actors }), lexicon);
const appeals = (events: ReturnType<typeof code>['events']) => events.filter((e) => e.reasons.some((r) => r.rule === 'events/expectation-appeal'));

const baker: ActorSpec = { sent: 0, tokens: [0, 1], id: 'baker', name: 'James Baker', code: 'USA', sector: 'GOV' };
/** "<subject> expects Japan to stimulate the economy ." */
const withInfinitive = (subject: string) => [
  `${subject} 2 nsubj`, 'expects expect VERB VBZ 0 root', 'Japan Japan PROPN NNP 2 obj', 'to to PART TO 5 mark',
  'stimulate stimulate VERB VB 2 xcomp', 'the the DET DT 7 det', 'economy economy NOUN NN 5 obj', '. . PUNCT . 2 punct',
];
/** "Baker expects that <party> will stimulate the economy ." */
const withClause = (party: string) => [
  'Baker Baker PROPN NNP 2 nsubj', 'expects expect VERB VBZ 0 root', 'that that SCONJ IN 6 mark', `${party} PROPN NNP 6 nsubj`,
  'will will AUX MD 6 aux', 'stimulate stimulate VERB VB 2 ccomp', 'the the DET DT 8 det', 'economy economy NOUN NN 6 obj', '. . PUNCT . 2 punct',
];

describe('expecting another party to act', () => {
  it('asks it to (REQUEST, CAMEO 020): "Baker expects Japan to stimulate the economy"', () => {
    const [appeal] = appeals(code(withInfinitive('Baker Baker PROPN NNP'), [baker, { sent: 0, tokens: [2, 3], id: 'JPN', name: 'Japan', code: 'JPN' }]).events);
    expect(appeal?.event).toBe('REQUEST');
    expect(appeal?.cameo).toBe('020');
    expect(appeal?.actors.map((a) => a.code)).toEqual(['USA']);
    expect(appeal?.recipients.map((r) => r.code)).toEqual(['JPN']);
  });

  it('in a that-clause asks the clause\'s subject: "Baker expects that Japan will stimulate …"', () => {
    const [appeal] = appeals(code(withClause('Japan Japan'), [baker, { sent: 0, tokens: [3, 4], id: 'JPN', name: 'Japan', code: 'JPN' }]).events);
    expect(appeal?.recipients.map((r) => r.code)).toEqual(['JPN']);
  });

  it('of one\'s own side asks no one, and the hope stays no act', () => {
    const { events } = code(withClause('Washington Washington'), [baker, { sent: 0, tokens: [3, 4], id: 'USA', name: 'Washington', code: 'USA' }]);
    expect(appeals(events)).toEqual([]);
    expect(events.some((e) => e.event === 'REQUEST')).toBe(false);
  });

  it('by observers named with a plural noun is a forecast, no appeal: "Americans expect Japan to …"', () => {
    const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'USA', name: 'Americans', code: 'USA' }, { sent: 0, tokens: [2, 3], id: 'JPN', name: 'Japan', code: 'JPN' }];
    expect(appeals(code(withInfinitive('Americans American PROPN NNS'), actors).events)).toEqual([]);
  });

  it('issue-12: wanting another party to act asks it too (the "want" sense was turned down as a transparent verb): "Britain wants Japan to agree a timetable"', () => {
    const rows = [
      'Britain Britain PROPN NNP 2 nsubj', 'wants want VERB VBZ 0 root', 'Japan Japan PROPN NNP 2 obj', 'to to PART TO 5 mark',
      'agree agree VERB VB 2 xcomp', 'a a DET DT 7 det', 'timetable timetable NOUN NN 5 obj', '. . PUNCT . 2 punct',
    ];
    const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'GBR', name: 'Britain', code: 'GBR' }, { sent: 0, tokens: [2, 3], id: 'JPN', name: 'Japan', code: 'JPN' }];
    const [appeal] = appeals(code(rows, actors).events);
    expect(appeal?.event).toBe('REQUEST');
    expect(appeal?.actors.map((a) => a.code)).toEqual(['GBR']);
    expect(appeal?.recipients.map((r) => r.code)).toEqual(['JPN']);
    // The wanted act is Japan's and only hoped for: no AGREE of Britain's counts (clause-rules.ts).
    const agree = code(rows, actors).events.find((e) => e.event === 'AGREE');
    expect(agree === undefined || agree.hypothetical).toBe(true);
  });

  it('issue-12: the expected act of the party named as object is only hoped for, not the expecter\'s', () => {
    const rows = [
      'Baker Baker PROPN NNP 2 nsubj', 'expects expect VERB VBZ 0 root', 'Japan Japan PROPN NNP 2 obj', 'to to PART TO 5 mark',
      'withdraw withdraw VERB VB 2 xcomp', 'troops troop NOUN NNS 5 obj', '. . PUNCT . 2 punct',
    ];
    const { events } = code(rows, [baker, { sent: 0, tokens: [2, 3], id: 'JPN', name: 'Japan', code: 'JPN' }]);
    expect(events.filter((e) => e.event !== 'REQUEST').every((e) => e.hypothetical)).toBe(true);
  });
});

describe('issue-12: hoping for another party\'s help', () => {
  const ukraine: ActorSpec = { sent: 0, tokens: [0, 1], id: 'UKR', name: 'Ukraine', code: 'UKR' };
  it('asks the help\'s owner for it (REQUEST): "Ukraine hopes for the support of Britain"', () => {
    const { events } = code([
      'Ukraine Ukraine PROPN NNP 2 nsubj', 'hopes hope VERB VBZ 0 root', 'for for ADP IN 5 case', 'the the DET DT 5 det',
      'support support NOUN NN 2 obl', 'of of ADP IN 7 case', 'Britain Britain PROPN NNP 5 nmod', '. . PUNCT . 2 punct',
    ], [ukraine, { sent: 0, tokens: [6, 7], id: 'GBR', name: 'Britain', code: 'GBR' }]);
    const [appeal] = appeals(events);
    expect([appeal?.event, appeal?.actors.map((a) => a.code), appeal?.recipients.map((r) => r.code)]).toEqual(['REQUEST', ['UKR'], ['GBR']]);
  });

  it('asks no one when the hope is for something else ("hopes for the success of Britain")', () => {
    const { events } = code([
      'Ukraine Ukraine PROPN NNP 2 nsubj', 'hopes hope VERB VBZ 0 root', 'for for ADP IN 5 case', 'the the DET DT 5 det',
      'success success NOUN NN 2 obl', 'of of ADP IN 7 case', 'Britain Britain PROPN NNP 5 nmod', '. . PUNCT . 2 punct',
    ], [ukraine, { sent: 0, tokens: [6, 7], id: 'GBR', name: 'Britain', code: 'GBR' }]);
    expect(appeals(events)).toEqual([]);
  });
});

describe('a that-less clause the parser splits: its subject read as the hoping verb\'s object', () => {
  const usa: ActorSpec = { sent: 0, tokens: [2, 4], id: 'USA', name: 'the U.S.', code: 'USA' };
  const japan: ActorSpec = { sent: 0, tokens: [5, 6], id: 'JPN', name: 'Japan', code: 'JPN' };
  /** "Armacost said the U.S. Hopes Japan will <verb> steps ." with the clause's verb hung from "said", as parsed. */
  const split = (verb: string, extra: string[] = []) => [
    'Armacost Armacost PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 4 det', 'U.S. U.S. PROPN NNP 5 nsubj',
    'Hopes hope VERB VBZ 2 ccomp', 'Japan Japan PROPN NNP 5 obj', ...extra, `${verb} VERB VB 2 ccomp`, '. . PUNCT . 2 punct',
  ];

  it('asks that subject (REQUEST): "the U.S. Hopes Japan will take steps"', () => {
    const [appeal] = appeals(code(split('take take', ['will will AUX MD 8 aux']), [usa, japan]).events);
    expect(appeal?.recipients.map((r) => r.code)).toEqual(['JPN']);
  });

  it('with a parenthesised subject and a present verb: "I hope (Nakasone) brings answers"', () => {
    const rows = [
      'Baker Baker PROPN NNP 2 nsubj', 'hopes hope VERB VBZ 0 root', '( ( PUNCT -LRB- 4 punct', 'Nakasone Nakasone PROPN NNP 2 obj',
      ') ) PUNCT -RRB- 4 punct', 'brings bring VERB VBZ 2 ccomp', 'answers answer NOUN NNS 6 obj', '. . PUNCT . 2 punct',
    ];
    const [appeal] = appeals(code(rows, [baker, { sent: 0, tokens: [3, 4], id: 'JPN', name: 'Nakasone', code: 'JPN' }]).events);
    expect(appeal?.recipients.map((r) => r.code)).toEqual(['JPN']);
  });

  it('asks nothing when the clause is what befalls the party ("hopes Japan will collapse") or is passive', () => {
    expect(appeals(code(split('collapse collapse', ['will will AUX MD 8 aux']), [usa, japan]).events)).toEqual([]);
    expect(appeals(code(split('reappointed reappoint', ['will will AUX MD 9 aux', 'be be AUX VB 9 aux:pass']), [usa, japan]).events)).toEqual([]);
  });
});
