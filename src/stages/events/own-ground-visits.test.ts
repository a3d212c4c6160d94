import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
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

  it('keeps a held word\'s place a host when no holder is named and no war is listed ("Putin visited occupied Mariupol" in 2020)', () => {
    expect(coded(visit('occupied', 'UKR', 'place', 'CVL')).events.map((e) => e.recipients.map((r) => r.code))).toEqual([['UKR']]);
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

/** "<visitor> visited <lines...>" with the visitor (a person of `from`, GOV) at token 0 and the verb at token 1. */
const visitOf = (from: string, rest: string[], actors: ActorSpec[], date = '2020-06-26') => parsedDoc([[
  'Visitor Visitor PROPN NNP 2 nsubj',
  'visited visit VERB VBD 0 root',
  ...rest,
].join('\n')], { actors: [actor([0, 1], from, 'GOV', 'person'), ...actors], meta: { date } });

describe('session 42 review: held ground is only its holder\'s', () => {
  it('keeps a third country\'s visit to a place called occupied ("Macron visited occupied Hebron": CONSULT FRA->PSE)', () => {
    const doc = visitOf('FRA', ['occupied occupied ADJ JJ 4 amod', 'Hebron Hebron PROPN NNP 2 obj', '. . PUNCT . 2 punct'], [actor([3, 4], 'PSE', undefined, 'place')]);
    expect(coded(doc).events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((r) => r.code)])).toEqual([['CONSULT', ['FRA'], ['PSE']]]);
  });

  it('turns down a visit to a place the phrase says the visitor holds, as held ground ("visited Mariupol, occupied by Russia")', () => {
    const doc = visitOf('RUS', [
      'Mariupol Mariupol PROPN NNP 2 obj',
      ', , PUNCT , 5 punct',
      'occupied occupy VERB VBN 3 acl',
      'by by ADP IN 7 case',
      'Russia Russia PROPN NNP 5 obl:agent',
      '. . PUNCT . 2 punct',
    ], [actor([2, 3], 'UKR', undefined, 'place'), actor([6, 7], 'RUS', undefined, 'country')]);
    const layer = coded(doc);
    expect(layer.events).toEqual([]);
    // The drop is named for the held ground, not the visitor's own ground (review finding 3).
    expect(layer.rejected.filter((r) => r.trigger.tokens[0] === 1).map((r) => r.ruleId)).toEqual(['events/held-ground-visit']);
  });

  it('keeps the visit when the holder named is another country ("Macron visited Mariupol, occupied by Russia")', () => {
    const doc = visitOf('FRA', [
      'Mariupol Mariupol PROPN NNP 2 obj',
      ', , PUNCT , 5 punct',
      'occupied occupy VERB VBN 3 acl',
      'by by ADP IN 7 case',
      'Russia Russia PROPN NNP 5 obl:agent',
      '. . PUNCT . 2 punct',
    ], [actor([2, 3], 'UKR', undefined, 'place'), actor([6, 7], 'RUS', undefined, 'country')]);
    expect(coded(doc).events.map((e) => e.recipients.map((r) => r.code))).toEqual([['UKR']]);
  });

  it('lets a holder named override the exemption of a place coded as a country ("Putin visited Russian-occupied Crimea")', () => {
    const doc = visitOf('RUS', [
      'Russian Russian ADJ JJ 5 amod',
      '- - PUNCT HYPH 5 punct',
      'occupied occupy VERB VBN 6 amod',
      'Crimea Crimea PROPN NNP 2 obj',
      '. . PUNCT . 2 punct',
    ], [actor([2, 3], 'RUS', undefined, 'country'), actor([5, 6], 'UKR', undefined, 'country')]);
    expect(coded(doc).events).toEqual([]);
  });
  it('reads a holder from a nationality adjective that is no actor mention ("Russian-occupied Crimea" as the parser hangs it)', () => {
    const doc = visitOf('RUS', [
      'Russian Russian ADJ JJ 5 advmod',
      '- - PUNCT HYPH 3 punct',
      'occupied occupied ADJ JJ 6 amod',
      'Crimea Crimea PROPN NNP 2 obj',
      '. . PUNCT . 2 punct',
    ], [actor([5, 6], 'UKR', undefined, 'country')]);
    expect(coded(doc).events).toEqual([]);
    expect(coded(visitOf('FRA', ['Russian Russian ADJ JJ 5 advmod', '- - PUNCT HYPH 3 punct', 'occupied occupied ADJ JJ 6 amod', 'Crimea Crimea PROPN NNP 2 obj', '. . PUNCT . 2 punct'], [actor([5, 6], 'UKR', undefined, 'country')])).events.length).toBe(1);
  });
});

describe('issue-12: a trip to the visitor\'s own ground consults no one (session 44)', () => {
  it('turns down "Zelenskyy spoke during his trip to Kherson" and keeps a trip to another country\'s town', () => {
    const trip = (code: string) => parsedDoc([[
      'Zelenskyy Zelenskyy PROPN NNP 2 nsubj',
      'spoke speak VERB VBD 0 root',
      'during during ADP IN 5 case',
      'his his PRON PRP$ 5 nmod:poss',
      'trip trip NOUN NN 2 obl',
      'to to ADP IN 7 case',
      'Kherson Kherson PROPN NNP 5 nmod',
      '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'UKR', 'GOV', 'person'), actor([6, 7], code, 'CVL', 'place')], meta: { date: '2021-06-26' } });
    const own = coded(trip('UKR'));
    expect(own.events).toEqual([]);
    expect(own.rejected.map((r) => r.ruleId)).toContain('events/own-ground-visit');
    expect(coded(trip('POL')).events.map((e) => [e.event, e.recipients.map((r) => r.code)])).toEqual([['CONSULT', ['POL']]]);
  });
});

describe('session 44 review: "made a trip" is a visit too', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  const visitsIn = (text: string) => (pipeline.run(makeDoc({ text, meta: { date: '2023-03-21' } })).layers.events?.events ?? [])
    .filter((e) => e.event === 'AGREE' || e.event === 'CONSULT')
    .map((e) => [e.actors.map((a) => a.code).join('+'), e.recipients.map((r) => r.code).join('+')]);

  it.each([
    ['Zelenskiy made a trip to Bakhmut on Tuesday to meet the troops defending it.'],
    ['Putin made a trip to occupied Mariupol on Sunday, his first to the city.'],
    // The object four words after the verb: read from the parse, not from a window of three tokens.
    ['Zelenskiy made a brief and unannounced trip to Bakhmut on Tuesday.'],
  ])('turns down a trip to the visitor\'s own or held ground: %s', (text) => {
    expect(visitsIn(text)).toEqual([]);
  });

  it('keeps a trip to another country\'s capital ("Macron made a trip to Kyiv")', () => {
    expect(visitsIn('French President Emmanuel Macron made a trip to Kyiv on Tuesday.')).toContainEqual(['FRA', 'UKR']);
  });
});

describe('#13: finding the visits reads the triggers\' own children, not the whole parse per event (session 49)', () => {
  const pipeline = defaultPipeline({ layers: ['actors'] });
  it('reads fewer dependency rows than the document has tokens for eight events that are no visits', () => {
    const text = Array.from({ length: 8 }, () => 'Russia criticized Ukraine.').join(' ');
    const parsed = pipeline.run(makeDoc({ text, meta: { date: '2021-06-26' } }));
    let reads = 0;
    const deps = new Proxy(parsed.layers.deps!, { get: (target, key, receiver) => {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    } });
    const doc = { ...parsed, layers: { ...parsed.layers, deps } } as Parameters<typeof codeEvents>[0];
    const layer = codeEvents(doc, lexicon);
    expect(layer.events.map((e) => e.event)).toEqual(Array.from({ length: 8 }, () => 'ACCUSE'));
    reads = 0;
    expect(dropOwnGroundVisits(doc, layer)).toBe(layer);
    // The whole-parse scan read all 32 rows for each of the 8 events (256); the children lists read 3 an event.
    expect(reads).toBeLessThan(doc.layers.tokens.length);
  });
});
