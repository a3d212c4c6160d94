import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';

const britishOf = (text: string, people: readonly string[] = [], upos?: readonly string[]) =>
  run(text, '1987-03-01', people, upos).mentions.filter((m) => m.code === 'GBR').map((m) => text.slice(m.start, m.end));

// Review of session 39: the UK bodies' names read where they are common words or other countries' bodies (#12).
describe('national bodies stand as the body only where the name is it', () => {
  it.each([
    ["Norway's ruling Labour Party said so. Labour won 71 seats.", []],
    ["Brundtland's minority Labour government fell.", []],
    ['Hawke said Labour would win the election.', []],
    ['The opposition Labour Party won 20 seats in Malta.', []],
    ['Tory MP Sinclair Stevens resigned from the cabinet.', ['Sinclair Stevens']],
    ['The ruling Liberal Democrats lost seats in Tokyo.', []],
    ['Labour MP Yossi Beilin said the talks had failed.', ['Yossi Beilin']],
  ])('another country\'s party or its member is not British without a British actor in the story: %s', (text, people) => {
    expect(britishOf(text, people)).toEqual([]);
  });

  it.each([
    ['Labour costs rose 3.2 pct in the quarter.', ['PROPN', 'NOUN', 'VERB', 'NUM', 'NOUN', 'ADP', 'DET', 'NOUN', 'PUNCT']],
    ['Labour discipline was poor, London said.', ['PROPN', 'NOUN', 'AUX', 'ADJ', 'PUNCT', 'PROPN', 'VERB', 'PUNCT']],
    ['Conservative estimates put the British loss at 20 mln stg.', ['ADJ', 'NOUN', 'VERB', 'DET', 'ADJ', 'NOUN', 'ADP', 'NUM', 'NUM', 'NOUN', 'PUNCT']],
  ])('a sentence-initial name before a common noun that heads the subject is a common word: %s', (text, upos) => {
    expect(britishOf(text, [], upos).filter((w) => /Labour|Conservative/.test(w))).toEqual([]);
  });

  it.each([
    ['LONDON (Reuters) - Labour groups urged the government to raise wages.', ['PROPN', 'PUNCT', 'PROPN', 'PUNCT', 'PUNCT', 'PROPN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PART', 'VERB', 'NOUN', 'PUNCT']],
  ])('a name that is also a common word takes no group noun as its agent (review of ev-groups, finding 5): %s', (text, upos) => {
    expect(britishOf(text, [], upos).filter((w) => /Labour/.test(w))).toEqual([]);
  });

  it.each([
    'On Labour Day Britain closed its banks.',
    'The Labour Court in London ruled.',
    'The Federal Labour Office in Nuremberg said so.',
    'The International Labour Office said Britain erred.',
    'OECD WARNS BRITAIN ON LABOUR COSTS',
    'BRAZILIAN LABOUR UNREST SPREADS',
    'Britain sold its PCs.',
    'Unison Industries Inc said Britain bought engines.',
    'The CBI arrested two officials in the Bofors case.',
    'The Tokyo Metropolitan Police arrested him.',
    'The Law Society of Upper Canada said so.',
    'Information Commissioner Inger Hansen said so.',
    'Mulroney told the Commons the deal was fair.',
    'The Cabinet Office in Ottawa said so.',
  ])('a name continued or opened by another name, in a headline, in another case or without Britain is not British: %s', (text) => {
    expect(britishOf(text, ['Inger Hansen']).filter((w) => !/brit/i.test(w) && w !== 'London')).toEqual([]);
  });

  it('another country\'s possessive before the party makes it that country\'s', () => {
    expect(codesOf(run("Norway's ruling Labour Party said so.", '1987-03-01'), 'Labour Party')[0]).toBe('NOR');
  });

  it.each([
    ['The Conservative government said so, London radio reported.', 'The Conservative government'],
    ["Thatcher's Conservative government said so.", 'Conservative government'],
    ['The Labour government said so, London radio reported.', 'The Labour government'],
  ])('a party name before a government noun is the country\'s government: %s', (text, words) => {
    expect(codesOf(run(text, '1987-03-01'), words)).toEqual(['GBR', 'GOV']);
  });

  it('keeps a party before a title or a noun that is no subject\'s head ("Tory home affairs spokesman")', () => {
    const text = 'Tory home affairs spokesman David Davis said Britain was wrong.';
    const upos = ['PROPN', 'NOUN', 'NOUN', 'NOUN', 'PROPN', 'PROPN', 'VERB', 'PROPN', 'AUX', 'ADJ', 'PUNCT'];
    expect(codesOf(run(text, '2005-03-01', ['David Davis'], upos), 'David Davis')[0]).toBe('GBR');
  });

  it('a British story keeps its parties and their people', () => {
    const text = 'Tony Blair said Labour would win. Tory MP Sinclair Stevens disagreed.';
    expect(britishOf(text, ['Sinclair Stevens'])).toEqual(['Tony Blair', 'Labour', 'Tory MP Sinclair Stevens']);
  });
});

// Last review of session 39: which country a body is of, where a common word stops it, and what vouches for Britain (#12).
describe('a national body takes the country its own words give it', () => {
  it.each([
    ['Shimon Peres, leader of the Labour Party, met British Foreign Secretary Geoffrey Howe.', ['Shimon Peres', 'Geoffrey Howe'], 'leader of the Labour Party'],
    ['The leader of the Labour Party, Shimon Peres, met British Foreign Secretary Geoffrey Howe.', ['Shimon Peres', 'Geoffrey Howe'], 'The leader of the Labour Party'],
  ])('the person commas set it beside gives its country: %s', (text, people, words) => {
    expect(codesOf(run(text, '1987-03-01', people), words)[0]).toBe('ISR');
  });

  it.each([
    ['LONDON - Britain would give up nuclear weapons under the Labour Party, Ronald Reagan said.', ['Ronald Reagan'], 'the Labour Party'],
    ["Neil Kinnock of Britain met Mikhail Gorbachev, who praised the Labour Party's defence policy.", ['Neil Kinnock', 'Mikhail Gorbachev'], 'the Labour Party'],
    ['John Howard, the Tory leader, said Britain would vote.', ['John Howard'], 'the Tory leader'],
  ])('a person set off by a comma alone, with no title between, gives it no country: %s', (text, people, words) => {
    expect(codesOf(run(text, '1987-03-01', people), words)[0]).toBe('GBR');
  });

  it('a British title vouches for Britain only for a person of no other code ("Lord Carrington" at NATO)', () => {
    expect(britishOf('Lord Carrington said Labour would win the vote.')).toEqual([]);
  });

  it('leaves a longer name the knowledge base knows to itself ("House of Lords" is no body read from "Lords")', () => {
    expect(codesOf(run('The House of Lords rejected the bill.', '2005-01-12'), 'The House of Lords')).toEqual(['GBR', 'LEG']);
  });
});

describe('the common-word test is for names that are ordinary English words', () => {
  it.each([
    ['Unison members voted to strike in Britain.', ['PROPN', 'NOUN', 'VERB', 'PART', 'VERB', 'ADP', 'PROPN', 'PUNCT'], 'Unison', 'LAB'],
    ['Tory plans were attacked by British unions.', ['PROPN', 'NOUN', 'AUX', 'VERB', 'ADP', 'ADJ', 'NOUN', 'PUNCT'], 'Tory', 'OPP'],
  ])('a body that is no English word keeps its name at a sentence\'s start: %s', (text, upos, words, sector) => {
    expect(codesOf(run(text, '2005-03-01', [], upos), words)).toEqual(['GBR', sector]);
  });
});

describe('a clue only Britain has vouches for a British story', () => {
  it.each([
    ['Shadow chancellor Oliver Letwin said Labour would raise taxes.', ['Oliver Letwin']],
    ['Plaid Cymru said Labour would raise taxes.', []],
    ['The Lib Dems said Labour would raise taxes.', []],
  ])('%s', (text, people) => {
    expect(codesOf(run(text, '2005-03-01', people), 'Labour')).toEqual(['GBR', 'PTY']);
  });

  it('not where its own sentence names another country ("the ruling Liberal Democrats ... in Tokyo")', () => {
    expect(britishOf('The ruling Liberal Democrats lost seats in Tokyo. Labour won.')).toEqual([]);
  });
});
