import { describe, expect, it } from 'vitest';
import { isSpace, tokenize } from './tokenize.js';

const words = (text: string) => tokenize(text, [{ start: 0, end: text.length }]).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it.each([
    ['punctuation', 'Libya, Syria and Ukraine.', ['Libya', ',', 'Syria', 'and', 'Ukraine', '.']],
    ['quotes', '"has a lengthy conversation" in', ['"', 'has', 'a', 'lengthy', 'conversation', '"', 'in']],
    ['curly quotes and possessives', '“Russia’s initiative”', ['“', 'Russia', '’s', 'initiative', '”']],
    ['plural possessives', 'the countries’ defense', ['the', 'countries', '’', 'defense']],
    ['negation clitics', "didn't can't won't", ['did', "n't", 'ca', "n't", 'wo', "n't"]],
    ['hyphenated compounds', 'Russian-French dialogue', ['Russian', '-', 'French', 'dialogue']],
    ['prefixed words', 'intra-Libyan de-escalation non-stop', ['intra-Libyan', 'de-escalation', 'non-stop']],
    ['abbreviations and initials', 'the U.S. and John F. Kennedy', ['the', 'U.S.', 'and', 'John', 'F.', 'Kennedy']],
    ['numbers and formats', 'rose 3.5% to $1,200 in the 2+2 format on 2020-06-26', ['rose', '3.5', '%', 'to', '$', '1,200', 'in', 'the', '2+2', 'format', 'on', '2020-06-26']],
    ['dashes', 'talks—and more -- later', ['talks', '—', 'and', 'more', '--', 'later']],
    ['urls and e-mail', 'see https://kremlin.ru/events/1, or press@x.org.', ['see', 'https://kremlin.ru/events/1', ',', 'or', 'press@x.org', '.']],
    ['slashes between words', 'and/or', ['and', '/', 'or']],
    ['an ellipsis', 'wait... what', ['wait', '...', 'what']],
    ['decades', "the '90s", ['the', "'90s"]],
    ['slashes around an agency', '/TASS/.', ['/', 'TASS', '/', '.']],
  ])('splits %s', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives exact offsets and the sentence index', () => {
    const text = 'A b. C d.';
    expect(tokenize(text, [{ start: 0, end: 4 }, { start: 5, end: 9 }])).toEqual([
      { start: 0, end: 1, sent: 0 }, { start: 2, end: 3, sent: 0 }, { start: 3, end: 4, sent: 0 },
      { start: 5, end: 6, sent: 1 }, { start: 7, end: 8, sent: 1 }, { start: 8, end: 9, sent: 1 },
    ]);
  });
});

describe('isSpace', () => {
  it('reads every UTF-16 code unit as `\\s` does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('splits chunks at any white space, as `\\S+` does', () => {
    const text = 'a\u00a0b\u2009c\td\u3000e';
    expect(tokenize(text, [{ start: 0, end: text.length }]).map((t) => text.slice(t.start, t.end))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
