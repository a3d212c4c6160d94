import { describe, expect, it, vi } from 'vitest';
import { splitParagraphs } from './split-paragraphs.js';

const texts = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps hard-wrapped lines together', () => {
    expect(texts('One line\nwrapped here.\n\n  Second.\n \nThird.')).toEqual(['One line\nwrapped here.', 'Second.', 'Third.']);
  });

  it('takes each list item as a paragraph of its own, even between blank lines (BBC policy lists)', () => {
    // train-gold bbc-politics-087: the four points of a plan, one per line, the last ending in a period
    const text = 'He set out the plans.\n\n\n - Withdrawing from the 1951 Convention \n - Introduce laws to allow removal \n - Stop considering claims in the UK. Anyone applying would be taken abroad. \n \n\nThe Tories also want quotas.';
    expect(texts(text)).toEqual(['He set out the plans.', '- Withdrawing from the 1951 Convention', '- Introduce laws to allow removal', '- Stop considering claims in the UK. Anyone applying would be taken abroad.', 'The Tories also want quotas.']);
  });

  it('keeps a hard-wrapped line that opens with a hyphenated word or a dash without a space', () => {
    expect(texts('One line\n-based text and\n--more.\n\nNext.')).toEqual(['One line\n-based text and\n--more.', 'Next.']);
  });

  // Review b, finding 2: a list that finishes its lead-in sentence stays with it, or the verb loses its object; review e,
  // finding 2: every item of it stays, or the later items lose the lead-in's subject and verb.
  it.each([
    ['no stop', 'Britain has imposed sanctions on\n- Russia\'s largest bank, Sberbank\n- the Russian defence ministry'],
    ['a colon', 'The German government said it would:\n- expel four Russian diplomats\n- freeze the assets of Russian oligarchs\n- send more weapons to Ukraine'],
  ])('keeps every item of a list with a lead-in line that ends in %s', (_, list) => {
    expect(texts(`${list}\n\nMore follows.`)).toEqual([list, 'More follows.']);
  });

  it('keeps a hard-wrapped line that opens with a spaced dash mid-sentence', () => {
    const text = 'He told reporters the country\n- which pumps 2.3 million barrels a day - would cut output.\n\nNext.';
    expect(texts(text)).toEqual(['He told reporters the country\n- which pumps 2.3 million barrels a day - would cut output.', 'Next.']);
  });

  it('takes each line as a paragraph when the text has no blank line', () => {
    expect(texts('Headline\nFirst para.\nSecond para.')).toEqual(['Headline', 'First para.', 'Second para.']);
  });

  it('returns exact offsets into the original text', () => {
    const text = '\n\n  Alpha beta.  \n\nGamma.';
    const [first] = splitParagraphs(text);
    expect(first).toEqual({ start: 4, end: 15 });
  });

  it('returns nothing for white space only', () => {
    expect(splitParagraphs(' \n\n \t')).toEqual([]);
  });

  it('runs its separators without copying them at each document (matchAll copies and compiles a pattern, #13)', () => {
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    try {
      const blank = 'First paragraph.\n\nThe government said:\n- taxes rise\n- spending falls\n\nLast one.';
      expect(splitParagraphs(blank).map((s) => blank.slice(s.start, s.end))).toEqual(['First paragraph.', 'The government said:\n- taxes rise\n- spending falls', 'Last one.']);
      const lines = 'One line.\nAnother line.\n  A third.';
      expect(splitParagraphs(lines).map((s) => lines.slice(s.start, s.end))).toEqual(['One line.', 'Another line.', 'A third.']);
      expect(matchAll).not.toHaveBeenCalled();
    } finally {
      matchAll.mockRestore();
    }
  });
});
