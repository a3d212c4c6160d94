import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

describe('a gerund its subject reports is that subject\'s act (clause-rules.ts, rule-words own-act-report)', () => {
  it.each([
    ['Iran reported launching a new offensive east of Iraq\'s southern city of Basra.', 'launching', 'ASSAULT IRN->IRQ'],
    ['Iraq reported hitting a large naval target in the northern Gulf on Monday.', 'hitting', 'ASSAULT IRQ->'],
  ])('%s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-04-07')).toEqual([coded]);
  });

  it.each([
    ['Iran considered launching a new offensive east of Iraq\'s southern city of Basra.', 'launching'],
    ['Iran is reported to have launched a new offensive east of Basra.', 'launched'],
  ])('a gerund only thought of, or an infinitive reported by others, stays no act: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-04-07')).toEqual([]);
  });

  // review rv-c 1-2: with an object, the gerund's doer is that object ("reported X launching"), never the reporter; the
  // pipeline codes these reports as nothing (an explicit list: a loop over them asserted nothing, review rv-b #8).
  it.each([
    ['The Pentagon reported North Korea launching a ballistic missile toward Japan.', 'launching'],
    ['Iran reported Iraqi troops launching a new offensive near Basra.', 'launching'],
    ['Pakistan reported India shelling villages in Kashmir on Tuesday.', 'shelling'],
    ['Armenia reported Azerbaijan attacking its border posts.', 'attacking'],
    ['Beijing reported Manila ramming a Chinese coast guard vessel.', 'ramming'],
  ])('a reporter is not the doer of its object\'s act: %s', (text, trigger) => {
    expect(codedAt(text, trigger, '1987-04-07')).toEqual([]);
  });

  // review rv-c 6: a gerund whose subject undergoes the act ("reported receiving threats") is not the subject's act.
  it('a reporter is not the doer of an act it underwent', () => {
    expect(codedAt('The Israeli embassy reported receiving threats from Iranian agents.', 'receiving', '1987-04-07')).toEqual([]);
  });

  // fix-c #7 of session 60: news media report others' acts, not their own; the state's outlet does not take the act.
  // The press is what the knowledge base calls reporters, or a news agency's letters (review rv-b #1).
  it.each([
    ['Russian state media reported destroying a Ukrainian command post.', 'destroying', '2023-06-02'],
    ['Soviet television reported shelling rebel positions.', 'shelling', '1987-04-07'],
    ['Iran\'s official news agency IRNA reported shooting down an Iraqi warplane.', 'shooting down', '1987-04-07'],
  ])('news media are not the doer of the act they report: %s', (text, trigger, date) => {
    expect(codedAt(text, trigger, date)).toEqual([]);
  });

  // review rv-b #1: an agency that is no news agency tells of its own acts.
  it.each([
    ['The U.N. relief agency reported delivering food to Palestinian refugees in Gaza.', 'delivering', 'AID IGO->PSE'],
    ['The U.S. Drug Enforcement Agency reported arresting 40 Colombian traffickers.', 'arresting', 'COERCE USA->COL'],
  ])('a relief or police agency is the doer of the act it reports: %s', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-04-07')).toEqual([coded]);
  });
});
