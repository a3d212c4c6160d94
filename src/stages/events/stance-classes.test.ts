import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { languagePack } from '../../lang/pack.js';
import { renderReasons } from '../../lang/reason.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';
import { featureReason } from './statement-stance.js';

// Made-up sentences through the real pipeline up to the layers events read; readings are collected (no model), so the
// test says which class features a content's reading carries, not whether a model keeps it. Class features carry
// across stories where a word's own weight learns only from the statements that hold it (session 48, #12).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const classes = (text: string): string[] => {
  const collect: RescueCandidate[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect });
  const reading = collect.find((c) => c.rule === 'events/statement' && c.features.includes('type:ACCUSE'));
  return (reading?.features ?? []).filter((f) => /^ACCUSE:(lex|head|judge|to):/.test(f)).map((f) => f.slice('ACCUSE:'.length));
};

const readings = (text: string): RescueCandidate[] => {
  const collect: RescueCandidate[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect });
  return collect.filter((c) => c.rule === 'events/statement');
};

describe('the statement-content step\'s class features', () => {
  it.each([
    ['Japan said the United States had broken the rules of fair trade through its protectionism.', ['judge:damning', 'to:country']],
    ['Japan said the United States was pursuing a reckless policy in the region.', ['judge:damning', 'to:country']],
    ['France said Germany had made a serious mistake in its budget talks.', ['judge:damning', 'lex:CONSULT', 'to:country']],
    // issue-12: an opposition recipient is the story's topic, no cue alone (rule-words stance-topic-sector, session 49).
    ['The government said the opposition Socialist Party won 12 seats in the election.', []],
  ])('"%s"', (text, expected) => {
    expect(classes(text)).toEqual(expected);
  });

  // issue-12 (session 50): a report of how a contest came out gives no reading at all (rule-words stance-outcome-verb,
  // stance-contest-noun); the same verb with no contest named, or denied, is still read.
  it.each([
    ['MOSCOW, March 3 (Reuters) - The opposition said the government won 12 seats in the election.', false],
    ['MOSCOW, March 3 (Reuters) - The opposition said the government would form a coalition after the election.', false],
    ['MOSCOW, March 3 (Reuters) - The opposition said the government had lost people\'s confidence.', true],
    ['MOSCOW, March 3 (Reuters) - The opposition said the government would not win the election.', true],
  ])('reads a statement of an outcome only when it is more than a result: "%s"', (text, read) => {
    expect(readings(text).length > 0).toBe(read);
  });

  it('renders each class feature in words', () => {
    const pack = languagePack('en');
    const say = (f: string) => renderReasons(pack, [featureReason(f)]);
    expect(say('ACCUSE:lex:CONSULT')).toBe('a content word the events lexicon codes as CONSULT');
    expect(say('ACCUSE:head:REJECT')).toBe('a content headed by a word the events lexicon codes as REJECT');
    expect(say('ACCUSE:judge:damning')).toBe('a damning verdict word in the content');
    expect(say('SUPPORT:to:GOV')).toBe('a recipient whose sector or kind is GOV');
  });
});
