import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// A text a body passes, approves, signs or tables says what the body asks (#12, object control): "passed a resolution
// urging X to …" is the body's REQUEST of X, as "issued a statement urging X to …" is the issuer's (letter-gerund.ts
// documentVerbOf). The training gold codes those requests to the body (reuters-19932 "The House of Representatives
// passed a resolution urging President Reagan to negotiate a world-wide treaty", reuters-9847 "have signed a motion
// calling for trade sanctions against Japan"). Made-up sentences of the same shapes, through the real pipeline.

/** The events coded from `trigger`, as "EVENT actor->recipient" (country codes). */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '1987-04-10');

describe('a gerund of a text a body passed is the body\'s act', () => {
  it.each([
    // The parser hangs the gerund on "passed" (xcomp), not on the resolution: still the resolution's act.
    ['The House of Representatives passed a resolution urging President Reagan to negotiate a treaty.', 'urging', 'REQUEST USA->USA'],
    // Two countries, so the body is told from the side urged (review fix-a #12).
    ['The House of Representatives passed a resolution urging the Soviet Union to free its dissidents.', 'urging', 'REQUEST USA->SUN'],
    ['The Japanese parliament approved a motion urging the United States to lift the sanctions.', 'urging', 'REQUEST JPN->USA'],
    ['Britain\'s Labour Party signed a declaration urging Israel to withdraw from Gaza.', 'urging', 'REQUEST GBR->ISR'],
    ['The Japanese parliament tabled a motion calling on the United States to lift the sanctions.', 'calling', 'REQUEST JPN->USA'],
    ['The Senate passed a resolution calling on Japan to open its markets.', 'calling', 'REQUEST USA->JPN'],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  it.each([
    // A text received or read is the reader's, not the author's act (document-verb leaves those verbs out).
    ['The House of Representatives received a letter urging President Reagan to negotiate a treaty.', 'urging'],
    // A text whose author is named is that author's act, whoever passes it on.
    ['The Senate passed Amnesty International\'s report urging President Reagan to negotiate a treaty.', 'urging'],
    // A body that failed to pass the text asked nothing.
    ['The Senate refused to pass a resolution urging President Reagan to negotiate a treaty.', 'urging'],
  ])('codes no act of the body for "%s"', (text, trigger) => {
    expect(coded(text, trigger).filter((e) => /^REQUEST USA->/.test(e))).toEqual([]);
  });
});
