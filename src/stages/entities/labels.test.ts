import { describe, expect, it } from 'vitest';
import { B, conllType, I, isAllowed, L, labelName, labelOf, NER_TYPES, O, U } from './labels.js';

const PERSON = NER_TYPES.indexOf('PERSON');
const ORG = NER_TYPES.indexOf('ORG');

describe('BILOU transitions', () => {
  it.each([
    ['O after start', -1, O, true],
    ['B after O', O, labelOf(PERSON, B), true],
    ['I after B of the same type', labelOf(PERSON, B), labelOf(PERSON, I), true],
    ['L after I of the same type', labelOf(PERSON, I), labelOf(PERSON, L), true],
    ['U after L', labelOf(PERSON, L), labelOf(ORG, U), true],
    ['I at sentence start', -1, labelOf(PERSON, I), false],
    ['L of another type after B', labelOf(PERSON, B), labelOf(ORG, L), false],
    ['O inside an open span', labelOf(PERSON, B), O, false],
    ['U inside an open span', labelOf(PERSON, I), labelOf(PERSON, U), false],
  ])('%s', (_name, prev, next, allowed) => {
    expect(isAllowed(prev, next)).toBe(allowed);
  });
});

describe('label names and CoNLL types', () => {
  it('names labels', () => {
    expect(labelName(labelOf(NER_TYPES.indexOf('GPE'), U))).toBe('U-GPE');
    expect(labelName(O)).toBe('O');
  });

  it.each([
    ['PERSON', 'PER'],
    ['GPE', 'LOC'],
    ['LOC', 'LOC'],
    ['NORP', 'MISC'],
    ['ORG', 'ORG'],
  ] as const)('%s scores as CoNLL %s', (type, conll) => {
    expect(conllType(type)).toBe(conll);
  });
});
