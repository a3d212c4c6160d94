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
  ])('gives a partial quote followed by a participle of saying to the verb above: %s', (_, text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });

  // A guard, not new behaviour: this one was the subject's before the participle rule too.
  it('keeps a partial quote before ", saying" with its verb\'s subject', () => {
    expect(speakers('Mr Blair praised the police as "outstanding," saying the city was safer.')[0]).toMatch(/Blair/);
  });

  // The participle's clause is its governing verb's: that verb's subject speaks, not the sentence's first verb of
  // saying nor a verb of saying inside the participle's own clause.
  it.each([
    ['two speakers, ", adding"', '"The talks went well," Russian Foreign Minister Sergei Lavrov said, while US Secretary of State John Kerry called them "a step in the right direction," adding that more work was needed.', /Kerry/],
    ['two speakers, ", saying"', '"We are ready," said Lavrov, but Kerry called the talks "a step in the right direction," saying more work was needed.', /Kerry/],
    ['a verb of saying inside the clause', 'The Tories branded the plan "a complete shambles," adding that Mr Blair had said it would work.', /Tories/],
    ['a noun subject inside the clause', 'Mr Smith called the result "a clear message," saying voters had spoken.', /Smith/],
  ])('gives a partial quote before a participle to its governing verb\'s subject: %s', (_, text, speaker) => {
    expect(speakers(text).at(-1)).toMatch(speaker);
  });

  it('gives a quote whose sentence names no speaker before its participle to the sentence before\'s speaker', () => {
    expect(speakers('Mr Howard said on Monday that taxes were too high. "We have had enough of this government," adding that he would cut taxes.')[0]).toMatch(/Howard/);
  });

  it('gives a quote after ", adding:" to the speaker of the verb the participle goes on from', () => {
    expect(speakers('Mr Howard spoke in Leeds. "We have had enough of this government," he said, adding: "It is time for change."').at(-1)).toMatch(/Howard/);
  });

  // A clause opened by a connective after the closing mark ("but X said", "while X insisted") is another speaker's.
  it.each([
    ['an ellipsis, "but"', 'Conservative leader Michael Howard said the government had "failed the country..." but Prime Minister Tony Blair said the figures showed otherwise.'],
    ['an abbreviation, "while"', 'Conservative leader Michael Howard said the tax would "hurt families across the U.K." while ministers insisted it would not.'],
    ['a comma, "but"', 'Conservative leader Michael Howard said the government had "failed the country," but Mr Blair said the figures showed otherwise.'],
  ])('does not read an attribution across a connective: %s', (_, text) => {
    expect(speakers(text)[0]).toMatch(/Howard/);
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
