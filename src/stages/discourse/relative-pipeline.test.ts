import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

/** The relative-pronoun rule read through the real tagger and parser (session 44 review of `relative.ts`). */
describe('relative pronoun subjects through the pipeline', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const mentions = (text: string) => pipeline.run(makeDoc({ text, meta: { date: '2023-05-10' } })).layers.discourse?.mentions ?? [];
  const over = (text: string, words: string) => mentions(text).filter((m) => text.slice(m.start, m.end) === words);

  it('still reads ", which" after a country named as the doer ("notified Australia, which assured it")', () => {
    expect(over('The USDA has notified Australia, which assured it that the beef was safe.', 'which')[0]?.code).toBe('AUS');
  });

  it.each([
    'Russian forces shelled Kharkiv, which killed five civilians.',
    'Turkey bombed Syria, which killed 12 civilians.',
    'Saudi-led jets bombed Sanaa, which destroyed a hospital.',
  ])('reads no doer into a "which" about the whole act: %s', (text) => {
    expect(over(text, 'which')).toEqual([]);
  });

  it('takes no one conjunct for a "which" after "Russia and China", but both (rv-a of session 57)', () => {
    const which = over('The resolution was blocked by Russia and China, which vetoed it on Friday.', 'which');
    expect(which.map((m) => m.parts?.map((p) => p.code))).toEqual([['RUS', 'CHN']]);
  });

  it('reads the pair into the "which" of "Spain and Portugal, which joined the bloc" (training gold reuters-3408; rv-d #6)', () => {
    const which = over('Spain and Portugal, which joined the bloc in 1986, criticised Britain.', 'which');
    expect(which.map((m) => m.parts?.map((p) => p.code))).toEqual([['ESP', 'PRT']]);
  });

  it('reads the pair as the doer of the relative clause ("Russia and China, which vetoed it")', () => {
    expect(codedAt('The resolution was blocked by Russia and China, which vetoed it on Friday.', 'vetoed', '2023-05-10')).toContain('REJECT RUS+CHN->');
  });

  it.each([
    // Rv-d #4 of session 58: a subject pair keeps its "which" though the clause tells a result.
    ['Russia and China, which forced a vote on the resolution, criticised Britain.', ['RUS', 'CHN']],
    // Rv-d #6: a company and a state join as well as two states (Exxon is coded by its home country).
    ['Exxon and Mexico, which signed a deal on Monday, criticised Britain.', ['USA', 'MEX']],
  ])('reads the pair into the "which": %s', (text, codes) => {
    expect(over(text, 'which').map((m) => m.parts?.map((p) => p.code))).toEqual([codes]);
  });

  it.each([
    // Rv-d #2: "or"/"nor" make no group: one of them, not both, did it.
    'Either Russia or China, which opposes the plan, will veto it.',
    'Neither Russia nor China, which opposes the plan, will veto it.',
    // Rv-d #3: a pair hung on a noun by "between"/"among" is that noun's ("Talks between …, which ended").
    'Talks between Russia and Ukraine, which ended on Friday, failed.',
    'The war between Iraq and Iran, which lasted eight years, ended in 1988.',
    'Trade between Japan and China, which rose in May, is booming.',
    'The pact between Russia and China, which alarmed Washington, was signed in May.',
    // Rv-d #5: a "which" after a pair acted on that tells a result is about the act.
    'American jets bombed Iraq and Syria, which infuriated Russia.',
    'Israel struck Hamas and Hezbollah, which angered Iran.',
  ])('reads no pair into the "which": %s', (text) => {
    expect(over(text, 'which').filter((m) => m.parts)).toEqual([]);
  });

  it('reads no pair into a "who" after a person named last (training gold reuters-15437)', () => {
    const text = 'He held discussions with Japanese officials and British corporate affairs minister Michael Howard, who left Tokyo yesterday for South Korea.';
    expect(over(text, 'who').map((m) => m.parts)).toEqual([]);
  });

  it('reads no pair into a "which" after places ("Donetsk and Makeyevka, which …")', () => {
    expect(over('Troops shelled Donetsk and Makeyevka, which lie near the border.', 'which')).toEqual([]);
  });

  it('reads no possessor into "who" after "supporters of Imran Khan"', () => {
    expect(over('Police arrested supporters of Imran Khan, who condemned the crackdown.', 'who')).toEqual([]);
  });

  it('does not count the pronoun as another mention of its name\'s country for the story\'s home', () => {
    // The story's home country reaches "The ambassador" only in the events stage, so the meeting is read there.
    const text = 'The ambassador met officials in Beijing, which has denied the allegations.';
    const events = defaultPipeline({ layers: ['events'] }).run(makeDoc({ text, meta: { date: '2023-05-10' } })).layers.events?.events ?? [];
    const ambassador = events.flatMap((e) => e.actors).filter((a) => text.slice(a.start, a.end) === 'The ambassador');
    expect(ambassador).not.toEqual([]);
    expect(ambassador.map((a) => a.code)).not.toContain('CHN');
  });
});
