import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

/** "<Subject> stressed the importance of <complement> ." with the subject's tokens and the complement's rows. */
function stressed(subject: string[], actors: ActorSpec[], complement: string[]) {
  const verb = subject.length + 1;
  const noun = verb + 2;
  const rows = [
    ...subject,
    `stressed stress VERB VBD 0 root`,
    `the the DET DT ${noun} det`,
    `importance importance NOUN NN ${verb} obj`,
    ...complement.map((row) => row.replace(/\{noun\}/g, String(noun))),
    `. . PUNCT . ${verb} punct`,
  ];
  return codeEvents(parsedDoc([rows.join('\n')], { actors }), lexicon);
}

const president: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' }];
const leaders: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'biden', name: 'Joe Biden', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'lapid', name: 'Yair Lapid', code: 'ISR', sector: 'GOV' },
];
/** "of taking steps": a gerund clause, an act to be done; `{gerund}` is its 1-based position. */
const actToDo = ['of of SCONJ IN {gerund} mark', 'taking take VERB VBG {noun} acl', 'steps step NOUN NNS {gerund} obj'];
const withGerund = (rows: string[], at: number) => rows.map((r) => r.replace('{gerund}', String(at)));

describe('the importance of an act, stressed', () => {
  it('by one party is a call for it (REQUEST), with its reason', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, withGerund(actToDo, 6));
    const stress = events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'));
    expect(stress?.event).toBe('REQUEST');
    expect(stress?.cameo).toBe('020');
  });

  it('by the parties together stays their shared intent (AGREE)', () => {
    const subject = ['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Lapid Lapid PROPN NNP 1 conj'];
    const { events } = stressed(subject, leaders, withGerund(actToDo, 8));
    expect(events.map((e) => e.event)).toContain('AGREE');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))).toBe(false);
  });

  it('of a thing, by one party, is praise of it (SUPPORT): nothing is called for', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, ['of of ADP IN 6 case', 'partnership partnership NOUN NN {noun} nmod']);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-praise'))?.event).toBe('SUPPORT');
    expect(events.some((e) => e.event === 'REQUEST' || e.event === 'AGREE')).toBe(false);
  });

  it('of an act a noun names still to be done, by one party, is a call for it ("the importance of pressure")', () => {
    const { events } = stressed(['Biden Biden PROPN NNP 2 nsubj'], president, ['of of ADP IN 6 case', 'pressure pressure NOUN NN {noun} nmod']);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/importance-appeal'))?.event).toBe('REQUEST');
  });

  it('of a thing, by the parties together, stays their shared intent (AGREE)', () => {
    const subject = ['Biden Biden PROPN NNP 4 nsubj', 'and and CCONJ CC 3 cc', 'Lapid Lapid PROPN NNP 1 conj'];
    const { events } = stressed(subject, leaders, ['of of ADP IN 8 case', 'partnership partnership NOUN NN {noun} nmod']);
    expect(events.map((e) => e.event)).toContain('AGREE');
  });
});
