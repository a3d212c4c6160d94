import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// verbs.txt TENSION_RISE: CAMEO's LIFT block codes "TENSIONS *" 112 (accuse), so "Tensions rose between India and
// Pakistan" was an ACCUSE by both (session 53 review d, #11). Rising tension is a state between them, no act by either;
// an act told beside it keeps its own code. The rules' events before the learned filter, through the real pipeline.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1992-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('rising tension is no act (#12, session 53 review d)', () => {
  it.each([
    ['Tensions rose between India and Pakistan.'],
    ['Tensions between Russia and Ukraine rose sharply on Monday.'],
    ['Tension arose between China and Japan over the islands.'],
  ])('"%s": no event', (text) => {
    expect(coded(text)).toEqual([]);
  });

  it('keeps an act told beside it', () => {
    expect(coded('Tensions rose after India accused Pakistan of shelling its posts.').some((e) => e.startsWith('ACCUSE IND>PAK'))).toBe(true);
  });
});
