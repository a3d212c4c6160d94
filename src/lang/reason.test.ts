import { describe, expect, it } from 'vitest';
import type { LanguagePack } from './pack.js';
import { reason, renderReason, renderReasons } from './reason.js';

/** A pack with only the templates these tests render. */
const pack = {
  reasons: new Map([
    ['t/two', '"{word}" in sentence {sent}'],
    ['t/edges', '{a}{b} and {missing}.'],
    ['t/list', 'parties: {parts}'],
    ['t/plain', 'a fixed text'],
  ]),
} as unknown as LanguagePack;

describe('renderReason', () => {
  it('fills each field of a template, and the same again when the template is used twice', () => {
    expect(renderReason(pack, reason('t/two', { word: 'met', sent: 1 }))).toBe('"met" in sentence 1');
    expect(renderReason(pack, reason('t/two', { word: 'talks', sent: 12 }))).toBe('"talks" in sentence 12');
  });

  it('keeps a field the reason lacks as written, and fields at the ends or side by side', () => {
    expect(renderReason(pack, reason('t/edges', { a: 'x', b: 'y' }))).toBe('xy and {missing}.');
  });

  it('renders a list of reasons in a field separated by commas', () => {
    const parts = [reason('t/two', { word: 'a', sent: 1 }), reason('t/two', { word: 'b', sent: 2 })];
    expect(renderReason(pack, reason('t/list', { parts }))).toBe('parties: "a" in sentence 1, "b" in sentence 2');
  });

  it('shows the rule and fields of a rule without a template', () => {
    expect(renderReason(pack, reason('t/none', { n: 1 }))).toBe('t/none {"rule":"t/none","n":1}');
  });
});

describe('renderReasons', () => {
  it.each([
    [[reason('t/plain', { ignored: 'x' })], 'a fixed text'],
    [[reason('t/two', { word: 'met', sent: 1 })], '"met" in sentence 1'],
    [[reason('t/plain'), reason('t/two', { word: 'met', sent: 1 })], 'a fixed text; "met" in sentence 1'],
    [[], ''],
  ])('%j → %s', (reasons, text) => {
    expect(renderReasons(pack, reasons)).toBe(text);
  });
});
