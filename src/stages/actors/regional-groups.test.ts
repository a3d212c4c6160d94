import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';

const codeOf = (result: ReturnType<typeof run>, words: string) => {
  const m = result.mentions.find((x) => result.text.slice(x.start, x.end).includes(words));
  return m ? `${m.code ?? ''} ${m.sector ?? ''}` : undefined;
};

// The 1980s wire's regional, aid and commodity groups (`data/organisations.tsv`, session 59 ev-multilateral): the gold
// codes each as itself; dyad read them as no actor, a place ("Cairns" AUS) or a country ("… on Indonesia" IDN).
describe('regional and commodity groups', () => {
  it.each([
    ['Finance ministers from the 13-member Caribbean Community (Caricom) met today.', '1987-06-20', 'Caricom', 'IGO CARICOM'],
    ['Donors in the Inter-Governmental Group on Indonesia pledged 3.15 billion dlrs.', '1987-06-17', 'Inter-Governmental Group on Indonesia', 'IGO IGGI'],
    ['The IGGI urged Jakarta to press on with reforms.', '1987-06-17', 'IGGI', 'IGO IGGI'],
    ['The Cairns group of farm exporters urged an end to subsidies.', '1987-10-19', 'Cairns group', 'IGO CAIRNS'],
    ['The Andean Pact presidents agreed to revise the foreign investment rules.', '1987-05-12', 'Andean Pact', 'IGO AND'],
    ['The International Natural Rubber Organization said its buffer stock would buy.', '1987-04-02', 'International Natural Rubber Organization', 'IGO INRO'],
    ['UNCTAD called a meeting of copper producers and consumers.', '1987-03-05', 'UNCTAD', 'IGO UNCTAD'],
  ])('%s (%s): "%s" is %s', (text, date, words, code) => {
    expect(codeOf(run(text, date), words)?.trim()).toBe(code);
  });
});
