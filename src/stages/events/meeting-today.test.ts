import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'gbr', name: 'Thatcher', code: 'GBR', sector: 'GOV' },
  { sent: 0, tokens: [3, 4], id: 'usa', name: 'Reagan', code: 'USA', sector: 'GOV' },
];
/** "Thatcher will meet Reagan <when>.", filed on 1987-03-02, with the day the dates stage resolves. */
function willMeet(when: string, value: string, partner: ActorSpec[] = [actors[1]]) {
  const doc = parsedDoc([`
  Thatcher Thatcher PROPN NNP 3 nsubj
  will will AUX MD 3 aux
  meet meet VERB VB 0 root
  Reagan Reagan PROPN NNP 3 obj
  ${when} ${when} NOUN NN 3 obl:tmod
  . . PUNCT . 3 punct`], { actors: [actors[0], ...partner], meta: { date: '1987-03-02' } });
  const hint = { start: doc.layers.tokens[4].start, end: doc.layers.tokens[4].end, value };
  return { ...doc, layers: { ...doc.layers, dates: [hint] } as typeof doc.layers };
}
const coded = (doc: ReturnType<typeof willMeet>) => codeEvents(doc, lexicon).events.map((e) => [e.event, e.future]);

describe('meetings a report dates to its own day', () => {
  it('codes a future meeting dated today as held (CONSULT), not an intent to meet', () => {
    expect(coded(willMeet('today', '1987-03-02'))).toEqual([['CONSULT', false]]);
  });

  it('leaves a meeting on a later day to futureAs (AGREE, as the PLOVER GSR codes "will visit … in June")', () => {
    expect(coded(willMeet('tomorrow', '1987-03-03'))).toEqual([['AGREE', false]]);
  });

  it('needs both sides coded in the clause', () => {
    expect(coded(willMeet('today', '1987-03-02', []))).toEqual([['AGREE', false]]);
  });

  it('leaves an official readout to futureAs', () => {
    const doc = willMeet('today', '1987-03-02');
    Object.assign(doc.layers, { discourse: { publisher: { site: 'whitehouse.gov', code: 'USA', office: 'president' }, mentions: [] } });
    expect(coded(doc)).toEqual([['AGREE', false]]);
  });
});
