import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

/** The attribution after a quote's closing mark (`afterQuote`). Probe sentences written for the purpose. */
describe('the attribution after the closing mark', () => {
  const pipeline = defaultPipeline({ layers: ['quotes', 'deps'] });
  const speakers = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text }));
    return (doc.layers.quotes ?? []).filter((q) => q.kind !== 'reported').map((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end));
  };

  it('reads an attribution that goes on in lower case after a quote closed by its own full stop', () => {
    expect(speakers('Mr Blair spoke in Leeds. "We will not back down. The vote is on Monday." said Mr Howard.').at(-1)).toMatch(/Howard/);
  });

  // ", adding" after a partial quote has no subject of its own: the quote is the sentence's speaker's.
  it.each([
    ['"adding" with a clause', 'Mr Kennedy said the question sounded "balanced," adding it would help the campaign.', /Kennedy/],
    ['"adding that" with a name in the clause', 'Russian Foreign Minister Sergei Lavrov said the talks were "useful," adding that Moscow would send a delegation.', /Lavrov/],
    ['"saying" with a clause', 'Mr Blair praised the police as "outstanding," saying the city was safer.', /Blair/],
  ])('gives a partial quote followed by a participle of saying to the verb above: %s', (_, text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });

  // Guards: the ordinary attributions after the closing mark stay.
  it.each([
    ['", he said"', 'Mr Blair spoke in Leeds. "We will not back down," he said.', /Blair/],
    ['", said X"', '"We will not back down," said Mr Howard.', /Howard/],
    ['", X told Y"', '"We will not back down," Mr Howard told reporters.', /Howard/],
    ['", he said, adding"', '"We will not back down," Mr Howard said, adding that the vote was on Monday.', /Howard/],
    ['"X was quoted as saying"', '"Everybody wants an open investment policy," Mr Baldrige was quoted as saying.', /Baldrige/],
  ])('keeps %s', (_, text, speaker) => {
    expect(speakers(text).at(-1)).toMatch(speaker);
  });

  it('reads a participle after a verb of saying as the attribution it goes on from (", said X, adding")', () => {
    const text = '"We always thought they would settle the claims with the staff," said a senior black employee, adding "We had no idea."';
    const [quote] = pipeline.run(makeDoc({ text })).layers.quotes ?? [];
    expect(quote?.speaker && text.slice(quote.speaker.start, quote.speaker.end)).toMatch(/employee/);
    expect(quote?.reasons[0]?.rule).toBe('quotes/after');
  });
});
