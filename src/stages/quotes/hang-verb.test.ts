import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

describe('the verb a quote hangs from (hang-verb.ts)', () => {
  const pipeline = defaultPipeline({ layers: ['quotes', 'deps'] });
  const speakers = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text }));
    return (doc.layers.quotes ?? []).map((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end));
  };

  // Probe sentences written for the purpose; the first verb of saying in each sentence named another speaker.
  it.each([
    ['a later main verb after a participle clause with its own speaker', 'After Mr Howard criticised the plan, saying it was wrong, Mr Blair said: "We will not back down."', /Blair/],
    ['"X said …, Y added:"', 'Mr Howard said the plan was wrong, Mr Kennedy added: "It is a disgrace."', /Kennedy/],
    ['a quote inside the complement of the main verb, after a subordinate clause of saying', 'While Mr Brown told reporters the budget was sound, Mr Howard said it was "a con trick".', /Howard/],
    ['the second of two coordinated clauses of saying', 'Mr Straw said the talks had failed, and Mr Powell said: "We will try again."', /Powell/],
  ])('gives the quote to %s', (_, text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });

  // Each of these went wrong in a first version that took the verb the quote hangs from as it stood.
  it.each([
    ['a participle with no comma speaks for the verb of saying it hangs from', 'Lib Dem chairman Matthew Taylor wrote to the watchdog saying: "The advice we have received is that such calls are illegal."', /Taylor/],
    ['a passive verb of saying hears the words, it does not say them', 'But one official said the king would be told Britain still needs "clear evidence that the Syrians have renounced terrorism."', /official/],
    ['an attribution-only form used as an adjective is no verb of saying', 'The Kremlin said the banks were favourable despite their continued insistence on "technical and legal elements".', /Kremlin/],
    ['words that name nobody ("it was difficult to say") yield to the actor of the sentence', 'Mr Blair said it was difficult to say how many MPs would back the "new deal" in the vote.', /Blair/],
    ['"and added" hung under a complement whose subject is a thing speaks for the verb above', 'Mr Blair said the new rules had to be simple and added: "We will publish them soon."', /Blair/],
    ['", adding" speaks for the verb it shares a subject with, not the name before the comma', 'The ministers said they were disturbed by the American moves, adding: "Such measures will harm the talks."', /ministers/],
  ])('keeps the speaker right: %s', (_, text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });

  it('takes a pronoun right before the verb as its whole subject, for the resolver', () => {
    expect(speakers('Mr Brown spoke in Leeds on Monday. Earlier this week he said the cuts were "a great success".')[0]).toMatch(/Brown/);
  });
});
