import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codedEvent } from '../../../test/support/test-events.js';
import { placeInNestedClause } from './place-scope.js';

// "Biden thanked Peru for its support to call for democracy in Venezuela in Lima ."
const thanked = parsedDoc([`
  Biden Biden PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  Peru Peru PROPN NNP 2 obj
  for for ADP IN 6 case
  its its PRON PRP$ 6 nmod:poss
  support support NOUN NN 2 obl
  to to PART TO 8 mark
  call call VERB VB 6 acl
  for for ADP IN 10 case
  democracy democracy NOUN NN 8 obl
  in in ADP IN 12 case
  Venezuela Venezuela PROPN NNP 10 nmod
  in in ADP IN 14 case
  Lima Lima PROPN NNP 2 obl
  . . PUNCT . 2 punct`]);

const span = (words: string) => {
  const start = thanked.text.indexOf(words);
  return { start, end: start + words.length };
};

describe('placeInNestedClause', () => {
  const event = { ...codedEvent(thanked.text, { event: 'SUPPORT', trigger: 'thanked', actor: { words: 'Biden', id: 'biden', code: 'USA' } }) };
  const atThanks = { ...event, trigger: { ...event.trigger, tokens: [1, 2] as const } };

  it('is true for a place inside a clause below the trigger', () => {
    expect(placeInNestedClause(thanked, atThanks, span('Venezuela'))).toBe(true);
  });

  it('is false for a place on the trigger\'s own phrase', () => {
    expect(placeInNestedClause(thanked, atThanks, span('Lima'))).toBe(false);
  });

  it('is false when the trigger is not above the place', () => {
    const atCall = { ...event, trigger: { ...event.trigger, tokens: [7, 8] as const } };
    expect(placeInNestedClause(thanked, atCall, span('Lima'))).toBe(false);
    expect(placeInNestedClause(thanked, atCall, span('Venezuela'))).toBe(false);
  });
});
