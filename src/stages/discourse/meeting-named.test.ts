import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A wire story's meeting: its parties are those the meeting's own phrases name (the subject of the meeting verb or of
// the verb that holds the meeting noun, its object, a "with"/"between" phrase), not every country of the sentence: a
// topic's owner ("Japan's trade surplus") or a party of another clause is no member (#12, session 54 ev-meetside).
// Real parses through the default pipeline.
const pipeline = defaultPipeline({ layers: ['discourse'] });

function members(text: string): string[] | undefined {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '1987-04-08' } }));
  return doc.layers.discourse?.participants?.members.map((m) => m.code ?? '').sort();
}

describe('the parties of a wire story\'s meeting, by the phrases that name them (#12)', () => {
  it.each([
    ['West Germany and France discussed Japan\'s trade surplus on Tuesday.', ['DEU', 'FRA']],
    ['Britain held talks with France on Tuesday as the United States announced new tariffs on Japanese goods.', ['FRA', 'GBR']],
    // The parser hangs the met ministers as an oblique with no preposition: an object all the same.
    ['EC Commissioner Willy De Clercq told reporters after meeting U.S., Japanese, and Canadian trade ministers that progress was made.',
      ['CAN', 'JPN', 'USA']],
  ])('issue-12: %s', (text, expected) => {
    expect(members(text)).toEqual(expected);
  });

  it('issue-12: names how each party was named', () => {
    const doc = pipeline.run(makeDoc({ text: 'Britain held talks with France on Tuesday.', meta: { date: '1987-04-08' } }));
    expect(doc.layers.discourse?.participants?.reason).toMatchObject({ rule: 'discourse/meeting', named: 'United Kingdom: subject; France: "with" phrase' });
  });
});
