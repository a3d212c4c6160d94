import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const group = (sent: number, at: number): ActorSpec => ({ sent, tokens: [at, at + 1], id: 'ctg', name: 'Cartagena Group', code: 'IGO', sector: 'CTG', kind: 'org' });

/** "He spoke after a meeting of the group ." */
const after = `
  He he PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  after after ADP IN 5 case
  a a DET DT 5 det
  meeting meeting NOUN NN 2 obl
  of of ADP IN 8 case
  the the DET DT 8 det
  group group NOUN NN 5 nmod
  . . PUNCT . 2 punct`;

/** "He spoke at next week 's meeting of the group ." */
const nextWeek = `
  He he PRON PRP 2 nsubj
  spoke speak VERB VBD 0 root
  at at ADP IN 7 case
  next next ADJ JJ 5 amod
  week week NOUN NN 7 nmod:poss
  's 's PART POS 5 case
  meeting meeting NOUN NN 2 obl
  of of ADP IN 10 case
  the the DET DT 10 det
  group group NOUN NN 7 nmod
  . . PUNCT . 2 punct`;

/** "He will speak at a meeting of the group ." */
const willSpeak = `
  He he PRON PRP 3 nsubj
  will will AUX MD 3 aux
  speak speak VERB VB 0 root
  at at ADP IN 6 case
  a a DET DT 6 det
  meeting meeting NOUN NN 3 obl
  of of ADP IN 9 case
  the the DET DT 9 det
  group group NOUN NN 6 nmod
  . . PUNCT . 3 punct`;

/** "He spoke before a meeting of the group ." */
const before = after.replace('after after', 'before before');

/** "He is expected to speak at a meeting of the group ." */
const expectedTo = `
  He he PRON PRP 3 nsubj:pass
  is be AUX VBZ 3 aux:pass
  expected expect VERB VBN 0 root
  to to PART TO 5 mark
  speak speak VERB VB 3 xcomp
  at at ADP IN 8 case
  a a DET DT 8 det
  meeting meeting NOUN NN 5 obl
  of of ADP IN 11 case
  the the DET DT 11 det
  group group NOUN NN 8 nmod
  . . PUNCT . 3 punct`;

const consults = (sentences: string[], actors: ActorSpec[]) => codeEvents(parsedDoc(sentences, { actors }), lexicon).events.filter((e) => e.event === 'CONSULT');

describe('codeEvents, a body\'s own meeting told by its noun', () => {
  it('codes "after a meeting of the group" as CONSULT of the body alone', () => {
    const [event, ...more] = consults([after], [group(0, 7)]);
    expect(more).toEqual([]);
    expect(event.actors.map((a) => `${a.code}${a.sector}`)).toEqual(['IGOCTG']);
    expect(event.recipients).toEqual([]);
    expect(event.reasons.some((r) => r.rule === 'events/cameo' && (r.trigger as { rule: string }).rule === 'events/trigger-body-meeting')).toBe(true);
  });

  it('codes the meeting once when the article tells it again', () => {
    expect(consults([after, after], [group(0, 7), group(1, 7)])).toHaveLength(1);
  });

  it.each([
    ['an infinitive of prospect ("is expected to speak at")', expectedTo, 10],
    ['a meeting still to come ("next week\'s meeting")', nextWeek, 9],
    ['a meeting in a future clause ("will speak at")', willSpeak, 8],
    ['a meeting the clause comes before ("before a meeting")', before, 7],
  ])('codes no event for %s', (_, sentence, at) => {
    expect(consults([sentence], [group(0, at)])).toEqual([]);
  });
});
