import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Chairing a meeting with a side is holding talks with it, as convening or hosting one is (data/verbs.txt CHAIR_MEETING;
// #12, "nothing in the sentence"): sentences from the training gold (kremlin-67879, reuters-18150, reuters-7071, a BBC story)
// and made-up ones, through the real pipeline up to the layers events read.

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '2022-09-20');

describe('a meeting chaired with a side is a consultation with it', () => {
  it.each([
    ['President Biden chaired a meeting with Prime Minister Boris Johnson on Ukraine.', 'chaired', 'CONSULT USA+GBR->'],
    ['Chancellor Olaf Scholz chaired talks with President Emmanuel Macron in Berlin.', 'chaired', 'CONSULT DEU+FRA->'],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger).map((e) => e.replace(/GOV/g, ''))).toEqual([expected]);
  });

  // Review c #9 (session 53): a summit or session with a side, and talks between sides, are meetings held too.
  it.each([
    ['Xi chaired a summit with Central Asian leaders in Xian.', 'chaired'],
    ['The UN envoy chaired talks between Yemeni factions in Geneva.', 'chaired'],
    ['President Ramaphosa chaired a session with African leaders in Pretoria.', 'chaired'],
  ])('codes a consultation for "%s"', (text, trigger) => {
    const events = coded(text, trigger);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^CONSULT /);
  });

  it.each([
    // No side met: a meeting of one's own staff on a topic, or the press.
    ['The President chaired a meeting on economic issues.', 'chaired'],
    ['Wilson, who was chairing the news conference, made it clear Jamaica itself would not be hit by the tax.', 'chairing'],
    // Chairing a body is no meeting held.
    ['Britain chairs the committee with France this year.', 'chairs'],
    // Chairing alone, with no one named met, held no talks and investigated no one (training reuters-7071, bbc).
    ['Vice chairman Sir Denis Henry of Grenada chaired the meeting in his place.', 'chaired'],
    ['Lord Faulkner of Worcester, who chaired the inquiry, said the evidence convinced the committee.', 'chaired'],
  ])('codes nothing for "%s"', (text, trigger) => {
    expect(coded(text, trigger)).toEqual([]);
  });
});
