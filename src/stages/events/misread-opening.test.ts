import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A past form the tagger read as a participle of a noun right after the sentence's opening phrase
// (tree.ts `openingSubjectOf`, clause-rules.ts `isParticipleModifier`).
const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [1, 2], id: 'kremlin', name: 'Kremlin', code: 'RUS', sector: 'GOV' },
  { sent: 0, tokens: [5, 6], id: 'putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' },
  { sent: 0, tokens: [7, 8], id: 'phuc', name: 'Nguyen Xuan Phuc', code: 'VNM', sector: 'GOV' },
];
/** "The Kremlin hosted talks between Putin and Phuc <tail>", "hosted" an `amod` of "talks", the root. */
const hosted = (tail: string[], talksHead = '0 root') => parsedDoc([[
  'The the DET DT 2 det',
  'Kremlin Kremlin PROPN NNP 4 compound',
  'hosted host VERB VBN 4 amod',
  `talks talk NOUN NNS ${talksHead}`,
  'between between ADP IN 6 case',
  'Putin Putin PROPN NNP 4 nmod',
  'and and CCONJ CC 8 cc',
  'Phuc Phuc PROPN NNP 6 conj',
  ...tail,
].join('\n')], { actors });

describe('a past form misread after the opening phrase', () => {
  it('is the main verb when the sentence gives the phrase no verb of its own', () => {
    const { events, rejected } = codeEvents(hosted(['. . PUNCT . 4 punct']), lexicon);
    expect(events.some((e) => e.event === 'CONSULT' && e.cameo === '043')).toBe(true);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(false);
  });

  it('stays a participle when the phrase has a finite verb of its own', () => {
    const { events, rejected } = codeEvents(hosted(['were be AUX VBD 10 cop', 'long long ADJ JJ 0 root', '. . PUNCT . 10 punct'], '10 nsubj'), lexicon);
    expect(events.some((e) => e.cameo === '043')).toBe(false);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(true);
  });
});
