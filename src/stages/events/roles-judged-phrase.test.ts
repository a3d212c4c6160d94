import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline, before the learned filter (whose verdict is not the rules').
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`);

describe('a judgement of an act named in a phrase is addressed to its doer (session 50, ev-misses)', () => {
  it.each([
    ['Japan expressed disappointment at the tariffs imposed by the United States.', 'ACCUSE JPN>USA'],
  ])('takes the "by" agent of the judged act in the phrase: %s', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('keeps an actor the phrase names itself ("objected to the Russian troops backed by China" judges the troops)', () => {
    expect(coded('Japan objected to the Russian troops backed by China.').some((e) => e.startsWith('REJECT JPN>RUS'))).toBe(true);
  });

  // Review a of session 50, #3: a participle of reporting (rule-words source-participle) names the act's source.
  it.each([
    ['The EU expressed concern over the killings of civilians reported by the United Nations.', '>IGO'],
    ['France expressed outrage at the bombing of the hospital reported by Gaza health officials.', '>PSE'],
  ])('takes no reporter of the judged act for its doer: %s', (text, reporter) => {
    expect(coded(text).filter((e) => e.startsWith('ACCUSE') && e.includes(reporter))).toEqual([]);
  });

  // Review a of session 50, #6: an accused object that names no actor leaves the recipient unnamed.
  it('takes no patient of the accused deed for the accused ("accused the West of arming the Nordic countries")', () => {
    expect(coded('Moscow accused the West of arming the Nordic countries.').filter((e) => e.startsWith('ACCUSE') && /DNK|SWE/.test(e))).toEqual([]);
  });

});
