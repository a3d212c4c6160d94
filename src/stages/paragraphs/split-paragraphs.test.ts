import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs.js';

const texts = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps hard-wrapped lines together', () => {
    expect(texts('One line\nwrapped here.\n\n  Second.\n \nThird.')).toEqual(['One line\nwrapped here.', 'Second.', 'Third.']);
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
});
