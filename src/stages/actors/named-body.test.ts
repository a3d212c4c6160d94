import { describe, expect, it } from 'vitest';
import { runActors } from '../../../test/support/actors-run.js';
import { parseBodyWords } from './named-body.js';

/** The mentions over `words` in `text` read on a late-1980s wire date: [text, code, sector, actor id prefix]. */
function mentionsOf(text: string): [string, string | undefined, string | undefined, string][] {
  const run = runActors(text, '1987-03-01');
  return run.mentions.map((m) => [run.text.slice(m.start, m.end), m.code, m.sector, m.actorId.split(':').slice(0, 2).join(':')]);
}

describe('bodies named by an organisation word', () => {
  it('makes a body of a name the knowledge base lacks, its country from the nationality in it, no guessed sector', () => {
    expect(mentionsOf('The American Soybean Association denounced European Community oilseed policies.')[0]).toEqual(['American Soybean Association', 'USA', undefined, 'local:body']);
  });

  it('takes the sector from a word of the name, the nearest to the head first ("Farmers" before "Union")', () => {
    expect(mentionsOf('The National Farmers Union urged Congress to act.')[0]?.slice(0, 3)).toEqual(['National Farmers Union', undefined, 'AGR']);
    expect(mentionsOf('The National Union of Mineworkers rejected the offer.')[0]?.slice(0, 3)).toEqual(['National Union of Mineworkers', undefined, 'LAB']);
    expect(mentionsOf('The extreme-right National Front voted against the call.')[0]?.slice(0, 3)).toEqual(['National Front', undefined, undefined]);
  });

  it.each([
    ['The National Council of Harbour Workers Unions rejected the offer.', ['National Council of Harbour Workers Unions', undefined, 'LAB']],
    ['The Federal Committee of Coffee Growers urged Congress to act.', ['Federal Committee of Coffee Growers', undefined, 'AGR']],
  ])('makes a body of a council or committee "of" people (%s), its sector from their word', (text, body) => {
    expect(mentionsOf(text).find((m) => m[3] === 'local:body')?.slice(0, 3)).toEqual(body);
  });

  it.each(['The Development Committee criticised the banks.', 'The Council of Agriculture rejected the plan.', 'The Committee on Farmers rejected the plan.'])(
    'makes no body of a council or committee without "of" people (%s)', (text) => {
      expect(mentionsOf(text).filter((m) => m[3] === 'local:body')).toEqual([]);
    });

  it('gives the body the country a place in its name names, and that place makes no mention of its own', () => {
    expect(mentionsOf('The National Farmers Federation of Australia urged Canberra to act.').slice(0, 2)).toEqual([
      ['National Farmers Federation of Australia', 'AUS', 'AGR', 'local:body'],
      ['Canberra', 'AUS', 'GOV', 'capital-canberra'],
    ]);
  });

  it('reads the acronym defined after the name as the same body, and leaves "the <head word>" to the discourse stage', () => {
    const found = mentionsOf('The American Soybean Association (ASA) denounced the policy. The ASA urged Congress to act. The association said it would complain.');
    const body = found.filter((m) => m[3] === 'local:body').map((m) => m.slice(0, 2));
    expect(body).toEqual([['American Soybean Association', 'USA'], ['ASA', 'USA']]);
  });

  it('makes no body of a later "the <head word>" that is another thing: a battle front, a chamber, a modifier', () => {
    const later = (text: string) => mentionsOf(text).filter((m) => m[3] === 'local:body').map((m) => m[0]);
    expect(later('The Somali National Front attacked an army post. The government sent more troops to the front.')).toEqual(['Somali National Front']);
    expect(later('The National Chamber of Industry opposed the tax. Deputies in the chamber voted for it.')).toEqual(['National Chamber of Industry']);
    expect(later('The Liberal Party lost its seats. Officials said the party leaders would meet again.')).toEqual(['Liberal Party']);
  });

  it('reads sector words after the head too ("Federation of Coffee Growers"), a party always as a party', () => {
    expect(mentionsOf('The National Federation of Coffee Growers cut its export quota.')[0]?.slice(0, 3)).toEqual(['National Federation of Coffee Growers', undefined, 'AGR']);
    expect(mentionsOf('The General Federation of Trade Unions called a strike.')[0]?.slice(0, 3)).toEqual(['General Federation of Trade Unions', undefined, 'LAB']);
    expect(mentionsOf('The Democratic Labor Party walked out of the talks.')[0]?.slice(0, 3)).toEqual(['Democratic Labor Party', undefined, 'PTY']);
  });

  it('makes a body of a name that opens with its head word when "of", "on" or "for" and a name follow', () => {
    expect(mentionsOf('The Movement for Democratic Change boycotted the vote.')[0]?.slice(0, 4)).toEqual(['Movement for Democratic Change', undefined, undefined, 'local:body']);
    expect(mentionsOf('The Chamber of Commerce opposed the tariff.')[0]?.slice(0, 4)).toEqual(['Chamber of Commerce', undefined, 'BUS', 'local:body']);
  });

  it('leaves the words that open a sentence before the name out of it ("On Monday", "Yesterday")', () => {
    expect(mentionsOf('On Monday National Front leaders met in Paris.')[0]?.[0]).toBe('National Front');
    expect(mentionsOf('Yesterday Green Party deputies walked out.')[0]?.[0]).toBe('Green Party');
  });

  it('makes a body of a name that opens with a country ("The Kenya National Union of Teachers")', () => {
    expect(mentionsOf('The Kenya National Union of Teachers called a strike.')[0]).toEqual(['Kenya National Union of Teachers', 'KEN', 'LAB', 'local:body']);
    expect(mentionsOf('The Ghana National Association of Teachers called a strike.')[0]).toEqual(['Ghana National Association of Teachers', 'GHA', 'LAB', 'local:body']);
  });

  it('leaves a country the knowledge base names with its article alone ("the Soviet Union", "the Russian Federation")', () => {
    const found = mentionsOf('Talks between the Soviet Union and the Russian Federation ended.');
    expect(found.some((m) => m[3] === 'local:body')).toBe(false);
  });

  it('gives a union no sector without a labour word, and makes no body of a sports league or association', () => {
    expect(mentionsOf('The Eurasian Economic Union lifted the duties.')[0]?.slice(0, 3)).toEqual(['Eurasian Economic Union', undefined, undefined]);
    expect(mentionsOf('The Rugby Football Union fined the club.').some((m) => m[3] === 'local:body')).toBe(false);
    expect(mentionsOf('The Premier League fined the club.').some((m) => m[3] === 'local:body')).toBe(false);
  });

  it('makes two bodies of two names joined by "and"', () => {
    const found = mentionsOf('The National Farmers Union and Country Landowners Association criticised the plan.');
    expect(found.filter((m) => m[3] === 'local:body').map((m) => m.slice(0, 3))).toEqual([['National Farmers Union', undefined, 'AGR'], ['Country Landowners Association', undefined, undefined]]);
  });

  it('leaves bodies the knowledge base knows, one capitalised word, and headlines in capitals alone', () => {
    expect(mentionsOf('The Confederation of British Industry welcomed the budget.')[0]?.[3]).toBe('confederation-of-british-industry');
    expect(mentionsOf('Union leaders rejected the offer.').some((m) => m[3] === 'local:body')).toBe(false);
    expect(mentionsOf('FARMERS FEDERATION ATTACKS BUDGET').some((m) => m[3] === 'local:body')).toBe(false);
  });

  it('makes no body of a committee, fund or alliance (parts of bodies named elsewhere, or things)', () => {
    expect(mentionsOf('The joint Development Committee criticised the banks. Spain contributed to the European Peace Fund.').some((m) => m[3] === 'local:body')).toBe(false);
  });
});

describe('the body words file', () => {
  it('reads each role apart, a word may be a head and a sector word, and a bad or repeated row is a problem', () => {
    const { words, problems } = parseBodyWords('# comment\nhead\t-\tunions|league\nof-head\t-\tcouncil\npeople\tLAB\tunions\nword\tLAB\tlabour\nsport\t-\tleague\n');
    expect([words.head.get('unions'), words['of-head'].get('council'), words.member.get('unions'), words.word.get('unions'), words.word.get('labour'), words.sport.get('league')])
      .toEqual(['-', '-', '-', 'LAB', 'LAB', '-']);
    expect(problems).toEqual([]);
    expect(parseBodyWords('head\tLAB union\nword\tAGR\tfarmers|farmers\nbody\t-\tfront\n').problems.map((p) => p.line)).toEqual([1, 2, 3]);
  });

  it('makes a people row\'s words both sector words and members of a council, so the two lists cannot drift apart ("nurses")', () => {
    const { words } = parseBodyWords('people\tLAB\tnurses\n');
    expect([words.word.get('nurses'), words.member.has('nurses')]).toEqual(['LAB', true]);
    // A people word listed again as a sector word is a repeat, not a second list kept in step by hand.
    expect(parseBodyWords('people\tLAB\tnurses\nword\tLAB\tnurses\n').problems.map((p) => p.line)).toEqual([2]);
  });

  it('refuses a sector where it is never read, and none where it is (with the line)', () => {
    const { problems } = parseBodyWords('of-head\tLAB\tcouncil\nsport\t-\tgolf\nword\t-\tfarm\npeople\t-\tnurses\nopener\tBUS\tyesterday\n');
    expect(problems.map((p) => p.line)).toEqual([1, 3, 4, 5]);
  });
});
