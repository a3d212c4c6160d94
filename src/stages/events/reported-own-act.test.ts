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

  // review rv-c 1-2: with an object, the gerund's doer is that object ("reported X launching"), never the reporter.
  it.each([
    ['The Pentagon reported North Korea launching a ballistic missile toward Japan.', 'launching', 'USA'],
    ['Iran reported Iraqi troops launching a new offensive near Basra.', 'launching', 'IRN'],
    ['Pakistan reported India shelling villages in Kashmir on Tuesday.', 'shelling', 'PAK'],
    ['Armenia reported Azerbaijan attacking its border posts.', 'attacking', 'ARM'],
    ['Beijing reported Manila ramming a Chinese coast guard vessel.', 'ramming', 'CHN'],
  ])('a reporter is not the doer of its object\'s act: %s', (text, trigger, reporter) => {
    for (const coded of codedAt(text, trigger, '1987-04-07')) expect(coded).not.toMatch(new RegExp(`^\\w+ ${reporter}\\b`));
  });

  // review rv-c 6: a gerund whose subject undergoes the act ("reported receiving threats") is not the subject's act.
  it('a reporter is not the doer of an act it underwent', () => {
    for (const coded of codedAt('The Israeli embassy reported receiving threats from Iranian agents.', 'receiving', '1987-04-07')) {
      expect(coded).not.toMatch(/^\w+ ISR\b/);
    }
  });

  // fix-c #7 of session 60: news media report others' acts, not their own; the state's outlet does not take the act.
  it.each([
    ['Russian state media reported destroying a Ukrainian command post.', 'destroying', 'RUS', '2023-06-02'],
    ['Soviet state radio reported shelling rebel positions.', 'shelling', 'SUN', '1987-04-07'],
  ])('news media are not the doer of the act they report: %s', (text, trigger, outlet, date) => {
    for (const coded of codedAt(text, trigger, date)) expect(coded).not.toMatch(new RegExp(`^\\w+ ${outlet}\\b`));
  });
});
