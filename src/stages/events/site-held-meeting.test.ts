import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const SITE = 'https://www.president.gov.ua/en/news/x';
/** The rules' events of the last sentence of `text`, before the learned filter, on the Ukrainian president's site or off it. */
const events = (text: string, source?: string) => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-06-10', ...(source ? { source } : {}) } })) as Parameters<typeof codeEvents>[0];
  const sentences = doc.layers.sentences ?? [];
  return codeEvents(doc, lexicon).events.filter((e) => e.sent === sentences.length - 1 && !e.negated && !e.hypothetical);
};
const held = (text: string, source?: string) => events(text, source).filter((e) => e.reasons.some((r) => r.rule === 'events/site-held-meeting'))
  .map((e) => `${e.event} ${[...e.actors, ...e.recipients].map((a) => a.code).sort().join('+')}`);

const VISIT = 'Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met with the leadership of Portugal. ';

describe('a readout\'s meeting set before a clause with no doer is the site\'s side\'s (#12)', () => {
  it.each([
    'During a meeting with Minister of National Defence of Portugal Helena Carreiras, the current security situation was discussed in detail.',
    'During a conversation with Prime Minister of Portugal António Costa, the prospects of cooperation were discussed.',
  ])('codes the meeting in "%s"', (sentence) => {
    expect(held(VISIT + sentence, SITE)).toEqual(['CONSULT PRT+UKR']);
  });

  it('codes a meeting "a" noun introduces after an earlier meeting with the same country, not one "the" refers back to', () => {
    const met = 'Ihor Zhovkva met with Prime Minister of Portugal António Costa in Lisbon. ';
    expect(events(met, SITE).map((e) => e.event)).toContain('CONSULT');
    expect(held(`${met}During a meeting with Minister of National Defence of Portugal Helena Carreiras, the security situation was discussed.`, SITE)).toEqual(['CONSULT PRT+UKR']);
    expect(held(`${met}During the meeting with Prime Minister of Portugal António Costa, the security situation was discussed.`, SITE)).toEqual([]);
  });

  it('leaves it to the clause\'s own subject when there is one', () => {
    expect(held(`${VISIT}During a meeting with Minister of National Defence of Portugal Helena Carreiras, Ihor Zhovkva discussed the security situation.`, SITE)).toEqual([]);
  });

  it('reads no holder off a news site: there the meeting is one the reporter tells', () => {
    expect(held(`${VISIT}During a meeting with Minister of National Defence of Portugal Helena Carreiras, the current security situation was discussed in detail.`)).toEqual([]);
  });
});
