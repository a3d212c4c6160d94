import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { isMeetingWord, parseMeetingWords } from './participants.js';

describe('meeting words (data/meeting-words.tsv)', () => {
  it('reads the shipped list: meeting forms, and verb forms whose object is the topic', () => {
    expect(isMeetingWord('met')).toBe(true);
    expect(isMeetingWord('consultations')).toBe(true);
    expect(isMeetingWord('sanctions')).toBe(false);
    const words = parseMeetingWords('# c\ntopic-object\tdiscussing\nmember-marker\tamong\n', 'x.tsv');
    expect(words['topic-object'].has('discussing')).toBe(true);
    expect(words['member-marker'].has('among')).toBe(true);
  });

  it('names the file and line of a malformed row (E170)', () => {
    const fail = (): unknown => parseMeetingWords('meeting\tmet\nvenue\tin\n', 'meeting-words.tsv');
    expect(fail).toThrow(DyadError);
    expect(fail).toThrow(/meeting-words\.tsv.*line 2|line 2.*meeting-words\.tsv/s);
  });
});
