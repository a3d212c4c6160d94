import { describe, expect, it } from 'vitest';
import { makeDoc, type Document } from '../../core/document.js';
import type { ActorMention } from '../actors/types.js';
import type { Token } from '../tokens/types.js';
import { findQuotedSpans } from './find-quotes.js';
import { quotes } from './index.js';

/** Tokens split on words and marks; sentences end at . ! ? (outside nothing clever); actors by their text. */
function docOf(text: string, actors: Record<string, { id: string; code: string }> = {}): Document {
  const tokens: Token[] = [];
  const sentences: { start: number; end: number }[] = [];
  let sent = 0;
  let sentStart = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)) {
    const start = m.index;
    tokens.push({ start, end: start + m[0].length, sent });
    if (/^[.!?]$/.test(m[0]) && !/^["”]/.test(text.slice(start + 1, start + 2))) {
      sentences.push({ start: sentStart, end: start + 1 });
      sent++;
      sentStart = start + 2;
    }
  }
  if (sentStart < text.length) sentences.push({ start: sentStart, end: text.length });
  const mentions: ActorMention[] = [];
  for (const [name, actor] of Object.entries(actors)) {
    for (const m of text.matchAll(new RegExp(name, 'g'))) {
      const first = tokens.findIndex((t) => t.start === m.index);
      const last = tokens.findIndex((t) => t.end === m.index + name.length);
      mentions.push({ start: m.index, end: m.index + name.length, tokens: [first, last + 1], actorId: actor.id, name, code: actor.code, reasons: [], why: 'test' });
    }
  }
  return makeDoc({ text, layers: { sentences, tokens, actors: mentions.sort((a, b) => a.start - b.start) } });
}

const run = (doc: Document) => quotes().run(doc, { report: () => undefined });
const kremlin = { 'the Kremlin': { id: 'kremlin', code: 'RUS' }, 'the press service': { id: 'kremlin', code: 'RUS' } };

describe('findQuotedSpans', () => {
  it.each([
    ['“Hello there,” he said.', 'Hello there,', true],
    ['"Hello there," he said.', 'Hello there,', true],
    ['He spoke of «peace».', 'peace', true],
  ])('finds the quoted words in %s', (text, words, closed) => {
    const [span] = findQuotedSpans(text);
    expect(text.slice(span.start, span.end)).toBe(words);
    expect(span.closed).toBe(closed);
  });

  it('closes a quote whose closing mark is missing at the end of its paragraph', () => {
    const text = 'Topics included "trade and energy, it added.\nNext paragraph.';
    const [span] = findQuotedSpans(text);
    expect(span.closed).toBe(false);
    expect(text.slice(span.start, span.end)).toBe('trade and energy, it added.');
  });
});

describe('quotes stage', () => {
  it('attributes a quote to the actor named after it', () => {
    const [quote] = run(docOf('"The sides agreed," the Kremlin said.', kremlin));
    expect(quote).toMatchObject({ kind: 'direct', speaker: { actorId: 'kremlin' } });
  });

  it('attributes a partial quote through "according to"', () => {
    const [quote] = run(docOf('According to the press service, the leaders "had a long talk" by video.', kremlin));
    expect(quote).toMatchObject({ kind: 'partial', speaker: { actorId: 'kremlin' } });
  });

  it.each([
    ['an unclosed quote goes on in the next paragraph', '"Trade grew," the Kremlin said. "It will grow more.\n"The sides agreed on energy."', 3],
    ['a paragraph that is one quotation after one attributed', '"Trade grew," the Kremlin said.\n"The sides agreed on energy."', 2],
  ])('gives a paragraph-opening quote with no attribution the speaker of the quote ending the paragraph before: %s', (_, text, n) => {
    expect(run(docOf(text, kremlin)).map((q) => q.speaker?.actorId)).toEqual(Array<string>(n).fill('kremlin'));
  });

  it.each([
    ['a sentence that attributes nothing', '"Trade grew," the Kremlin said. "It will grow more" in the spring.\n"The sides agreed on energy."'],
    ['the rest of a sentence after a partial quote', 'The Kremlin said trade had "grown fast" over the winter.\n"The sides agreed on energy."'],
  ])('takes no speaker from the paragraph before across %s (review of q-hang)', (_, text) => {
    expect(run(docOf(text, kremlin)).at(-1)?.speaker).toBeUndefined();
  });

  it('keeps the speaker a paragraph-opening quote names after it (review of q-hang)', () => {
    const list = run(docOf('"Trade grew," the Kremlin said.\n"The sides agreed," one diplomat said.', kremlin));
    expect(list[1]?.speaker?.actorId).toBeUndefined();
    expect(list[1]?.why).not.toMatch(/continues/);
  });

  it('takes no speaker from a paragraph before that goes on past its quote', () => {
    const list = run(docOf('"Trade grew," the Kremlin said. Talks will go on in the spring.\n"The sides agreed on energy."', kremlin));
    expect(list[1]?.speaker).toBeUndefined();
  });

  it('gives a quote without attribution the speaker of the quote before it in the paragraph', () => {
    const list = run(docOf('"First part," the press service said. "Second part."', kremlin));
    expect(list.map((q) => q.speaker?.actorId)).toEqual(['kremlin', 'kremlin']);
    expect(list[1].why).toMatch(/continues/);
  });

  it('cuts the trailing attribution from an unclosed quote and resolves its pronoun', () => {
    const list = run(docOf('"Trade grew," the Kremlin said. Topics included "energy and climate, it added.', kremlin));
    expect(list[1]).toMatchObject({ closed: false, speaker: { actorId: 'kremlin' } });
    expect(list[1].end).toBeLessThan(list[1].start + 'energy and climate'.length + 1);
  });

  it('finds reported speech with its speaker', () => {
    const list = run(docOf('the Kremlin said that talks would resume.', kremlin));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'reported', speaker: { actorId: 'kremlin' } });
  });

  it.each([
    ['a name after "that" begins what was said', 'He noted that the Kremlin would resume talks.'],
    ['a name before a pronoun subject is not the speaker', 'On sanctions against the Kremlin, he noted that talks would resume.'],
    ['a name in the sentence before is not the speaker', 'Talks went on with the Kremlin. He noted that talks would resume.'],
  ])('finds no reported speaker when %s', (_, text) => {
    expect(run(docOf(text, kremlin)).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  it('lets an adverb stand between the speaker and "said that"', () => {
    expect(run(docOf('The Kremlin also noted that talks would resume.', { 'The Kremlin': kremlin['the Kremlin'] }))[0]).toMatchObject({ kind: 'reported', speaker: { actorId: 'kremlin' } });
  });
});

describe('findQuotedSpans, unbalanced marks', () => {
  it('ends a quote that lost its closing mark where the next one opens', () => {
    const text = 'He said: "we are ready. Then she called it "a formal update" today.';
    const spans = findQuotedSpans(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.closed])).toEqual([['we are ready. Then she called it', false], ['a formal update', true]]);
  });
});

describe('issue-16: quotes in time linear in the article', () => {
  // Counts reads of the tokens layer, a measure of work that does not depend on machine speed.
  const tokenReads = (paragraphs: number) => {
    const text = Array.from({ length: paragraphs }, (_, i) => `"We will talk again in round ${i}," the Kremlin said. The Kremlin said that the talks went on.`).join('\n');
    const doc = docOf(text, { Kremlin: { id: 'kremlin', code: 'RUS' } });
    let reads = 0;
    const counted = new Proxy(doc.layers.tokens!, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const result = quotes().run({ ...doc, layers: { ...doc.layers, tokens: counted } }, { report: () => {} });
    expect(result.filter((q) => q.speaker?.actorId === 'kremlin')).toHaveLength(paragraphs * 2);
    return reads;
  };

  it('reads twice the tokens for twice the quotes, not four times', () => {
    expect(tokenReads(400) / tokenReads(200)).toBeLessThan(2.5);
  });
});
