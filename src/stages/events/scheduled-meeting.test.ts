import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const usa: ActorSpec = { sent: 0, tokens: [0, 1], id: 'usa', name: 'Baldrige', code: 'USA', sector: 'GOV', kind: 'person' };
const korea: ActorSpec = { sent: 0, tokens: [3, 4], id: 'kor', name: 'Chun', code: 'KOR', sector: 'GOV', kind: 'person' };

/** "Baldrige will meet Chun ." or "Baldrige will not meet Chun ." */
function meeting(negated: boolean, site?: string) {
  const not = negated ? ['not not PART RB 4 advmod'] : [];
  const shift = negated ? 1 : 0;
  const doc = parsedDoc([`
      Baldrige Baldrige PROPN NNP ${3 + shift} nsubj
      will will AUX MD ${3 + shift} aux
      ${not.join('\n')}
      meet meet VERB VB 0 root
      Chun Chun PROPN NNP ${3 + shift} obj
      . . PUNCT . ${3 + shift} punct`.replace(/\n\s*\n/g, '\n')], { actors: [usa, { ...korea, tokens: [3 + shift, 4 + shift] }] });
  if (site) Object.assign(doc.layers, { discourse: { publisher: { site, code: 'USA', office: 'president' }, mentions: [] } });
  return codeEvents(doc, lexicon).events.map((e) => [e.event, e.hypothetical, e.negated]);
}

describe('events/scheduled: a meeting a news report schedules', () => {
  it('is a consultation to come, not scored, in a wire story', () => {
    expect(meeting(false)).toEqual([['CONSULT', true, false]]);
  });
  it('stays the party\'s own AGREE on an official site', () => {
    expect(meeting(false, 'whitehouse.gov')).toEqual([['AGREE', false, false]]);
  });
  it('keeps a declined meeting a refusal (REJECT)', () => {
    expect(meeting(true)).toEqual([['REJECT', false, false]]);
  });
});
