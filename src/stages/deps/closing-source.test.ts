import { describe, expect, it } from 'vitest';
import { closingSourceAround, closingSourceOf, reportingSourceAround } from './closing-source.js';
import type { Dep } from './types.js';
import type { Upos } from '../pos/types.js';

const SPEECH_VERBS = new Set(['say']);

/** Tokens from "word/UPOS/head/deprel" items (head -1 for the root); the lemma of "said" is "say", else the word. */
function tokensOf(items: readonly string[]) {
  const rows = items.map((item) => item.split('/'));
  return {
    words: rows.map(([word]) => word.toLowerCase()),
    pos: rows.map(([, upos]) => ({ upos: upos as Upos, xpos: '' })),
    lemmas: rows.map(([word]) => (word === 'said' ? 'say' : word.toLowerCase())),
    deps: rows.map(([, , head, deprel]) => ({ head: Number(head), deprel })) as Dep[],
  };
}

/** "<report words>, <source> said ." with the report's verb at 1 governing nothing, "said" a conj of it. */
function closing(source: readonly string[]) {
  const said = 4 + source.length;
  return tokensOf(['France/PROPN/1/nsubj', 'agreed/VERB/-1/root', '././1/punct', ',/PUNCT/1/punct', ...source.map((w) => `${w}/PROPN/${said}/nsubj`), `said/VERB/1/conj`, '././1/punct']);
}

const name = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('closingSourceOf', () => {
  it('reads the words between the comma and the verb of saying', () => {
    const tokens = closing(['Finance', 'Minister', 'Luke', 'Toit']);
    expect(closingSourceOf(tokens, SPEECH_VERBS, 8)).toEqual([4, 8]);
  });

  it('refuses a verb that is no verb of saying', () => {
    const tokens = closing(['Finance', 'Minister']);
    tokens.lemmas[6] = 'leave';
    expect(closingSourceOf(tokens, SPEECH_VERBS, 6)).toBeUndefined();
  });

  it('refuses a single name longer than the limit', () => {
    expect(closingSourceOf(closing(name(13, 'w')), SPEECH_VERBS, 17)).toBeUndefined();
  });

  it('refuses a clause that a coordinator opens (", but chief negotiator Rui Medina said earlier he would …": reuters-7667)', () => {
    const tokens = closing(['but', 'chief', 'negotiator', 'Rui', 'Medina']);
    tokens.pos[4] = { upos: 'CCONJ', xpos: '' };
    expect(closingSourceOf(tokens, SPEECH_VERBS, 9)).toBeUndefined();
  });

  it('counts the limit per conjunct: two long names joined by "and" are read whole (review b of session 57)', () => {
    const tokens = closing([...name(7, 'a'), 'and', ...name(7, 'b')]);
    tokens.pos[11] = { upos: 'CCONJ', xpos: '' };
    expect(closingSourceOf(tokens, SPEECH_VERBS, 19)).toEqual([4, 19]);
  });
});

describe('closingSourceAround and reportingSourceAround', () => {
  it('find the source that holds a span, with its verb', () => {
    const tokens = closing(['Finance', 'Minister', 'Luke', 'Toit']);
    expect(closingSourceAround(tokens, SPEECH_VERBS, 6, 7)).toEqual({ source: [4, 8], said: 8 });
    expect(reportingSourceAround(tokens, SPEECH_VERBS, 6, 7)).toEqual({ source: [4, 8], said: 8 });
  });

  it('reportingSourceAround refuses a verb that opens its report after it ("In Paris, trade minister Michel Noir said France …")', () => {
    const tokens = tokensOf(['In/ADP/1/case', 'Paris/PROPN/6/obl', ',/PUNCT/6/punct', 'trade/NOUN/4/compound', 'minister/NOUN/5/compound', 'Noir/PROPN/6/nsubj', 'said/VERB/-1/root', 'France/PROPN/8/nsubj', 'agreed/VERB/6/ccomp']);
    expect(closingSourceAround(tokens, SPEECH_VERBS, 5, 6)).toEqual({ source: [3, 6], said: 6 });
    expect(reportingSourceAround(tokens, SPEECH_VERBS, 5, 6)).toBeUndefined();
  });
});
