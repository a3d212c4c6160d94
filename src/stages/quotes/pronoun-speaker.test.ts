import { describe, expect, it } from 'vitest';
import { makeDoc, type Document } from '../../core/document.js';
import type { ActorMention } from '../actors/types.js';
import type { Token } from '../tokens/types.js';
import { defaultPipeline } from '../../pipeline.js';
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
    start: m.index, end: m.index + name.length, actorId: name.split(' ').at(-1)!.toLowerCase(), name, kind: 'person', code: 'GBR', reasons: [], why: 'test',
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

describe('speakers on real parses (the review of session 40)', () => {
  const pipeline = defaultPipeline({ layers: ['quotes', 'deps'] });
  const parsed = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text }));
    return (doc.layers.quotes ?? []).map((q) => q.speaker && (q.speaker.name ?? text.slice(q.speaker.start, q.speaker.end)));
  };

  it.each([
    ['the speaker of the sentence before, not the person it talks about', 'BONN (Reuters) - Chancellor Helmut Kohl said on Monday the summit went well. He said Gorbachev had accepted an invitation.\n"This is a great step forward."', /Kohl/],
    ['"she" for the woman her given name tells, past a man', 'Angela Merkel met Vladimir Putin in Berlin. Putin spoke first. "We agreed on gas," she said.', /Merkel/],
    ['the subject under its title ("Mr" the parsed subject)', 'Mr Blair criticised Mr Howard over the leaflet. "It was a disgrace," he said.', /Blair/],
    ['the subject, not the object of a verb of saying', 'Mr Blair spoke in the Commons. He told Mr Howard the plan would work. "It will succeed," he said.', /Blair/],
    ['the woman beside a man subject', 'Ms Harman spoke first. Mr Brown later met Ms Kelly. "We agreed on the plan," she said.', /Kelly/],
    ['the subject of the sentence just before, not a listed first name further back', 'WASHINGTON (Reuters) - Senator Robert Dole criticised the trip. Defence Secretary Caspar Weinberger defended it.\n"The talks will be useful," he said.', /Weinberger/],
    ['the name after a verb that opens its sentence', 'Tessa Jowell said the casino bill was sound. Said Mr Blair: "We will not back down."', /Blair/],
    ['the main clause subject, not one in an "asked whether" clause', 'Mr Howard was interviewed on Today. Asked whether Mr Blair should resign, he said: "He should go now."', /Howard/],
  ])('gives the quote to %s', (_, text, speaker) => {
    expect(parsed(text)[0]).toMatch(speaker);
  });

  it('takes no name from the sentence after the quote', () => {
    expect(parsed('Ms Kelly spoke. "The talks were useful," he said. Shultz told reporters the talks went well.')[0]).not.toMatch(/Shultz/);
  });
});
