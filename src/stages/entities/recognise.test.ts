import { describe, expect, it } from 'vitest';
import { Gazetteer, GAZETTEER_LISTS } from './gazetteer.js';
import { NER_TYPES } from './labels.js';
import { addPrefixedGroups, addRepeatedNames, splitKnownNames, trimSpan, typeKnownPlaces } from './recognise.js';

const type = (name: (typeof NER_TYPES)[number]) => NER_TYPES.indexOf(name);
const list = (name: (typeof GAZETTEER_LISTS)[number]) => GAZETTEER_LISTS.indexOf(name);

function gazetteer(): Gazetteer {
  const gaz = new Gazetteer();
  gaz.add(list('org'), 'United Nations Security Council');
  gaz.add(list('country'), 'Russia');
  gaz.add(list('location'), 'Arctic');
  gaz.add(list('demonym'), 'Libyan');
  return gaz;
}

describe('trimSpan', () => {
  it.each([
    ['possessive', ['Putin', "'s", 'invitation'], 0, 2, [0, 1]],
    ['curly possessive', ['Putin', '’s'], 0, 2, [0, 1]],
    ['quotes', ['"', 'Kremlin', '"'], 0, 3, [1, 2]],
    ['trailing comma', ['Libya', ','], 0, 2, [0, 1]],
    ['hyphenated lower-case tail', ['Normandy', '-', 'format', 'summits'], 0, 3, [0, 1]],
    ['nothing to trim', ['Vladimir', 'Putin'], 0, 2, [0, 2]],
    ['a hyphenated name', ['Guinea', '-', 'Bissau'], 0, 3, [0, 3]],
  ])('%s stays outside', (_name, words, start, end, expected) => {
    expect(trimSpan(words, start, end)).toEqual(expected);
  });
});

describe('splitKnownNames', () => {
  it('splits a listed organisation directly followed by a listed country', () => {
    const words = ['the', 'United', 'Nations', 'Security', 'Council', 'Russia', 'and'];
    expect(splitKnownNames(words, [{ start: 1, end: 6, type: type('ORG') }], gazetteer())).toEqual([
      { start: 1, end: 5, type: type('ORG') },
      { start: 5, end: 6, type: type('GPE') },
    ]);
  });

  it('leaves other spans alone', () => {
    const spans = [{ start: 0, end: 2, type: type('PERSON') }];
    expect(splitKnownNames(['Vladimir', 'Putin'], spans, gazetteer())).toEqual(spans);
  });
});

describe('typeKnownPlaces', () => {
  it('makes a listed natural place LOC', () => {
    expect(typeKnownPlaces(['Arctic'], [{ start: 0, end: 1, type: type('MISC') }], gazetteer())[0].type).toBe(type('LOC'));
  });

  it('keeps a person a person', () => {
    expect(typeKnownPlaces(['Arctic'], [{ start: 0, end: 1, type: type('PERSON') }], gazetteer())[0].type).toBe(type('PERSON'));
  });
});

describe('addPrefixedGroups', () => {
  it('tags a demonym after a lower-case prefix as NORP', () => {
    expect(addPrefixedGroups(['resumption', 'of', 'intra-Libyan', 'dialogue'], [], gazetteer())).toEqual([{ start: 2, end: 3, type: type('NORP') }]);
  });

  it('ignores prefixes before unlisted words', () => {
    expect(addPrefixedGroups(['anti-Mafia'], [], gazetteer())).toEqual([]);
  });
});

describe('addRepeatedNames', () => {
  it('tags a surname seen earlier as the end of a person name', () => {
    const sentences = [['Emmanuel', 'Macron', 'spoke'], ['Putin', 'and', 'Macron', 'agreed']];
    const found = addRepeatedNames(sentences, [
      [{ start: 0, end: 2, type: 'PERSON', confidence: 0.9 }],
      [{ start: 0, end: 1, type: 'PERSON', confidence: 0.9 }],
    ]);
    expect(found[1].map((e) => [e.start, e.type])).toEqual([
      [0, 'PERSON'],
      [2, 'PERSON'],
    ]);
  });

  it('does not extend an entity with its neighbour', () => {
    const sentences = [['Paris'], ['Paris', 'Saint']];
    const found = addRepeatedNames(sentences, [[{ start: 0, end: 1, type: 'GPE', confidence: 1 }], [{ start: 1, end: 2, type: 'ORG', confidence: 1 }]]);
    expect(found[1]).toHaveLength(1);
  });
});
