import { describe, expect, it } from 'vitest';
import { runActors } from '../../../test/support/actors-run.js';

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

  it('gives the body the country a place in its name names, and that place makes no mention of its own', () => {
    expect(mentionsOf('The National Farmers Federation of Australia urged Canberra to act.').slice(0, 2)).toEqual([
      ['National Farmers Federation of Australia', 'AUS', 'AGR', 'local:body'],
      ['Canberra', 'AUS', 'GOV', 'capital-canberra'],
    ]);
  });

  it('reads the acronym defined after the name and a later "the association" as the same body', () => {
    const found = mentionsOf('The American Soybean Association (ASA) denounced the policy. The ASA urged Congress to act. The association said it would complain.');
    const body = found.filter((m) => m[3] === 'local:body').map((m) => m.slice(0, 2));
    expect(body).toEqual([['American Soybean Association', 'USA'], ['ASA', 'USA'], ['The association', 'USA']]);
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
