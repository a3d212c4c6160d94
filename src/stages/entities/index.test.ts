import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import type { Token } from '../tokens/types.js';
import { entities } from './index.js';

/** A one-sentence document whose tokens are the space-separated words of `text`. */
function docOf(text: string) {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ start: m.index, end: m.index + m[0].length, sent: 0 });
  return makeDoc({ text, layers: { sentences: [{ start: 0, end: text.length }], tokens } });
}

const stage = entities();
const found = (text: string) => {
  const doc = docOf(text);
  return stage.run(doc, { report: () => undefined }).map((e) => [doc.text.slice(e.start, e.end), e.type]);
};

describe('entities stage', () => {
  it('finds people with titles and the places after them', () => {
    expect(found('The talks were held by Presidents Vladimir Putin of Russia and Emmanuel Macron of France .')).toEqual([
      ['Vladimir Putin', 'PERSON'],
      ['Russia', 'GPE'],
      ['Emmanuel Macron', 'PERSON'],
      ['France', 'GPE'],
    ]);
  });

  it.each([
    ['Emmanuel Macron accepted Vladimir Putin ’s invitation to visit Moscow .', [['Emmanuel Macron', 'PERSON'], ['Vladimir Putin', 'PERSON'], ['Moscow', 'GPE']]],
    ["Germany 's Chancellor Angela Merkel met Britain 's Tony Blair .", [['Germany', 'GPE'], ['Angela Merkel', 'PERSON'], ['Britain', 'GPE'], ['Tony Blair', 'PERSON']]],
  ])('keeps the possessive outside the name: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('splits a list into separate entities', () => {
    expect(found('They discussed conflicts in Libya , Syria and Ukraine .')).toEqual([
      ['Libya', 'GPE'],
      ['Syria', 'GPE'],
      ['Ukraine', 'GPE'],
    ]);
  });

  it('separates an organisation from the countries right after it', () => {
    expect(found('As permanent members of the United Nations Security Council Russia and France have special responsibility .')).toEqual([
      ['United Nations Security Council', 'ORG'],
      ['Russia', 'GPE'],
      ['France', 'GPE'],
    ]);
  });

  it.each([
    ['President Dovran Kelmurat told reporters on Tuesday that talks would continue .', 'Dovran Kelmurat'],
    ['Foreign Minister Asel Turbekova said the border would reopen .', 'Asel Turbekova'],
  ])('finds an unknown person after a title: %s', (text, name) => {
    expect(found(text)).toContainEqual([name, 'PERSON']);
  });

  it.each([
    ['the Kremlin said on Friday .', 'Kremlin', 'ORG'],
    ['cooperation on Arctic problems .', 'Arctic', 'LOC'],
    ['the resumption of intra-Libyan dialogue .', 'intra-Libyan', 'NORP'],
    ['the Ukrainian conflict .', 'Ukrainian', 'NORP'],
  ])('types %s', (text, name, type) => {
    expect(found(text)).toContainEqual([name, type]);
  });

  it('reads a hyphenated pair of nationalities as two', () => {
    expect(found('key areas of Russian - French dialogue .')).toEqual([
      ['Russian', 'NORP'],
      ['French', 'NORP'],
    ]);
  });

  it('keeps quotes outside the span', () => {
    expect(found('He said : “ Russia is ready . ”')).toEqual([['Russia', 'GPE']]);
  });

  it('gives each entity its token range and a confidence in [0, 1]', () => {
    const doc = docOf('Emmanuel Macron spoke .');
    const [ent] = stage.run(doc, { report: () => undefined });
    expect(ent.tokens).toEqual([0, 2]);
    expect(ent.confidence).toBeGreaterThan(0);
    expect(ent.confidence).toBeLessThanOrEqual(1);
  });
});
