import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { dropOwnGroundVisits, parseOwnGround } from './own-ground-visits.js';

const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, sector?: string, kind?: ActorSpec['kind']): ActorSpec =>
  ({ sent: 0, tokens, id: `${code}-${tokens[0]}`, name: code, code, ...(sector ? { sector } : {}), ...(kind ? { kind } : {}) });

/** "<Visitor> visited <modifier> <Place> ." with the visitor (person of `from`, GOV) and the place (`place` of `code`). */
const visit = (modifier: string | undefined, code: string, kind: ActorSpec['kind'], sector: string | undefined, date = '2020-06-26') => {
  const at = modifier ? 3 : 2;
  const lines = [
    'Putin Putin PROPN NNP 2 nsubj',
    'visited visit VERB VBD 0 root',
    ...(modifier ? [`${modifier} ${modifier} ADJ JJ 4 amod`] : []),
    `Mariupol Mariupol PROPN NNP 2 obj`,
    '. . PUNCT . 2 punct',
  ];
  return parsedDoc([lines.join('\n')], { actors: [actor([0, 1], 'RUS', 'GOV', 'person'), actor([at, at + 1], code, sector, kind)], meta: { date } });
};

const coded = (doc: ReturnType<typeof visit>) => dropOwnGroundVisits(doc, codeEvents(doc, lexicon));

describe('own-ground table', () => {
  it('reads visit, ground and held rows and refuses others (E1410)', () => {
    const table = parseOwnGround('# c\nvisit\tvisit\nground\tCVL\nheld\toccupied\n', 'x.tsv');
    expect([table.visits.has('visit'), table.ground.has('CVL'), table.held.has('occupied')]).toEqual([true, true, true]);
    expect(() => parseOwnGround('host\tGOV\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
  });
});

describe('issue-12: a visit to the visitor\'s own ground consults no one (session 42)', () => {
  it('turns down a visit to a place of the visitor\'s own country ("I visited city hospitals in Mykolaiv")', () => {
    const layer = coded(visit(undefined, 'RUS', 'place', 'CVL'));
    expect(layer.events).toEqual([]);
    expect(layer.rejected.map((r) => r.ruleId)).toContain('events/own-ground-visit');
  });

  it('turns down a visit to ground called held ("Putin visited occupied Mariupol")', () => {
    expect(coded(visit('occupied', 'UKR', 'place', 'CVL')).events).toEqual([]);
  });

  it('turns down a visit to the other side\'s place in a war on the article\'s date, and keeps it before the war', () => {
    expect(coded(visit(undefined, 'UKR', 'place', 'CVL', '2023-03-19')).events).toEqual([]);
    const before = coded(visit(undefined, 'UKR', 'place', 'CVL', '2019-03-19')).events;
    expect(before.map((e) => [e.event, e.recipients.map((r) => r.code)])).toEqual([['CONSULT', ['UKR']]]);
  });

  it('keeps a visit to another country\'s place, and to a body of the visitor\'s own state', () => {
    // "Macron visited Kharkiv" (a host of another country); "Putin visited the Duma" (a body, not ground).
    expect(coded(visit(undefined, 'UKR', 'place', 'CVL')).events.map((e) => e.recipients.map((r) => r.code))).toEqual([['UKR']]);
    expect(coded(visit(undefined, 'RUS', 'org', 'LEG')).events.map((e) => e.recipients.map((r) => r.sector))).toEqual([['LEG']]);
  });

  it('keeps a joint visit of two countries to a place of one ("Zelenskyy and Johnson visited St Michael\'s Monastery")', () => {
    // "Putin and Lukashenko visited Mariupol": Russia's ground is Belarus's host.
    const doc = parsedDoc([[
      'Putin Putin PROPN NNP 4 nsubj',
      'and and CCONJ CC 3 cc',
      'Lukashenko Lukashenko PROPN NNP 1 conj',
      'visited visit VERB VBD 0 root',
      'Mariupol Mariupol PROPN NNP 4 obj',
      '. . PUNCT . 4 punct',
    ].join('\n')], { actors: [actor([0, 1], 'RUS', 'GOV', 'person'), actor([2, 3], 'BLR', 'GOV', 'person'), actor([4, 5], 'RUS', 'CVL', 'place')] });
    expect(coded(doc).events.map((e) => e.recipients.map((r) => r.code))).toEqual([['RUS']]);
  });
});
