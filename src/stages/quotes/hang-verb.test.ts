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

describe('review of q-hang: wrong speakers on ordinary sentences', () => {
  const pipeline = defaultPipeline({ layers: ['quotes', 'deps'] });
  const speakers = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text }));
    return (doc.layers.quotes ?? []).filter((q) => q.kind !== 'reported').map((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end));
  };

  // Must not fire: the quote before does not speak over a quote's own attribution, nor over words that attribute nothing.
  it.each([
    ['an uncoded speaker after the quote, next paragraph', '"We will not negotiate under threats," Russian Foreign Minister Sergei Lavrov said.\n"The talks are dead," one Western diplomat said.', /diplomat/],
    ['an uncoded speaker after the quote, after a partial quote', 'Zelenskiy said Russia was "destroying our cities".\n"Ukraine is committing war crimes in Donbas," a pro-Kremlin blogger wrote on Telegram.', /blogger/],
    ['an uncoded speaker after the quote, same paragraph', '"We will not negotiate under threats," Russian Foreign Minister Sergei Lavrov said. "The talks are dead," one Western diplomat said.', /diplomat/],
  ])('keeps a quote\'s own speaker: %s', (_, text, speaker) => {
    expect(speakers(text)[1]).toMatch(speaker);
  });

  it('carries no speaker over a sentence end that is no attribution', () => {
    const text = 'Police in London said protesters had used "extreme violence" at the rally on Saturday.\n"We were just standing there when they charged at us." Maria Lopez, 34, said she was hit by a baton.';
    expect(speakers(text)[1] ?? '').not.toMatch(/Police/);
  });

  it('still carries the speaker over an attribution ending the paragraph', () => {
    expect(speakers('"We will not negotiate under threats," Russian Foreign Minister Sergei Lavrov told reporters.\n"The talks are dead."')[1]).toMatch(/Lavrov/);
  });

  it.each([
    ['", adding:" after a reported clause of saying (parsed under the inner verb)', 'Kremlin spokesman Dmitry Peskov said U.S. President Joe Biden had told reporters the sanctions were "working", adding: "That is simply not true."', /Peskov/],
    ['", adding:" after a reported "told"', 'Lavrov said Blinken had told him the plan was dead, adding: "We do not believe it."', /Lavrov/],
    ['a participle after a name in a prepositional phrase', 'Russian Foreign Minister Sergei Lavrov wrote to Antonio Guterres saying: "The strikes on Donetsk must stop."', /Lavrov/],
    ['a partial quote inside a reported "told X to"', 'The Kremlin said on Wednesday that Washington had told Kyiv to "fight to the last Ukrainian" in the east of the country.', /Kremlin/],
    ['a participle after an actor\'s own clause joined by "and"', 'Olaf Scholz told parliament that Putin had miscalculated, and Emmanuel Macron agreed, saying: "Russia will not win this war."', /Macron/],
  ])('gives the quote to its speaker: %s', (_, text, speaker) => {
    expect(speakers(text).at(-1)).toMatch(speaker);
  });

  it('keeps a direct quote after a colon with the reported speaker it is introduced by', () => {
    expect(speakers('The paper said Mr Brown had told Mr Blair: "There is nothing you could say to me now that I could believe."')[0]).toMatch(/Brown/);
  });
});
