import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

describe('speakers by the parse (parsed-subject.ts)', () => {
  const pipeline = defaultPipeline({ layers: ['quotes', 'deps'] });
  const speakers = (text: string): (string | undefined)[] => {
    const doc = pipeline.run(makeDoc({ text }));
    return (doc.layers.quotes ?? []).map((q) => q.speaker && text.slice(q.speaker.start, q.speaker.end));
  };

  it.each([
    ['a coordinated verb: the subject of the verb before "and", not its object', 'Mr Blair spoke to Mr Brown and later said: "We are united."', /Blair/],
    ['a coordinated verb with an organisation subject', 'The Kremlin rejected the claim and added: "These are lies."', /Kremlin/],
    ['a participle clause after a comma', 'Mr Howard attacked the plan, saying: "It is a disgrace."', /Howard/],
    ['a subject the parser put under a title, past the object before "and"', 'Labour leader Neil Kinnock attacked the government and said: "This budget is a disgrace."', /Kinnock/],
    ['"quoted X as saying": the object, not the subject of "quoted"', '"Let\'s give them a call right away," the source quoted Mr Baker as saying.', /Baker/],
    ['an infinitive after an object: the person asked to speak', 'Mr Blair persuaded Mr Brown to say: "We are united."', /Brown/],
    ['an infinitive through its first conjunct: the object of the verb it hangs from', 'Mr Blair invited the French president to address reporters and say: "We agree."', /president/],
    ['an infinitive with no object: the subject', 'Mr Howard went on to say: "We will win."', /Howard/],
    ['"whose" in a clause that took the verb (two subjects on one verb): not "whose party"', 'Mr Kennedy, whose party came third, said: "We did well."', /Kennedy/],
    ['a name inside a relative clause yields to the parse\'s subject', 'Mr Blair, who praised the police, said: "They did well."', /Blair/],
    ['"was quoted as saying": the passive subject of the verb of quoting', 'Mr Howard was quoted as saying: "We will cut taxes."', /Howard/],
  ])('gives the quote to %s', (_, text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });

  it('keeps a pronoun subject of a coordinated verb for the resolver, not the object', () => {
    expect(speakers('She met the minister and told reporters: "We agreed on everything."')[0]).toBe('She');
  });

  it('takes no attribution for the next quote from a relative clause about the object', () => {
    expect(speakers('Tony Blair said the plan was right.\nMr Blair met Mr Brown, who said last week that taxes would rise, in Scotland.\n"We will not back down."')[0]).toBeUndefined();
  });

  it.each([
    ['Mr Brown, who said on Monday that taxes would rise, repeated the claim in Leeds.\n"We need the money."', /Brown/],
    ['The unions, which said last month they would strike, met Mr Blair on Monday.\n"We want a deal."', /unions/],
  ])('gives the next quote to the subject a relative clause is about: %s', (text, speaker) => {
    expect(speakers(text)[0]).toMatch(speaker);
  });
});
