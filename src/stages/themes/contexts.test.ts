import { describe, expect, it } from 'vitest';
import { contextsOf, documentContexts } from './contexts.js';

describe('contextsOf', () => {
  it.each([
    ['They discussed climate change.', 'environment'],
    ['The fight against terrorism goes on.', 'terrorism'],
    ['The coronavirus infection spread.', 'health'],
    ['Troops crossed the border.', 'military'],
    ['The foreign ministers held talks.', 'diplomatic'],
    ['Iran expanded its nuclear weapons programme.', 'cbrn'],
    ['Oil prices fell.', 'natural_resource'],
    ['The court upheld the verdict.', 'legal'],
    ['Refugees crossed into Greece.', 'migration'],
  ])('%s → %s', (text, context) => {
    expect(contextsOf(text).map((c) => c.context)).toContain(context);
  });

  it('keeps the phrases and their offsets as evidence', () => {
    const [context] = contextsOf('They discussed climate change.');
    expect(context.evidence).toEqual([{ start: 15, end: 29, phrase: 'climate change' }]);
  });

  it('reads only the given span', () => {
    const text = 'Troops massed. Talks on climate change began.';
    expect(contextsOf(text, { start: 15, end: text.length }).map((c) => c.context)).not.toContain('military');
  });

  it('honours exclusions', () => {
    expect(contextsOf('A think tank published a report.').map((c) => c.context)).not.toContain('military');
  });
});

describe('documentContexts', () => {
  it('keeps contexts signalled at least twice', () => {
    const text = 'Troops and tanks moved. The army waited. Oil was cheap.';
    const contexts = documentContexts(text, [{ start: 0, end: text.length }]).map((c) => c.context);
    expect(contexts).toContain('military');
    expect(contexts).not.toContain('natural_resource');
  });
});
