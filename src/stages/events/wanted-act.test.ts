import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

/** The events of the trigger `trigger`, through the real pipeline. */
function eventsAt(text: string, trigger: string) {
  const doc = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] }).run(makeDoc({ text, meta: { date: '1987-03-03' } }));
  return codeEvents(doc as EventInput, loadLexicon()).events.filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger);
}
/** Whether each event of the trigger `trigger` is flagged hypothetical. */
const hypotheticalAt = (text: string, trigger: string) => eventsAt(text, trigger).map((e) => e.hypothetical);

/** The training gold's wire stories (issue #12): wanting another party to act asks it to (REQUEST, CAMEO 020). */
const wire = (text: string) => `Washington, March 3 (Reuters) - ${text}`;

describe('issue-12: wanting another party to act (expectations.ts)', () => {
  it.each([
    ['Washington wants the IADB to impose greater conditions on lending.'],
    ['Washington wants the World Bank to impose greater conditions on lending.'],
  ])('asks the object when the parser hangs its infinitive on it or beside it: "%s"', (text) => {
    expect(codedAt(wire(text), 'wants', '1987-03-03', { cameo: true })).toEqual(['REQUEST 020 USA->IGO']);
  });

  it('asks, by a plural subject too: wanting is no forecast ("Japanese banks want Nigeria to make clear …")', () => {
    expect(codedAt(wire('Japanese banks want Nigeria to make clear its debt repayment scheme.'), 'want', '1987-03-03')).toEqual(['REQUEST JPN->NGA']);
  });

  it('"would like X to …" asks X ("West German banks would like Brazil to work more closely with the IMF")', () => {
    expect(codedAt(wire('West German banks would like Brazil to work more closely with the International Monetary Fund.'), 'like', '1987-03-03')).toEqual(['REQUEST DEU->BRA']);
  });

  it('"would like to see X do …" asks X ("We would like to see the Indonesian government continue …")', () => {
    expect(codedAt(wire('Japan would like to see the Indonesian government continue the adjustment process.'), 'like', '1987-03-03')).toEqual(['REQUEST JPN->IDN']);
  });

  it('asks nothing of a party by wanting good fortune for it, or its own act', () => {
    expect(codedAt(wire('Japanese officials want Nigeria to win the match.'), 'want', '1987-03-03')).toEqual([]);
    expect(codedAt(wire('Japan would like to see Indonesia prosper.'), 'like', '1987-03-03')).toEqual([]);
  });

  it.each([
    ['U.S. officials told Japan they wanted the measures implemented quickly.'],
    ['President Reagan told Nakasone he wanted the tariffs lifted.'],
  ])('telling another party what one wants asks the one told: "%s"', (text) => {
    expect(codedAt(wire(text), 'wanted', '1987-03-03')).toEqual(['REQUEST USA->JPN']);
  });

  it('asks no one told of a third party\'s want or of one\'s own act', () => {
    expect(codedAt(wire('U.S. officials told Nakasone that Japan wanted more time.'), 'wanted', '1987-03-03')).toEqual([]);
    expect(codedAt(wire('U.S. officials told Japan they wanted to leave early.'), 'wanted', '1987-03-03')).toEqual([]);
  });

  it('asks nothing of an object its passive infinitive is done to: "Washington wants the IADB to be given greater powers"', () => {
    expect(codedAt(wire('Washington wants the IADB to be given greater powers.'), 'wants', '1987-03-03')).toEqual([]);
  });

  it('a plural subject of expecting still forecasts: "American economists expect Brazil to cut rates"', () => {
    expect(codedAt(wire('American economists expect Brazil to cut rates.'), 'expect', '1987-03-03')).toEqual([]);
  });

  // Review rv-a of ev-want (fix-a).
  it.each([
    ['The United States would like to see the Iraqi army defeated.'],
  ])('asks nothing of a party seen undergoing a passive act: "%s" (#1)', (text) => {
    expect(codedAt(wire(text), 'like', '1987-03-03')).toEqual([]);
  });

  it.each([
    ['Washington would like to see President Aquino succeed.'],
    ['Moscow would like to see India become a great power.'],
  ])('asks nothing by wishing a party good fortune or a state: "%s" (#2)', (text) => {
    expect(codedAt(wire(text), 'like', '1987-03-03')).toEqual([]);
  });

  it.each([
    ['Japan does not like the United States to dictate its trade policy.', 'like'],
    ['Shamir told Shultz he wanted no part in an international conference.', 'wanted'],
    ['Shultz told Shevardnadze that he did not want a confrontation.', 'want'],
  ])('asks nothing by a negated want or a want of nothing: "%s" (#3)', (text, trigger) => {
    expect(codedAt(wire(text), trigger, '1987-03-03')).toEqual([]);
  });

  it('a population of a country is no body that asks: "Most West Germans want American troops to leave" (#4)', () => {
    expect(codedAt(wire('Most West Germans want American troops to leave.'), 'want', '1987-03-03')).toEqual([]);
  });

  it.each([
    ['Shultz told Shevardnadze he wanted Soviet troops withdrawn from Afghanistan.', 'REQUEST 025 USA->SUN'],
    ['Gorbachev told Reagan that the Soviet Union wanted peace.', 'REQUEST 027 SUN->USA'],
  ])('a told want keeps the dictionary\'s own appeal code: "%s" (#5)', (text, coded) => {
    expect(codedAt(wire(text), 'wanted', '1987-03-03', { cameo: true })).toEqual([coded]);
  });

  it('the "would" of "would like" is a present wish, no hypothetical; a conditional one stays hypothetical (#7)', () => {
    expect(hypotheticalAt(wire('West German banks would like Brazil to work more closely with the International Monetary Fund.'), 'like')).toEqual([false]);
    expect(hypotheticalAt(wire('If talks fail, West German banks would like Brazil to work more closely with the International Monetary Fund.'), 'like')).toEqual([true]);
    expect(hypotheticalAt(wire('Japan would impose sanctions on Brazil.'), 'impose')).toEqual([true]);
    // A condition clause the parser hangs under the wish itself (review rv-e #5).
    expect(hypotheticalAt(wire('If the talks fail, Iran would like the United Nations to impose sanctions on Iraq.'), 'like')).toEqual([true]);
  });

  it('a told want gives its own reason, not the expectation\'s (#6)', () => {
    const rules = eventsAt(wire('President Reagan told Nakasone he wanted the tariffs lifted.'), 'wanted').flatMap((e) => e.reasons.map((r) => r.rule));
    expect(rules).toContain('events/told-want');
    expect(rules).not.toContain('events/expectation-appeal');
  });
});
