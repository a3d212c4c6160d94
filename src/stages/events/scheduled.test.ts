import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

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


  it('leaves an active "set to" as it was: content, no meeting', () => {
    expect(coded(activeSet())).toEqual([]);
  });
});

describe('timetables on real parses (the default pipeline)', { timeout: 300_000 }, () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  const events = (text: string, date = '2023-03-03') => (pipeline.run(makeDoc({ text, meta: { date } })).layers.events?.events ?? [])
    .map((e) => ({ event: e.event, actors: e.actors.map((a) => a.code), recipients: e.recipients.map((r) => r.code), hypothetical: e.hypothetical, trigger: text.slice(e.trigger.start, e.trigger.end) }));

  it.each([
    ['President Biden is scheduled to meet Chinese President Xi Jinping in Bali next week.', 'USA', 'CHN'],
    ['Blinken is set to visit Beijing on Sunday.', 'USA', 'CHN'],
  ])('codes "%s" as the subject\'s announced meeting (advcl infinitive, copular "set")', (text, actor, recipient) => {
    expect(events(text).filter((e) => e.event === 'AGREE').map((e) => [e.actors, e.recipients])).toEqual([[[actor], [recipient]]]);
  });

  it('codes no threat from "Israel is slated to strike Iranian nuclear sites": a reported plan of force is only supposed', () => {
    expect(events('Israel is slated to strike Iranian nuclear sites, officials said.').filter((e) => !e.hypothetical).map((e) => e.event)).toEqual([]);
  });

  it('codes no refusal from "are not scheduled to meet": an empty calendar refuses nothing', () => {
    expect(events('Reagan and Mulroney are not scheduled to meet in Ottawa this year.', '1987-04-08').map((e) => e.event)).toEqual([]);
  });

  it('keeps a past timetable ("were scheduled to meet …, but the meeting was cancelled") only supposed', () => {
    const text = 'Reagan and Mulroney were scheduled to meet in Ottawa on Monday, but the meeting was cancelled.';
    expect(events(text, '1987-04-08').filter((e) => e.event === 'AGREE' && !e.hypothetical)).toEqual([]);
  });

  it('codes "Turkey is scheduled to host talks between Russia and Ukraine" as one announced meeting, not also a held one', () => {
    const found = events('Turkey is scheduled to host talks between Russia and Ukraine on Friday.');
    expect(found.filter((e) => e.event === 'CONSULT' && !e.hypothetical)).toEqual([]);
  });

  it('keeps the talks an agreement was reached in: an agreement is not an announced meeting', () => {
    const found = events('During the second round of talks between Ukraine and Russia, the parties reached an agreement on humanitarian corridors.');
    expect(found.filter((e) => e.event === 'CONSULT' && !e.hypothetical).map((e) => [...e.actors].sort())).toEqual([['RUS', 'UKR']]);
  });
});
