import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'gbr', name: 'Thatcher', code: 'GBR', sector: 'GOV' },
  { sent: 0, tokens: [5, 6], id: 'usa', name: 'Reagan', code: 'USA', sector: 'GOV' },
];
/** "Thatcher is <participle> to meet Reagan .", the infinitive the passive participle's `xcomp`. */
const timetabled = (word: string, lemma: string) => parsedDoc([`
  Thatcher Thatcher PROPN NNP 3 nsubj:pass
  is be AUX VBZ 3 aux:pass
  ${word} ${lemma} VERB VBN 0 root
  to to PART TO 5 mark
  meet meet VERB VB 3 xcomp
  Reagan Reagan PROPN NNP 5 obj
  . . PUNCT . 3 punct`], { actors, meta: { date: '1987-04-08' } });
/** "Thatcher set to meet Reagan .": an active "set" is no timetable. */
const activeSet = () => parsedDoc([`
  Thatcher Thatcher PROPN NNP 2 nsubj
  set set VERB VBD 0 root
  to to PART TO 4 mark
  meet meet VERB VB 2 xcomp
  Reagan Reagan PROPN NNP 4 obj
  . . PUNCT . 2 punct`], { actors: [actors[0], { ...actors[1], tokens: [4, 5] }], meta: { date: '1987-04-08' } });
const coded = (doc: ReturnType<typeof activeSet>) => codeEvents(doc, lexicon).events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((r) => r.code)]);

describe('a meeting on a timetable (rule-words.tsv, transparent planned)', () => {
  it.each([['scheduled', 'schedule'], ['set', 'set'], ['slated', 'slate']])(
    'issue-12: "Thatcher is %s to meet Reagan" is an announced meeting by Thatcher, AGREE (PLOVER: future meetings)', (word, lemma) => {
      expect(coded(timetabled(word, lemma))).toEqual([['AGREE', ['GBR'], ['USA']]]);
    });

  it('reads the passive subject as the meeting\'s doer, not its recipient (tree.ts subjectOf under a controlling passive)', () => {
    const [event] = codeEvents(timetabled('scheduled', 'schedule'), lexicon).events;
    expect(event.reasons.some((r) => r.rule === 'events/controlled' && r.verb === 'scheduled')).toBe(true);
  });

  it('leaves an active "set to" as it was: content, no meeting', () => {
    expect(coded(activeSet())).toEqual([]);
  });
});
