import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from '../events/code-events.js';
import { loadLexicon } from '../events/lexicon.js';

// Parliamentary committees (`data/agents.tsv`) through the real tagger and parser: before them "an all-party committee"
// made no mention, so the next sentence's opening "It" had no body to continue (session 48, ev-pronoun).
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const run = (text: string) => pipeline.run(makeDoc({ text, meta: { date: '2004-12-01' } }));
const coded = (text: string) => codeEvents(run(text) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}>${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).join('+')}`);
const BRITAIN = "Britain's Freedom of Information Act comes into force next month, British ministers said in London. ";

describe('parliamentary committees are the legislature', () => {
  it('reads "an all-party committee" as LEG, so the "It" after it is that committee', () => {
    const text = `${BRITAIN}But an all-party committee said it was "not confident" many would be ready. It blamed the Department for Constitutional Affairs for a "lack of consistent leadership".`;
    // The blamed "Department for Constitutional Affairs" is a British ministry by its own head word (body-words.tsv,
    // session 57), so the accusation has its recipient too.
    expect(coded(text)).toContain('ACCUSE GBRLEG>GBRGOV');
  });

  it.each([
    ['The environment select committee urged the government to redraft the bill.', 'REQUEST GBRLEG>GBRGOV'],
    ['A parliamentary committee urged the government to redraft the bill.', 'REQUEST GBRLEG>GBRGOV'],
  ])('codes the committee as the actor: %s', (sentence, expected) => {
    expect(coded(BRITAIN + sentence)).toContain(expected);
  });

  it.each([
    "The Communist Party's central committee urged workers to stay calm.",
    'The strike committee rejected the offer.',
  ])('leaves other committees alone: %s', (text) => {
    const mentions = run(text).layers.actors ?? [];
    expect(mentions.filter((m) => m.sector === 'LEG')).toEqual([]);
  });
});

// The US House's standing committees (data/government-bodies.tsv) and any "subcommittee" (data/agents.tsv) are
// Congress: "House" alone names no body ("the House of Commons", "the House" of a BBC story), so before them "the
// House Budget Committee" and "a House Agriculture subcommittee" made no mention (#12, session 58).
describe('US House committees and subcommittees are the legislature', () => {
  const WASHINGTON = 'WASHINGTON, March 3 - U.S. lawmakers want curbs on imports. ';
  const coded1987 = (text: string, date = '1987-03-03') => codeEvents(pipeline.run(makeDoc({ text, meta: { date } })) as Parameters<typeof codeEvents>[0], lexicon).events
    .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}>${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).join('+')}`);

  it.each([
    ['The House Budget Committee urged Japan to cut its trade surplus.', 'REQUEST USALEG>JPN'],
    ['A House Agriculture subcommittee criticised Canada over its wheat subsidies.', 'ACCUSE USALEG>CAN'],
    ['A subcommittee of the House Agriculture Committee criticised Canada over its wheat subsidies.', 'ACCUSE USALEG>CAN'],
  ])('codes the committee as the actor: %s', (sentence, expected) => {
    expect(coded1987(WASHINGTON + sentence).map((e) => e.replace(/>(\w{3})\w*$/, '>$1'))).toContain(expected);
  });

  // Review rv-a of session 58, finding 9: another body's subcommittee is its own, not a legislature: it takes the
  // sector of the body its "of" or "from" names (data/body-part-nouns.txt; session 59).
  // Review of session 59, finding 9: each codes its event with the body's own sector, not only no LEG one. The
  // Bundesbank's "the government's budget plans" gives no recipient (before session 59: DEU LEG>DEU GOV), a loss
  // left open: the possessive's owner is not read as the recipient of "criticised … plans" here.
  it.each([
    ['ZURICH, March 3 - Football\'s governing body met on Tuesday. A FIFA subcommittee criticised Qatar.', undefined],
    ['FRANKFURT, March 3 - A subcommittee of the Bundesbank criticised the government\'s budget plans.', 'ACCUSE DEUGOV>'],
    ['TOKYO, March 3 - A subcommittee of the Bank of Japan criticised the finance ministry.', 'ACCUSE JPNGOV>'],
    // Review of session 59, finding 11: "from" names the body as "of" does (data/body-part-prepositions.txt).
    ['TOKYO, March 3 - A subcommittee from the Bank of Japan criticised the finance ministry.', 'ACCUSE JPNGOV>'],
    ['WASHINGTON, March 3 - A subcommittee from the Federal Reserve criticised Japan.', 'ACCUSE USAGOV>JPN'],
  ])('makes no legislature of another body\'s subcommittee: %s', (text, expected) => {
    const events = coded1987(text);
    expect(events.filter((e) => /LEG>/.test(e))).toEqual([]);
    if (expected) expect(events).toContain(expected);
  });

  // Review of session 59, finding 3: the body's sector is its role on the story's day, not its first role (the ANC
  // was a rebel movement before 1994, a party since).
  it('gives a subcommittee its body\'s sector on the story\'s day', () => {
    expect(coded1987('JOHANNESBURG, March 3 (Reuters) - A subcommittee of the ANC criticised Zimbabwe over the election.', '2018-03-03')).toContain('ACCUSE ZAFPTY>ZWE');
  });
});
