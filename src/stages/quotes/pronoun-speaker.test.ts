import { describe, expect, it } from 'vitest';
import { makeDoc, type Document } from '../../core/document.js';
import type { ActorMention } from '../actors/types.js';
import type { Token } from '../tokens/types.js';
import { quotes } from './index.js';

/** Tokens split on words and marks; sentences end at . ! ? not followed by a closing mark; each listed name is a person. */
function docOf(text: string, people: readonly string[]): Document {
  const tokens: Token[] = [];
  const sentences: { start: number; end: number }[] = [];
  let sent = 0;
  let sentStart = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, sent });
    if (/^[.!?]$/.test(m[0]) && !/^["”]/.test(text.slice(m.index + 1, m.index + 2))) {
      sentences.push({ start: sentStart, end: m.index + 1 });
      sent++;
      sentStart = m.index + 2;
    }
  }
  const mentions: ActorMention[] = people.flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index, end: m.index + name.length, actorId: name.split(' ').at(-1)!.toLowerCase(), name, code: 'GBR', reasons: [], why: 'test',
    tokens: [tokens.findIndex((t) => t.start === m.index), tokens.findIndex((t) => t.end === m.index + name.length) + 1] as const,
  })));
  return makeDoc({ text, layers: { sentences, tokens, actors: mentions.sort((a, b) => a.start - b.start) } });
}

const speakers = (text: string, people: readonly string[]): (string | undefined)[] => {
  const doc = docOf(text, people);
  return quotes().run(doc, { report: () => undefined }).map((q) => q.speaker && doc.text.slice(q.speaker.start, q.speaker.end));
};

describe('pronoun speakers by salience and agreement', () => {
  it.each([
    ['a man named since the last quote, not the last speaker', '"Taxes will rise," Mr Blair said. Mr Howard attacked the plan. "It is wrong," he said.', ['Mr Blair', 'Mr Howard'], ['Mr Blair', 'Mr Howard']],
    ['the woman the title names, past a man', 'Ms Kelly spoke first. Mr Collins replied. "No," she said.', ['Ms Kelly', 'Mr Collins'], ['Ms Kelly']],
    ['the subject of the sentence before, not a name inside the quote', 'Mr Howard spoke. "Mr Blair is wrong," he said.', ['Mr Howard', 'Mr Blair'], ['Mr Howard']],
    ['through a chain of "he" subjects', 'Mr Kennedy spoke. He told the radio it was wrong. "Think again," he asked.', ['Mr Kennedy'], ['Mr Kennedy']],
  ])('gives "he"/"she" %s', (_, text, people, expected) => {
    expect(speakers(text, people)).toEqual(expected);
  });

  it.each([
    ['takes the speaker of the sentence before, across a paragraph break', 'Mr Blair said the plan was right.\n"We are stating a principle."', ['Mr Blair'], ['Mr Blair']],
  ])('a quote opening its sentence with no attribution %s', (_, text, people, expected) => {
    expect(speakers(text, people)).toEqual(expected);
  });

  it('says in `why` who the pronoun was taken as', () => {
    const doc = docOf('Mr Howard spoke. "It is wrong," he said.', ['Mr Howard']);
    expect(quotes().run(doc, { report: () => undefined })[0].why).toMatch(/"he" taken as Mr Howard/);
  });
});
